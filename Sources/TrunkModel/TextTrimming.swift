import FoundationEssentials

extension StringProtocol {
    /// The text without the white space at its ends: spaces of every kind (Unicode Zs), the
    /// zero-width space and tabs.
    /// Trims Unicode scalars, not characters, so a combining mark after a space stays.
    public func trimmingWhitespace() -> String {
        trimmingScalars(where: Self.isWhitespace)
    }

    /// The text without white space and line breaks at its ends: those of `trimmingWhitespace`,
    /// Unicode Zl and Zp, U+000A–U+000D and U+0085 (next line).
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { Self.isWhitespace($0) || Self.isNewline($0) }
    }

    private func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
              let last = scalars.lastIndex(where: { !trimmed($0) }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85: return true
        default:
            let category = scalar.properties.generalCategory
            return category == .lineSeparator || category == .paragraphSeparator
        }
    }
}
