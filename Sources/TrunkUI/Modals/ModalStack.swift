/// One thing that holds the keys above the panes: a dialog, a question, an input line or an
/// overlay. What each one shows and keeps is its payload.
public enum Modal: Equatable, Sendable {
    /// The key and command overlay (`?`); its scroll is `AppState.helpScroll`.
    case help
    /// A failure shown until any key is pressed.
    case alert(AlertState)
    /// "Quit? The draft …": y quits, any other key goes back.
    case quitQuestion
    /// The drafts an earlier run left, one of them selected.
    case restoreDrafts(selection: Int)
    /// The audit trail (`:audit`), newest last, one line selected.
    case audit(AuditTrailState)
    /// This run's status messages (`:messages`), newest first, scrolled to `scroll`.
    case messages(scroll: Int)
    /// The `:` line.
    case commandLine(TextInput)
    /// The `/` filter line.
    case filterInput(FilterLineState)
    /// `y` was pressed; the next key says what to copy.
    case copyChooser
    /// The review of a change before it is sent.
    case review(ReviewState)
    /// The typed-name confirmation of a delete.
    case deletion(DeleteState)
    /// "Would this call pass?" on a trunk or on every loaded trunk (`C`, `:check`).
    case callCheck(CallCheckState)
    /// One status change for the marked trunks: the choice, the review, the sending, the results.
    case bulkChange(BulkChangeState)
    /// Two trunks side by side, and the fields chosen to copy from one into the other (`=`).
    case compare(CompareState)
    /// A change to many trunks an earlier run left unfinished (`AppState.unfinishedBulk`'s first):
    /// finish, forget or later.
    case unfinishedBulk

    /// Which modal this is, without its payload.
    public enum Kind: Equatable, Sendable, CaseIterable {
        case help, alert, quitQuestion, restoreDrafts, audit, messages, commandLine, filterInput, copyChooser, review, deletion
        case callCheck, bulkChange, compare, unfinishedBulk
    }

    /// Which modal this is.
    public var kind: Kind {
        switch self {
        case .help: .help
        case .alert: .alert
        case .quitQuestion: .quitQuestion
        case .restoreDrafts: .restoreDrafts
        case .audit: .audit
        case .messages: .messages
        case .commandLine: .commandLine
        case .filterInput: .filterInput
        case .copyChooser: .copyChooser
        case .review: .review
        case .deletion: .deletion
        case .callCheck: .callCheck
        case .bulkChange: .bulkChange
        case .compare: .compare
        case .unfinishedBulk: .unfinishedBulk
        }
    }
}

/// The presentation stack: the modals open now, in the order they were opened, at most one of
/// each kind. This is the one place that decides who gets a key: keys go to the top, else to
/// the focused pane; drawing goes bottom to top; the status-bar hints and the mouse follow the
/// top (the mouse acts only when the stack is empty).
public struct ModalStack: Equatable, Sendable {
    /// Bottom first.
    public private(set) var layers: [Modal] = []

    /// An empty stack.
    public init() {}

    /// The modal that gets the keys, nil when the panes do.
    public var top: Modal? { layers.last }

    /// True when no modal is open.
    public var isEmpty: Bool { layers.isEmpty }

    /// True when a modal of `kind` is open (anywhere in the stack).
    public func contains(_ kind: Modal.Kind) -> Bool {
        layers.contains { $0.kind == kind }
    }

    /// The open modal of `kind`, if any.
    public func layer(_ kind: Modal.Kind) -> Modal? {
        layers.first { $0.kind == kind }
    }

    /// Opens `modal` on top; a modal of its kind already open is updated where it stands.
    public mutating func open(_ modal: Modal) {
        if let index = layers.firstIndex(where: { $0.kind == modal.kind }) {
            layers[index] = modal
        } else {
            layers.append(modal)
        }
    }

    /// Closes the modal of `kind`, if open.
    public mutating func close(_ kind: Modal.Kind) {
        layers.removeAll { $0.kind == kind }
    }

    /// Opens or updates `modal`, or closes `kind` when `modal` is nil.
    public mutating func set(_ kind: Modal.Kind, _ modal: Modal?) {
        if let modal { open(modal) } else { close(kind) }
    }
}
