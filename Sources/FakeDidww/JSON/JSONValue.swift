import Foundation

/// A JSON document as a Sendable value tree, decoded and encoded through Foundation's Codable.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The members of an object, or nil for any other kind of value.
    var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array, or nil for any other kind of value.
    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text of a string, or nil for any other kind of value.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// True for JSON `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of this value's JSON kind, for error details.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The value at a dotted path of object members (`a.b.c`), or nil when any step is missing.
    func value(atPath path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        guard let member = objectValue?[first] else { return nil }
        return member.value(atPath: Array(path.dropFirst()))
    }

    /// Replaces (or inserts) the value at a dotted path, creating intermediate objects as needed.
    mutating func setValue(_ newValue: JSONValue, atPath path: [String]) {
        guard let first = path.first else {
            self = newValue
            return
        }
        var members = objectValue ?? [:]
        var child = members[first] ?? .null
        child.setValue(newValue, atPath: Array(path.dropFirst()))
        members[first] = child
        self = .object(members)
    }
}
