/// A one-line text field with readline habits (Ctrl-A/E, Ctrl-U, Ctrl-W, arrows, Backspace).
public struct TextInput: Equatable, Sendable {
    /// The text, as characters so the cursor never splits a grapheme.
    public private(set) var characters: [Character]
    /// Cursor position, 0…characters.count.
    public private(set) var cursor: Int
    /// True while the whole text is selected (a line opened on what it held before): typing or a
    /// paste replaces it, a deleting key clears it, and a key that moves the cursor (→, End…)
    /// keeps it to edit on.
    public private(set) var isSelected = false

    /// A field holding `text` with the cursor at its end; `selected` selects the whole text.
    public init(_ text: String = "", selected: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        isSelected = selected && !characters.isEmpty
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        if isSelected {
            switch key {
            case .char, .paste:
                characters = []
                cursor = 0
            case .backspace, .ctrl("h"), .delete, .ctrl("d"), .ctrl("u"), .ctrl("k"), .ctrl("w"):
                characters = []
                cursor = 0
                isSelected = false
                return true
            case .left, .ctrl("b"), .right, .ctrl("f"), .home, .ctrl("a"), .end, .ctrl("e"):
                break
            default:
                return false
            }
            isSelected = false
        }
        switch key {
        case .char(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .paste(let text):
            let clean = text.filter { $0 != "\n" && $0 != "\r" }
            characters.insert(contentsOf: clean, at: cursor)
            cursor += clean.count
        case .backspace, .ctrl("h"):
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor..<characters.count)
        case .ctrl("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }
}

import ScreenKit
