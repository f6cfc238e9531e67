import TrunkModel

/// What `u` in the form goes back through: the draft (with its typed text that does not parse)
/// before each change, one change being what happened to a field between two moments when no
/// field was being edited (a whole edit of a text field, a list editor session, a toggle, a
/// revert). Changes the user did not make (answers from the server) are not undone.
public struct FormHistory: Equatable, Sendable {
    /// The form's values at one moment.
    public struct Snapshot: Equatable, Sendable {
        public var draft: Trunk
        public var pendingText: [FieldKey: String]
        public var parseErrors: [FieldKey: FieldIssue]
    }

    /// The values before each change, newest last.
    public private(set) var steps: [Snapshot] = []
    /// The values when no field was last being edited: what the next change is undone to.
    var resting: Snapshot?

    /// The most changes kept.
    static let limit = 100

    /// An empty history.
    public init() {}

    /// Keeps `snapshot` as the state the next change goes back to.
    mutating func rest(at snapshot: Snapshot) {
        resting = snapshot
    }

    /// The form came to rest at `snapshot`: when it differs from where it rested before, that is
    /// one change, and where it rested before becomes an undo step.
    mutating func settle(at snapshot: Snapshot) {
        guard let resting else {
            self.resting = snapshot
            return
        }
        guard resting != snapshot else { return }
        steps.append(resting)
        if steps.count > Self.limit { steps.removeFirst(steps.count - Self.limit) }
        self.resting = snapshot
    }

    /// The values before the last change, taken off the history; nil when there is none.
    mutating func popLast() -> Snapshot? {
        guard let step = steps.popLast() else { return nil }
        resting = step
        return step
    }
}

extension FormState {
    /// The form's values now, as the history keeps them.
    var snapshot: FormHistory.Snapshot {
        FormHistory.Snapshot(draft: draft, pendingText: pendingText, parseErrors: parseErrors)
    }

    /// True when no field is being edited and no question or jump is open: a change is complete.
    var isAtRest: Bool {
        editor == nil && jumpInput == nil && !confirmDiscard
    }

    /// Puts the values of `snapshot` back.
    mutating func restore(_ snapshot: FormHistory.Snapshot) {
        draft = snapshot.draft
        pendingText = snapshot.pendingText
        parseErrors = snapshot.parseErrors
    }

    /// The fields whose value differs between the draft and `other`'s (typed text counts), in
    /// table order.
    func fieldsDiffering(from other: FormHistory.Snapshot) -> [FieldKey] {
        FieldTable.fields.map(\.key).filter { key in
            draft.value(key) != other.draft.value(key) || pendingText[key] != other.pendingText[key]
        }
    }

    /// A field's value for the status line: the typed text when it does not parse.
    func shownValue(_ key: FieldKey) -> String {
        let field = FieldTable.field(key)
        if field.isSecret { return "(hidden)" }
        if let text = pendingText[key] { return "\"\(text)\"" }
        if mode.markedTrunks != nil && !isSet(key) { return "not set" }
        let value = draft.value(key)
        if case .list(let items) = value, items.count > 3 { return "\(items.count) items" }
        if case .dids(let dids) = value, dids.count > 3 { return "\(dids.count) DIDs" }
        return value.display(for: field)
    }
}
