import FoundationEssentials

/// Decimal numbers as the API writes them ("3000.0"), parsed and compared without binary floats.
public enum DecimalText {
    /// The API's form of a decimal typed by a person: "500" → "500.0", "12.50" → "12.5".
    /// Nil when `text` is not a plain decimal number.
    public static func canonical(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              trimmed.filter({ $0 == "." }).count <= 1,
              !trimmed.dropFirst().contains("-"),
              trimmed != "-", trimmed != ".", trimmed != "-.",
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        var text = value.description
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

    /// `value` as a `Double`, computed as Foundation's `NSDecimalNumber.doubleValue` computes it:
    /// the 16-bit words of the mantissa, then one multiplication or division by ten per unit of
    /// the exponent (so "1.005" is 1.0050000000000001, as amounts have always been shown).
    public static func double(_ value: Decimal) -> Double {
        var words: [UInt16] = []
        var digits = value.significand.magnitude.description.utf8.map { Int($0) - Int(UInt8(ascii: "0")) }
        while digits.contains(where: { $0 != 0 }) {
            var remainder = 0
            var quotient: [Int] = []
            for digit in digits {
                let current = remainder * 10 + digit
                if !quotient.isEmpty || current >= 65536 { quotient.append(current / 65536) }
                remainder = current % 65536
            }
            words.append(UInt16(remainder))
            digits = quotient
        }
        var result = 0.0
        for word in words.reversed() { result = result * 65536 + Double(word) }
        if value.exponent < 0 {
            for _ in value.exponent..<0 { result /= 10 }
        } else {
            for _ in 0..<value.exponent { result *= 10 }
        }
        return value.sign == .minus ? -result : result
    }
}
