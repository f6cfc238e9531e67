/// Where a key binding applies: a pane or editor the focus rests in, or a question, prompt or
/// overlay that holds the keys while it is open. The raw value names it in the help overlay
/// (and, lower-cased with `_` for spaces, in the configuration's `keys:`).
public enum KeyContext: String, CaseIterable, Sendable {
    case global = "Everywhere"
    case list = "List"
    case detail = "Detail"
    case form = "Form"
    case listEditor = "List editor"
    case didEditor = "DID editor"
    case review = "Review dialog"
    case conflict = "Conflict dialog"
    case help = "Help overlay"
    case alert = "Alert"
    case audit = "Audit trail"
    case quitQuestion = "Quit question"
    case discardQuestion = "Discard question"
    case restoreDrafts = "Restore drafts"
    case unfinishedBulk = "Unfinished change to many trunks"
    case copyChooser = "Copy chooser"
    case deleteConfirmation = "Delete confirmation"
    case bulkChange = "Marked trunks change"
    case bulkPrefixes = "Prefixes of the marked trunks"
    case bulkDids = "DIDs of the marked trunks"
    case bulkDidNumbers = "DID numbers for the marked trunks"
    case regenerateConfirmation = "Regenerate confirmation"
    case numberTester = "Number tester"
    case callCheck = "Call check"
    case compare = "Compare"
    case fieldJump = "Jump to a field"
    case textField = "Text field"
    case picker = "Picker"
    case listItemInput = "List item input"
    case didSearch = "DID search"
    case commandLine = "Command line"
    case filterLine = "Filter line"
    case searchLine = "Search line"
    case messages = "Messages"
    case tooSmall = "Terminal too small"

    /// Where a key this context does not bind is looked up next: the global keys for the panes
    /// and editors, the review's keys for its conflicts, the list's movement keys for the help
    /// overlay; nil for questions and prompts, which hold every key.
    public var fallback: KeyContext? {
        switch self {
        case .global: nil
        case .list, .detail, .form, .listEditor, .didEditor, .review: .global
        case .conflict: .review
        case .help, .messages: .list
        default: nil
        }
    }

    /// True for a question, prompt, input line or overlay (it holds the keys while open); false
    /// for the panes, editors and the review, whose hints are chosen per pane.
    public var isPrompt: Bool {
        switch self {
        case .global, .list, .detail, .form, .listEditor, .didEditor, .review: false
        default: true
        }
    }

    /// True when `other` is this context or one its unbound keys reach through `fallback`.
    public func reaches(_ other: KeyContext) -> Bool {
        var place: KeyContext? = self
        while let current = place {
            if current == other { return true }
            place = current.fallback
        }
        return false
    }

    /// The command that gives up what is typed here, for the contexts where keys are typed into
    /// text: Ctrl-C does what its key does (the text field and the filter line put back what they
    /// held instead, see `AppState.interrupt`); nil elsewhere.
    public var cancelCommand: Command? {
        switch self {
        case .numberTester, .callCheck: .close
        case .deleteConfirmation, .regenerateConfirmation, .fieldJump, .listItemInput, .didSearch, .commandLine, .searchLine,
             .bulkPrefixes, .bulkDidNumbers:
            .cancel
        default: nil
        }
    }

    /// True for the contexts that are reached only to change data (the form and its editors, the
    /// review and its questions, the typed confirmations): read-only mode never opens them, and
    /// its help leaves them out.
    public var changesData: Bool {
        switch self {
        case .form, .listEditor, .didEditor, .review, .conflict, .discardQuestion, .deleteConfirmation, .bulkChange, .bulkPrefixes,
             .bulkDids, .bulkDidNumbers,
             .regenerateConfirmation, .fieldJump, .textField, .picker, .listItemInput, .didSearch:
            true
        default: false
        }
    }

    /// What the keys this context does not bind do, said beside its keys in hints and help.
    public var unboundKeys: UnboundKeys {
        switch self {
        case .listEditor: UnboundKeys(before: "type to add")
        case .help: UnboundKeys(after: "the list's movement keys scroll · any other key closes it")
        case .messages: UnboundKeys(after: "the list's movement keys scroll · any other key closes it")
        case .tooSmall: UnboundKeys(after: "nothing else acts until the window is larger")
        case .alert: UnboundKeys(after: "any key closes the dialog")
        case .quitQuestion: UnboundKeys(after: "any other key goes back")
        case .discardQuestion: UnboundKeys(after: "any other key keeps editing")
        case .copyChooser: UnboundKeys(after: "any other key cancels")
        case .bulkChange: UnboundKeys(after: "type the words asked for before y")
        case .bulkPrefixes: UnboundKeys(before: "type prefixes (digits), separated by spaces or commas", typesText: true)
        case .bulkDidNumbers: UnboundKeys(before: "type digits", typesText: true)
        case .deleteConfirmation, .regenerateConfirmation: UnboundKeys(before: "type the trunk's name", typesText: true)
        case .numberTester: UnboundKeys(before: "type a number as dialled", after: "Ctrl-U clears", typesText: true)
        case .callCheck: UnboundKeys(typesText: true)
        case .fieldJump: UnboundKeys(before: "type part of a field's label", typesText: true)
        case .textField: UnboundKeys(after: "Ctrl-U clears · Ctrl-W deletes a word", typesText: true)
        case .picker: UnboundKeys(before: "a letter jumps")
        case .listItemInput: UnboundKeys(after: "Ctrl-U clears · a paste adds many", typesText: true)
        case .didSearch: UnboundKeys(before: "type digits", typesText: true)
        case .commandLine: UnboundKeys(before: "type a command or a trunk's name", typesText: true)
        case .filterLine: UnboundKeys(before: "type words or key:value tokens", typesText: true)
        case .searchLine: UnboundKeys(before: "type what to find", typesText: true)
        default: UnboundKeys()
        }
    }
}

/// What the keys a context does not bind do: nothing (or the fallback's bindings), typing, or
/// one thing for any key ("any other key goes back"), in words for the hint and the help.
public struct UnboundKeys: Equatable, Sendable {
    /// Said before the context's keys ("type the trunk's name"), if anything.
    public var before: String?
    /// Said after the context's keys ("any other key goes back"), if anything.
    public var after: String?
    /// True when they are typed into a line of text, so a character cannot be bound there.
    public var typesText: Bool

    /// Words before and after the keys; `typesText` when the keys are typed into text.
    public init(before: String? = nil, after: String? = nil, typesText: Bool = false) {
        self.before = before
        self.after = after
        self.typesText = typesText
    }
}
