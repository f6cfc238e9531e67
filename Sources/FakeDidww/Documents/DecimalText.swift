import Foundation

/// Reads and writes the API's decimal strings (`"3000.0"`, `"12.75"`), as the server formats them.
enum DecimalText {
    /// Formats a decimal with at least one fractional digit: 3000 → "3000.0", 12.5 → "12.5".
    static func format(_ value: Decimal) -> String {
        let plain = NSDecimalNumber(decimal: value).stringValue
        return plain.contains(".") ? plain : plain + ".0"
    }

    /// Parses a plain decimal string (optional minus, digits, optional fraction); nil otherwise.
    static func parse(_ text: String) -> Decimal? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Converts a JSON number to a decimal through its shortest text form (so 500.1 stays 500.1).
    static func decimal(from number: Double) -> Decimal? {
        guard number.isFinite else { return nil }
        return Decimal(string: String(number), locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Character {
    /// True for the ten ASCII digits only.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
