import ScreenKit

/// Word wrap by display width for every pane and dialog: breaks at spaces, cuts a word longer
/// than the width into pieces (nothing is lost), never splits a character.
enum TextWrap {
    /// `text` cut into pieces of at most `width` columns, at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var pieces = hardSplit(word, width: width)
            current = pieces.popLast() ?? ""
            lines += pieces
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
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

    /// `word` cut every `width` columns.
    private static func hardSplit(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in word {
            if DisplayWidth.of(current) + DisplayWidth.of(character) > width {
                pieces.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
