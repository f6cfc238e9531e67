import FoundationEssentials

/// Any JSON value, decoded without a schema; used to read documents forgivingly and to build
/// request bodies.
public enum JSONValue: Equatable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Most common kinds first: every failed attempt throws, and a thrown decoding error
        // (with its coding path) costs more than the value. Only a JSON string decodes as String
        // and only a JSON object as a dictionary, so the order changes no result.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else {
            self = .double(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The member `key` of an object, nil otherwise.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, or nil for anything else.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// An integer (also from a whole double), or nil.
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value == value.rounded() && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    /// The boolean, or nil.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// A decimal as the API's string form: "3000.0" stays, 3000 becomes "3000.0".
    public var decimalString: String? {
        switch self {
        case .string(let value): return value
        case .int(let value): return "\(value).0"
        case .double(let value): return DecimalText.canonical(String(value)) ?? String(value)
        default: return nil
        }
    }

    /// The array of strings, skipping non-strings; nil when not an array.
    public var strings: [String]? {
        if case .array(let items) = self { return items.compactMap(\.string) }
        return nil
    }

    /// The array, or nil.
    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// True for JSON null.
    public var isNull: Bool { self == .null }

    /// Compact JSON with sorted keys and unescaped slashes (for request bodies).
    public func encoded(pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }

    /// `encoded` as text.
    public func text(pretty: Bool = false) -> String {
        String(decoding: encoded(pretty: pretty), as: UTF8.self)
    }
}
