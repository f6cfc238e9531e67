import Foundation

/// Decimal numbers as the API writes them ("3000.0"), parsed and compared without binary floats.
public enum DecimalText {
    /// The API's form of a decimal typed by a person: "500" → "500.0", "12.50" → "12.5".
    /// Nil when `text` is not a plain decimal number.
    public static func canonical(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              trimmed.filter({ $0 == "." }).count <= 1,
              !trimmed.dropFirst().contains("-"),
              trimmed != "-", trimmed != ".", trimmed != "-.",
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        var text = NSDecimalNumber(decimal: value).stringValue
        if !text.contains(".") { text += ".0" }
        return text
    }

    /// The value of a decimal string, nil when it is not one.
    public static func value(_ text: String) -> Decimal? {
        canonical(text).flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    /// True when both strings denote the same number ("3000" and "3000.0").
    public static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case let (l?, r?): return value(l).flatMap { lv in value(r).map { $0 == lv } } ?? (l == r)
        default: return false
        }
    }
}
