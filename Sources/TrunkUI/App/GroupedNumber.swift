/// Whole numbers as people read them in counts: a comma every three digits ("1,000,000,000").
enum GroupedNumber {
    /// `value` with a comma every three digits: 12345 → "12,345", -5 → "-5".
    static func text(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}
