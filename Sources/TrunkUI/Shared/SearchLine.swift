import ScreenKit

/// The `/` line of a search while it is typed: the text, where the view was when it opened (going
/// back returns there) and the search before it (put back when the line is given up).
public struct SearchLine: Equatable, Sendable {
    public var input: TextInput
    /// The scroll position (or the selected item) when the line opened.
    public var origin: Int
    /// The search in force when the line opened.
    public var previous: TextSearch?

    /// A line opened at `origin` on the search `previous`, its words selected so that typing
    /// starts a new search.
    public init(origin: Int, previous: TextSearch?) {
        input = TextInput(previous?.words ?? "", selected: true)
        self.origin = origin
        self.previous = previous
    }
}

/// What a key did on a search line.
enum SearchLineOutcome {
    /// Enter: the search stays, the line closes.
    case kept
    /// Esc: back to where it started, with the search before.
    case cancelled
    /// The text changed: search again for it.
    case typed(SearchLine)
    /// Nothing happened.
    case ignored
}

extension AppState {
    /// A key on a search line, by the search line's bindings; other keys edit the text.
    func searchLineOutcome(_ key: Key, _ line: SearchLine) -> SearchLineOutcome {
        switch keymap.command(for: key, in: .searchLine) {
        case .keepSearch?: return .kept
        case .cancel?: return .cancelled
        default:
            var edited = line
            guard edited.input.apply(key) else { return .ignored }
            return .typed(edited)
        }
    }

    /// "Match 3 of 12 · n next, N previous" (the keys of `context`), with a note when the step
    /// went round the end.
    func matchMessage(_ index: Int, of count: Int, wrapped: Bool, backwards: Bool, in context: KeyContext) -> StatusMessage {
        let keys = [Command.nextMatch, .previousMatch].compactMap { command in
            keymap.key(for: command, in: context).map { "\($0.displayName) \(command == .nextMatch ? "next" : "previous")" }
        }.joined(separator: ", ")
        let round = wrapped ? (backwards ? " · went round to the end" : " · went round to the start") : ""
        return StatusMessage("Match \(index + 1) of \(count)" + round + (keys.isEmpty ? "" : " · " + keys))
    }
}
