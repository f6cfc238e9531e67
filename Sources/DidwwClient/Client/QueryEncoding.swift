import FoundationEssentials

/// Percent-encoding of query strings and path segments for the DIDWW API.
///
/// Only RFC 3986 unreserved characters stay literal in names and values, plus `,` which the API
/// uses as its list separator; brackets become `%5B`/`%5D`, `+` becomes `%2B` (a literal `+`
/// would be read as a space by the server), and everything else is UTF-8 percent-encoded.
enum QueryEncoding {
    private static let queryLiteral = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,".utf8)
    private static let pathLiteral = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~".utf8)
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Joins `items` into `name=value&...`, encoding each name and value.
    static func percentEncodedQuery(_ items: [URLQueryItem]) -> String {
        items.map { item in
            let name = encode(item.name, keeping: queryLiteral)
            guard let value = item.value else { return name }
            return name + "=" + encode(value, keeping: queryLiteral)
        }.joined(separator: "&")
    }

    /// Encodes one path segment so that it cannot add segments or dot-segments (`/`, `.`, `?`, `#`).
    static func percentEncodedPathSegment(_ segment: String) -> String {
        encode(segment, keeping: pathLiteral)
    }

    private static func encode(_ text: String, keeping literal: Set<UInt8>) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if literal.contains(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
