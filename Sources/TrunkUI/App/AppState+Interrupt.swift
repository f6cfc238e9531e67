import ScreenKit

/// Ctrl-C, as people press it in other terminal programs: it gives up the text being typed, and
/// anywhere else asks to quit; pressed again at that question, it quits (drafts stay on disk as
/// they do for `y`).
extension AppState {
    /// The interrupt key (Ctrl-C unless remapped), wherever it is pressed.
    mutating func interrupt() -> [Effect] {
        let context = keyContext
        if confirmQuit {
            confirmQuit = false
            quitting = true
            return [.quit]
        }
        // On a terminal too small to draw, the text cannot be seen: it asks to quit instead.
        if context.unboundKeys.typesText && !isTooSmall { return cancelTypedText(in: context) }
        confirmQuit = true
        return []
    }

    /// Gives up what is typed in `context`: the text field gets back the value it had when its
    /// edit began, the filter line the filter it opened on; the others do what their cancelling
    /// key does.
    private mutating func cancelTypedText(in context: KeyContext) -> [Effect] {
        switch context {
        case .textField:
            return cancelTextEdit()
        case .filterLine:
            cancelFilterLine()
            return []
        default:
            guard let command = context.cancelCommand, let key = keymap.key(for: command, in: context) else { return [] }
            return handle(.key(key))
        }
    }
}
