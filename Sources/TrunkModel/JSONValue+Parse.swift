import FoundationEssentials

extension JSONValue {
    /// Reads a JSON text with `JSONDecoder` (a number that is exactly an `Int` is `.int`, any
    /// other number `.double`; a bare string, number, boolean or null is read too).
    public static func parse(_ data: Data) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw JSONParseError(reason: String(describing: error))
        }
    }
}

/// The text is not JSON (what the JSON reader said).
public struct JSONParseError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "invalid JSON: \(reason)" }
}
