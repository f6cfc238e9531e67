import ScreenKit
import TrunkModel

/// The status-bar hint while a question, an editor or an overlay holds the keys: the keys that
/// work there, not the keys of the pane underneath (which would do nothing, or something else).
enum ModalHints {
    /// The hint of the modal on top of the stack; nil where the key map's own hints apply (review).
    static func hint(for top: Modal, _ state: AppState) -> String? {
        switch top {
        case .help: return HelpText.hint(state)
        case .alert: return " any key closes the dialog"
        case .deletion: return " type the trunk's name · Enter deletes when it matches · Esc keeps the trunk"
        case .restoreDrafts: return " y restore into the form · d delete the draft · ↑↓ choose · Esc later"
        case .quitQuestion: return " y quits · any other key goes back"
        case .audit: return " any key closes the audit trail"
        case .copyChooser: return " y or n the name · i the id · j the JSON · any other key cancels"
        case .review, .commandLine, .filterInput: return nil
        }
    }

    /// The hint of a pane's own prompt or editor (form editors, detail prompts), when no modal is
    /// open; nil when the key map's hints for the pane apply.
    static func paneHint(_ state: AppState) -> String? {
        if let form = state.form { return formHint(form) }
        if state.pane == .detail {
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
