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

/// A mouse event at a screen cell (0-based row and column), with when it was read.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did: a click is the button going down (its release is not an event).
    public enum Kind: String, Hashable, Sendable { case click, wheelUp, wheelDown }

    public var kind: Kind
    public var row: Int
    public var column: Int
    /// Seconds on a monotonic clock when the terminal reported it (two clicks close together
    /// make a double click); nil when not known, and such a click is never part of one.
    public var time: Double?

    /// An event of `kind` at `row`, `column`, read at `time`.
    public init(_ kind: Kind, row: Int, column: Int, time: Double? = nil) {
        self.kind = kind
        self.row = row
        self.column = column
        self.time = time
    }
}
