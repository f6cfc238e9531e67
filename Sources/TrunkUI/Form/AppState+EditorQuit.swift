import ScreenKit

extension AppState {
    /// True when `key` is the quit key pressed in the list editor or the DID editor with no input
    /// or search line open: it quits as it does in the form (asking first when the draft has unsaved changes;
    /// both editors keep their items in the draft as they change).
    func editorQuits(_ key: Key, _ form: FormState) -> Bool {
        switch form.editor {
        case .list(let editor)? where editor.input == nil && editor.searchLine == nil:
            keymap.command(for: key, in: .listEditor) == .quit
        case .didSet(let editor)? where editor.input == nil: keymap.command(for: key, in: .didEditor) == .quit
        default: false
        }
    }
}
