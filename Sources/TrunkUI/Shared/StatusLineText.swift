import ScreenKit

/// The status line's text fitted to the terminal: a message that does not fit ends in "…", so a
/// cut is never silent (`:messages` shows it whole).
enum StatusLineText {
    /// `text` followed by `tail` (a wait note), within `width` columns: when both do not fit,
    /// `text` is cut with "…" before the tail, which stays while it takes at most half the line.
    static func fit(_ text: String, then tail: String = "", width: Int) -> String {
        guard DisplayWidth.of(text) + DisplayWidth.of(tail) > width else { return text + tail }
        let kept = DisplayWidth.of(tail) <= width / 2 ? tail : ""
        return cut(text, to: width - DisplayWidth.of(kept)) + kept
    }

    /// `text` cut to `width` columns ending in "…", at a space when one is near the end so a word
    /// is not broken.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        let plain = String(DisplayWidth.truncate(text, to: width).dropLast())
        // Cut right after a whole word: keep it.
        if text.dropFirst(plain.count).first == " " { return trimmed(plain) + "…" }
        if let space = plain.lastIndex(of: " "), plain.distance(from: space, to: plain.endIndex) <= 12,
           plain[..<space].contains(where: { $0 != " " }) {
            return trimmed(String(plain[..<space])) + "…"
        }
        return plain + "…"
    }

    /// `text` without the spaces and punctuation that would stand before the "…".
    private static func trimmed(_ text: String) -> String {
        var scalars = text.unicodeScalars
        while let last = scalars.last, " ,;:·(—-".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
