import Foundation

/// The decoded `name=value` pairs of a raw query string, in order (last duplicate wins on lookup).
struct QueryParameters: Sendable {
    /// The pairs as sent, percent- and `+`-decoded.
    var items: [(name: String, value: String)]

    /// Splits and decodes a raw (still percent-encoded) query string.
    init(rawQuery: String) {
        items = rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            return (name, value)
        }
    }

    /// The last value sent for `name`.
    subscript(name: String) -> String? {
        items.last { $0.name == name }?.value
    }

    /// `page[number]` (1 or more) or `page[size]` (1 to `maximumPageSize`) as a number, or the
    /// API's error for another member or a value out of range.
    static func pageValue(_ member: String, _ value: String, maximumPageSize: Int) throws(ApiError) -> Int {
        let range: ClosedRange<Int>
        switch member {
        case "number": range = 1...Int.max
        case "size": range = 1...maximumPageSize
        default: throw .paramNotAllowed("page[\(member)]")
        }
        guard !value.isEmpty, value.allSatisfy(\.isASCIIDigit), let number = Int(value), range.contains(number) else {
            throw .invalidPageValue(member, value)
        }
        return number
    }

    /// The bracketed member of a family such as `filter[status]` → ("filter", "status"); nil otherwise.
    static func family(of name: String) -> (family: String, member: String)? {
        guard name.hasSuffix("]"), let open = name.firstIndex(of: "[") else { return nil }
        let family = String(name[..<open])
        let member = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        guard !family.isEmpty, !member.contains("["), !member.contains("]") else { return nil }
        return (family, member)
    }

    /// Percent-encodes a name or value for a link (brackets encoded, commas kept).
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: linkSafe) ?? text
    }

    private static let linkSafe = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~,")

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
