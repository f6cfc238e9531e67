/// One change made in the list editor, as `u` takes it back: the items and selection before it,
/// and what the status line says when it is undone.
public struct ListEditorStep: Equatable, Sendable {
    public var items: [String]
    public var selected: Int
    /// Said when the change is undone ("Restored 203.0.113.0/24").
    public var undone: String

    /// The editor's items and selection before a change, and the words for undoing it.
    public init(items: [String], selected: Int, undone: String) {
        self.items = items
        self.selected = selected
        self.undone = undone
    }

    /// The most changes `u` can take back while the editor is open.
    static let limit = 100
}

extension ListEditorState {
    /// Remembers the editor as it is now, before a change that `undone` describes.
    mutating func remember(undone: String) {
        undoSteps.append(ListEditorStep(items: items, selected: selected, undone: undone))
        if undoSteps.count > ListEditorStep.limit { undoSteps.removeFirst(undoSteps.count - ListEditorStep.limit) }
    }

    /// Takes the last change back; the words for the status line, nil when nothing is left.
    mutating func undo() -> String? {
        guard let step = undoSteps.popLast() else { return nil }
        items = step.items
        selected = min(step.selected, max(0, items.count - 1))
        return step.undone
    }

    /// The editor's own keys among the characters an item can start with: `a` adds and `d`
    /// deletes, as they always have. No prefix and no address in use starts with them (global
    /// IPv6 unicast is 2000::/3, unique local fc00::/7, link-local fe80::/10); one that does is
    /// typed after `a`.
    public static let keysAmongItemCharacters: Set<Character> = ["a", "d"]

    /// Characters that start adding an item when typed from the list (digits, hex letters but
    /// `a` and `d`, `.`, `:`): no other key of the list editor may be one, so that typing an
    /// address or prefix adds it whole.
    public static func canStartItem(_ character: Character) -> Bool {
        character.isASCII && (character.isHexDigit || ".:".contains(character)) && !keysAmongItemCharacters.contains(character)
    }
}
