import ScreenKit
import TrunkModel

/// The status-bar hint while a question, an editor or an overlay holds the keys: the keys that
/// work there, not the keys of the pane underneath (which would do nothing, or something else).
enum ModalHints {
    /// The hint for what holds the keys now, or nil when the pane's own hints apply.
    static func hint(_ state: AppState) -> String? {
        if state.restoreSelection != nil, !state.restorable.isEmpty {
            return " y restore into the form · d delete the draft · ↑↓ choose · Esc later"
        }
        if state.confirmQuit { return " y quits · any other key goes back" }
        if state.review != nil { return nil }
        if let form = state.form { return formHint(form) }
        if state.focus == .detail {
            if state.detailView.regenerate != nil {
                return " type the trunk's name · Enter regenerates when it matches · Esc cancels"
            }
            if state.detailView.tester != nil {
                return " type a number as dialled · Enter keeps the answer · Ctrl-U clears · Esc closes"
            }
        }
        return nil
    }

    private static func formHint(_ form: FormState) -> String? {
        if form.confirmDiscard { return " y discards the changes · any other key keeps editing" }
        if form.jumpInput != nil { return " type part of a field's label · Enter stays there · Esc goes back" }
        switch form.editor {
        case .text?:
            return " Enter or Esc done (the text stays) · Tab/↓ next field · Ctrl-U clears · Ctrl-W deletes a word"
        case .picker?:
            return " ↑↓ choose · a letter jumps · Enter picks · Esc keeps the value"
        case .didSet(let editor)? where editor.input != nil:
            return " type digits · ↑↓ pick · Enter links · Esc stops adding"
        default:
            return nil
        }
    }
}
