import Foundation

extension JSONValue {
    /// Converts a Swift or Foundation value (as JSONSerialization would produce or accept) into JSON;
    /// nil when the value has no JSON form.
    init?(any value: Any?) {
        guard let value else {
            self = .null
            return
        }
        switch value {
        case let json as JSONValue: self = json
        case is NSNull: self = .null
        case let flag as Bool: self = .bool(flag)
        case let integer as Int: self = .int(integer)
        case let integer as Int64: self = .int(Int(integer))
        case let integer as Int32: self = .int(Int(integer))
        case let integer as UInt16: self = .int(Int(integer))
        case let number as Double: self = .double(number)
        case let decimal as Decimal: self = .string(DecimalText.format(decimal))
        case let text as String: self = .string(text)
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional, mirror.children.isEmpty {
                self = .null
                return
            }
            guard let converted = JSONValue(anyArrayOrObject: value) else { return nil }
            self = converted
        }
    }

    private init?(anyArrayOrObject value: Any) {
        if let elements = value as? [Any?] {
            var converted: [JSONValue] = []
            for element in elements {
                guard let json = JSONValue(any: element) else { return nil }
                converted.append(json)
            }
            self = .array(converted)
        } else if let members = value as? [String: Any?] {
            var converted: [String: JSONValue] = [:]
            for (key, member) in members {
                guard let json = JSONValue(any: member) else { return nil }
                converted[key] = json
            }
            self = .object(converted)
        } else {
            return nil
        }
    }
}
