/// Which key context holds the keys now: the reducer looks keys up in it, and the status-bar hint
/// names its bindings.
extension AppState {
    /// While the terminal is too small, its screen (or the quit question it opened); else the
    /// context of the modal on top of the stack, else of the focused pane's open prompt or
    /// editor, else of the pane.
    public var keyContext: KeyContext {
        if isTooSmall { return modals.top?.kind == .quitQuestion ? .quitQuestion : .tooSmall }
        return modals.top.map(keyContext(of:)) ?? paneKeyContext
    }

    /// The context of `modal` (the review's conflicts have theirs while they wait for a choice).
    func keyContext(of modal: Modal) -> KeyContext {
        switch modal {
        case .help: .help
        case .alert: .alert
        case .quitQuestion: .quitQuestion
        case .restoreDrafts: .restoreDrafts
        case .audit: .audit
        case .messages: .messages
        case .commandLine: .commandLine
        case .filterInput: .filterLine
        case .copyChooser: .copyChooser
        case .review(let review): review.conflicts.isEmpty || review.sending ? .review : .conflict
        case .deletion: .deleteConfirmation
        case .callCheck: .callCheck
        case .bulkChange(let bulk):
            switch (bulk.kind, bulk.phase) {
            case (.dids, .choosing): .bulkDids
            case (.dids, .entering): .bulkDidNumbers
            case (_, .entering): .bulkPrefixes
            default: .bulkChange
            }
        case .compare: .compare
        case .unfinishedBulk: .unfinishedBulk
        }
    }

    /// The context of the focused pane, or of its question, prompt or editor when one is open.
    var paneKeyContext: KeyContext {
        if let form {
            if form.confirmDiscard { return .discardQuestion }
            if form.jumpInput != nil { return .fieldJump }
            switch form.editor {
            case .text?: return .textField
            case .picker?: return .picker
            case .list(let editor)?:
                if editor.input != nil { return .listItemInput }
                return editor.searchLine == nil ? .listEditor : .searchLine
            case .didSet(let editor)?: return editor.input == nil ? .didEditor : .didSearch
            case nil: return .form
            }
        }
        if pane == .detail {
            if detailView.searchLine != nil { return .searchLine }
            if detailView.regenerate != nil { return .regenerateConfirmation }
            if detailView.tester != nil { return .numberTester }
            return .detail
        }
        return .list
    }
}
