/// A key press or terminal event, decoded by the terminal driver.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// Ctrl plus a letter, lower-case (`.ctrl("s")` for Ctrl-S).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// A function key F1…F12.
    case function(Int)
    /// A pasted block of text (bracketed paste), delivered whole.
    case paste(String)
    /// The terminal changed size.
    case resize
    /// A code the driver could not name.
    case unknown(Int32)
    /// A mouse click or wheel turn (only with `--mouse`).
    case mouse(MouseEvent)

    /// A short human name for help screens and hints ("Ctrl-S", "Enter", "j").
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .paste: return "paste"
        case .resize: return "resize"
        case .unknown(let code): return "key \(code)"
        case .mouse(let event): return "mouse \(event.kind.rawValue)"
        }
    }
}

/// A mouse event at a screen cell (0-based row and column).
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: String, Hashable, Sendable { case click, wheelUp, wheelDown }

    public var kind: Kind
    public var row: Int
    public var column: Int

    /// An event of `kind` at `row`, `column`.
    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}
