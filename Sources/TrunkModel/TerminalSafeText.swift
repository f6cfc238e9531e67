/// Text from a server or a file made safe to write to a terminal. A trunk name such as
/// `EVIL\e]0;pwned\a` would otherwise retitle the window, `\e[2J` would clear it, and a bidi
/// override would make a line read backwards. Each unsafe character becomes a visible escape
/// such as `\u{1b}`, so the reader sees that the text was odd instead of seeing nothing.
///
/// Unsafe: C0 controls (U+0000–U+001F, ESC included), DEL (U+007F), C1 controls
/// (U+0080–U+009F), the bidi embeddings and overrides (U+202A–U+202E) and the bidi isolates
/// (U+2066–U+2069).
public enum TerminalSafeText {
    /// True when `scalar` must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` as one line: a tab becomes a space, every other unsafe character (line breaks
    /// included) its visible escape.
    public static func line(_ text: String) -> String {
        escaping(text) { $0 == "\t" ? " " : visibleEscape($0) }
    }

    /// `text` with its line breaks kept (for messages that are several lines on purpose): tabs
    /// stay, every other unsafe character (a carriage return included) becomes its visible escape.
    public static func lines(_ text: String) -> String {
        escaping(text) { $0 == "\n" || $0 == "\t" ? String($0) : visibleEscape($0) }
    }

    /// The visible form of a character, e.g. `\u{1b}` for ESC.
    public static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16) + "}"
    }

    /// JSON text (as `JSONEncoder` writes it) with the unsafe characters it leaves as they are
    /// (DEL, C1, bidi controls) written as JSON escapes such as `\u202e`. Outside strings JSON
    /// has only ASCII punctuation, so the result is the same JSON value, safe on a terminal.
    public static func json(_ text: String) -> String {
        escaping(text) { scalar in
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// `text` with each unsafe scalar replaced by `replacement(scalar)`; `text` itself when it
    /// has none (the common case costs one scan and no copy).
    private static func escaping(_ text: String, _ replacement: (Unicode.Scalar) -> String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { result += replacement(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
