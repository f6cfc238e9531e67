extension StringProtocol {
    /// The text padded with spaces, or cut, to `length` UTF-16 code units: a column of a plain
    /// text report.
    public func padded(toLength length: Int) -> String {
        let units = utf16.count
        if units < length { return String(self) + String(repeating: " ", count: length - units) }
        if units == length { return String(self) }
        return String(decoding: Array(utf16.prefix(Swift.max(0, length))), as: UTF16.self)
    }
}
