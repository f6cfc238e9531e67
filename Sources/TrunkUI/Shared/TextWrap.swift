import ScreenKit

/// Word wrap by display width for every pane and dialog: breaks at spaces, cuts a word longer
/// than the width into pieces (nothing is lost), never splits a character.
enum TextWrap {
    /// `text` cut into pieces of at most `width` columns, at spaces where possible. With a
    /// `continuationIndent`, every piece after the first starts with that many spaces (and so
    /// holds that many columns less), which keeps one long entry visibly one entry.
    static func wrap(_ text: String, width: Int, continuationIndent: Int = 0) -> [String] {
        guard width > 0, DisplayWidth.of(text) > width else { return [text] }
        let indent = max(0, min(continuationIndent, width / 2))
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let limit = lines.isEmpty ? width : width - indent
            let wordWidth = DisplayWidth.of(word)
            let joined = current.isEmpty ? wordWidth : used + 1 + wordWidth
            if joined <= limit {
                current = current.isEmpty ? word : current + " " + word
                used = joined
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            used = 0
            for character in word {
                let cell = DisplayWidth.of(character)
                if used + cell > (lines.isEmpty ? width : width - indent), !current.isEmpty {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                current.append(character)
                used += cell
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard !lines.isEmpty else { return [""] }
        guard indent > 0 else { return lines }
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }
    }

    /// `text` wrapped with a hanging indent: continuation lines start under the text after a
    /// leading mark ("✓ ", "! ") or leading spaces, so a reason reads as one block.
    static func wrapHanging(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        var indent = characters.prefix { $0 == " " }.count
        if indent == 0, characters.count > 2, characters[1] == " ", characters[0] != " " { indent = 1 + 1 }
        let head = String(characters.prefix(indent))
        let headWidth = DisplayWidth.of(head)
        guard indent > 0, width - headWidth >= 8 else { return wrap(text, width: width) }
        let pad = String(repeating: " ", count: headWidth)
        return wrap(String(characters.dropFirst(indent)), width: width - headWidth).enumerated().map { index, line in
            (index == 0 ? head : pad) + line
        }
    }

    /// `items` joined with ", " and wrapped to `width`, breaking only between items.
    static func wrapList(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            let candidate = current.isEmpty ? piece : current + " " + piece
            if DisplayWidth.of(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
