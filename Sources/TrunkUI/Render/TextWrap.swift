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
