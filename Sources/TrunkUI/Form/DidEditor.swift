import TrunkModel

/// The account's DIDs, read once (lazily, when a DID editor first opens) for completion by number.
public enum AccountDids: Equatable, Sendable {
    case notLoaded
    case loading
    case loaded([DidRef])
    case failed(String)

    /// The DIDs, empty unless loaded.
    public var dids: [DidRef] {
        if case .loaded(let dids) = self { return dids }
        return []
    }
}

/// The set editor open on `dids` (CLI) or `emergency_dids`: the DIDs linked in the draft, and
/// while adding, the typed part of a number with the account's matching DIDs to pick from.
public struct DidEditorState: Equatable, Sendable {
    public var key: FieldKey
    public var items: [DidRef]
    public var selected = 0
    /// Part of a number being typed (adding); nil when browsing the set.
    public var input: TextInput?
    /// The highlighted completion, an index into the candidates.
    public var candidate = 0
    public var error: String?
    /// True while the trunk is read again because its linked DIDs were never read.
    public var awaitingLinks = false

    /// An editor on `key` holding `items`.
    public init(key: FieldKey, items: [DidRef]) {
        self.key = key
        self.items = items
    }

    /// The other DID set (CLI ↔ emergency).
    var otherKey: FieldKey { key == .dids ? .emergencyDids : .dids }
}

extension AppState {
    /// How many completions the editor lists at most.
    static let didCandidateLimit = 8

    /// The account's DIDs not yet in the set whose number contains the typed digits: numbers
    /// that start with them first, then the others, each by number.
    public func didCandidates(_ editor: DidEditorState) -> [DidRef] {
        guard let input = editor.input else { return [] }
        let linked = Set(editor.items.map(\.id))
        let digits = String(input.text.filter(\.isNumber))
        return accountDids.dids
            .filter { !linked.contains($0.id) && $0.numberContains(digits) }
            .sorted { left, right in
                let l = left.number ?? "", r = right.number ?? ""
                let lp = l.hasPrefix(digits), rp = r.hasPrefix(digits)
                return lp != rp ? lp : l < r
            }
    }

    /// The DID with its number filled in from the account's DIDs when the trunk's answer lacked it.
    public func resolved(_ did: DidRef) -> DidRef {
        guard did.number == nil, let known = accountDids.dids.first(where: { $0.id == did.id }) else { return did }
        return known
    }
}

extension DraftDiff {
    /// One change for the status line: "Name a → b"; a DID set as "CLI DIDs: linked +4930…, unlinked +3706…".
    func summary(of change: FieldChange) -> String {
        guard change.field.widget == .didSet else {
            return "\(change.field.label) \(change.old.display(for: change.field)) → \(change.new.display(for: change.field))"
        }
        let (added, removed) = didChanges(change.key)
        var parts: [String] = []
        if !added.isEmpty { parts.append("linked " + added.map(\.shownNumber).joined(separator: ", ")) }
        if !removed.isEmpty { parts.append("unlinked " + removed.map(\.shownNumber).joined(separator: ", ")) }
        return "\(change.field.label): " + parts.joined(separator: ", ")
    }
}

extension FormState {
    /// A DID set left as read while its every-DID switch is saved on: the set is not sent, and
    /// the server drops the links itself (as older API documents say; FakeDidww does the same).
    func unsentDidSetNote(_ key: FieldKey) -> FieldIssue? {
        guard let flag = DidLinkRule.everyDidSwitch(for: key), fieldsToSend.contains(flag),
              draft.value(flag) == .bool(true), case .dids(let refs) = draft.value(key), !refs.isEmpty else { return nil }
        return .warning("saving \(FieldTable.field(flag).label) on unlinks the \(refs.count) listed here on the server")
    }
}
