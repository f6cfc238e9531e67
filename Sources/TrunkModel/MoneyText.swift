import FoundationEssentials

/// Amounts as the list, the detail and the call check show them ("3000.0" → "3000", "12.5" → "12.50").
public enum MoneyText {
    /// "3000.0" → "3000", "12.5" → "12.50".
    public static func money(_ text: String) -> String {
        if let plain = plainMoney(text) { return plain }
        guard let value = DecimalText.value(text) else { return text }
        let number = DecimalText.double(value)
        // Past Int.max, Int(_:) would trap: a limit that large is shown by the
        // decimal's own digits.
        guard abs(number) < 9e18 else { return value.description }
        return number == number.rounded() ? String(Int(number)) : FixedPoint.text(number, decimals: 2)
    }

    /// `money` without Foundation for the form the API sends: an optional "-", 1–13 digits, and
    /// optionally "." and 1–2 digits. Nil for anything else (then `money` parses a `Decimal`).
    /// The same text as the `Decimal` path: below 10^13 with at most two decimals the `Double` it
    /// goes through is within 0.001 of the text, so nothing rounds differently.
    public static func plainMoney(_ text: String) -> String? {
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        var negative = false
        var inFraction = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: ".") where !inFraction: inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { fraction.append(byte) } else { whole.append(byte) }
            default: return nil
            }
        }
        guard (1...13).contains(whole.count), !inFraction || (1...2).contains(fraction.count) else { return nil }
        while whole.count > 1 && whole[0] == UInt8(ascii: "0") { whole.removeFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        let isZero = whole == [UInt8(ascii: "0")] && fraction.isEmpty
        var result = negative && !isZero ? "-" : ""
        result += String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty {
            if fraction.count == 1 { fraction.append(UInt8(ascii: "0")) }
            result += "." + String(decoding: fraction, as: UTF8.self)
        }
        return result
    }
}
