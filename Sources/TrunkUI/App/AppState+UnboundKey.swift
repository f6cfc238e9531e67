import ScreenKit

extension AppState {
    /// A printable key that means nothing in `context` (a pane, an editor or the review; never
    /// where keys are typed into text): the status line says so and names the help key, so a key
    /// remembered from another program does not seem to be ignored.
    mutating func noAction(for key: Key, in context: KeyContext) -> [Effect] {
        // The driver names control characters as `.ctrl` or `.unknown`: a `.char` is printable.
        guard case .char = key else { return [] }
        let help = keymap.key(for: .help, in: context).map { " · \($0.displayName) help" } ?? ""
        message = StatusMessage("\(key.displayName): no action here" + help, .info)
        return []
    }
}
