/// What one change to many trunks does to each of them: the same operation, laid on each trunk as
/// it is (blocking keeps every other field; removing a prefix keeps the trunk's other prefixes).
public enum BulkEdit: Equatable, Sendable {
    /// Block or unblock.
    case status(TrunkStatus)
    /// Add, remove or replace destination prefixes.
    case prefixes(PrefixEdit)
    /// The same values for every trunk (the form of the marked trunks).
    case fields([FieldKey: FieldValue])
    /// Each trunk its own values, by trunk id (the reverse of an earlier change to many trunks).
    case perTrunk([String: [FieldKey: FieldValue]])
    /// Link or unlink DIDs in each trunk's CLI DIDs, keeping the trunk's other DIDs.
    case dids(DidLinkEdit)

    /// The trunk with the change laid on it.
    public func draft(of trunk: Trunk) -> Trunk {
        switch self {
        case .status(let target):
            return trunk.setting(.status, .text(target.rawValue))
        case .prefixes(let edit):
            return trunk.setting(.dstPrefixes, .list(edit.apply(to: trunk.dstPrefixes ?? []).list))
        case .fields(let values):
            var draft = trunk
            for (key, value) in values { draft.set(key, value) }
            return draft
        case .perTrunk(let byID):
            var draft = trunk
            for (key, value) in byID[trunk.id] ?? [:] { draft.set(key, value) }
            return draft
        case .dids(let edit):
            return trunk.setting(.dids, .dids(edit.apply(to: trunk.dids ?? [])))
        }
    }

    /// True when the change would send something for `trunk`. Status and prefixes are decided
    /// without building the trunk's diff, so marking thousands of trunks stays quick. A DID set
    /// never read (the list does not carry it) may change: that is decided when it is read again.
    public func changes(_ trunk: Trunk) -> Bool {
        switch self {
        case .status(let target):
            return trunk.status != target
        case .prefixes(let edit):
            let current = trunk.dstPrefixes ?? []
            return edit.apply(to: current).list != current
        case .fields, .perTrunk:
            return !DraftDiff(original: trunk, draft: draft(of: trunk)).isEmpty
        case .dids(let edit):
            guard let current = trunk.dids else { return true }
            return !edit.split(current).changing.isEmpty
        }
    }

    /// True when the change blocks trunks (alone, or among the fields it sets).
    public var blocks: Bool {
        switch self {
        case .status(let target): return target == .blocked
        case .fields(let values): return values[.status] == .text(TrunkStatus.blocked.rawValue)
        default: return false
        }
    }

    /// The fields the change sets (for `.perTrunk`, those of any trunk), in table order.
    public var keys: [FieldKey] {
        switch self {
        case .status: return [.status]
        case .prefixes: return [.dstPrefixes]
        case .dids: return [.dids]
        case .fields(let values): return FieldTable.fields.map(\.key).filter { values[$0] != nil }
        case .perTrunk(let byID):
            let all = Set(byID.values.flatMap(\.keys))
            return FieldTable.fields.map(\.key).filter(all.contains)
        }
    }
}

/// Adding, removing or replacing destination prefixes, on any trunk's list.
public struct PrefixEdit: Equatable, Sendable {
    public enum Action: String, Equatable, Sendable, CaseIterable {
        case add, remove, replace
    }

    public var action: Action
    public var prefixes: [String]

    public init(_ action: Action, _ prefixes: [String]) {
        self.action = action
        self.prefixes = prefixes
    }

    /// The list after the edit, and notes on prefixes that were there already (add) or not at all
    /// (remove). Adding keeps the order and appends the new ones once each.
    public func apply(to current: [String]) -> (list: [String], notes: [String]) {
        switch action {
        case .replace:
            var seen = Set<String>()
            return (prefixes.filter { seen.insert($0).inserted }, [])
        case .add:
            let present = Set(current)
            let there = prefixes.filter(present.contains)
            var added: [String] = [], seen = present
            for prefix in prefixes where seen.insert(prefix).inserted { added.append(prefix) }
            return (current + added, there.isEmpty ? [] : ["Already in the list: " + there.joined(separator: ", ")])
        case .remove:
            let removing = Set(prefixes)
            let absent = prefixes.filter { !current.contains($0) }
            return (current.filter { !removing.contains($0) }, absent.isEmpty ? [] : ["Not in the list: " + absent.joined(separator: ", ")])
        }
    }
}

/// One change for many trunks, as reviewed: per trunk its own sparse PATCH, none when the trunk
/// already is as the change would make it, and none when the change is not valid for it (a value
/// its authentication type does not allow). Sending it is `BulkSending`'s business.
public struct BulkChange: Equatable, Sendable {
    /// One trunk of the change. Its diff and body are worked out when asked for (the review shows
    /// one body; sending reads each trunk again first), so reviewing thousands builds none of them.
    public struct Item: Equatable, Sendable {
        public var trunk: Trunk
        /// True when a request is sent for it.
        public var changes: Bool
        /// Why the change is not sent to this trunk (not valid for it); nil when it is valid.
        public var refused: String?

        /// Name (or id) as shown.
        public var name: String { trunk.name ?? trunk.id }
    }

    public var edit: BulkEdit
    public private(set) var items: [Item]
    /// How many of `items` change.
    public private(set) var changingCount: Int

    /// The change of `trunks`, in their order. `refuse` says why the change is not valid for a
    /// trunk (nil when it is); a refused trunk is not sent and stays marked.
    public init(_ trunks: [Trunk], _ edit: BulkEdit, refuse: ((Trunk, Trunk) -> String?)? = nil) {
        self.edit = edit
        // A trunk the change is not valid for is refused before asking whether it changes: a field
        // its authentication type does not have is no change to the diff, but not "already so".
        items = trunks.map { trunk in
            if let refuse, let why = refuse(trunk, edit.draft(of: trunk)) {
                return Item(trunk: trunk, changes: false, refused: why)
            }
            return Item(trunk: trunk, changes: edit.changes(trunk))
        }
        changingCount = items.reduce(0) { $0 + ($1.changes ? 1 : 0) }
    }

    /// The change of one trunk alone; nil when nothing is sent for it.
    public func diff(of item: Item) -> DraftDiff? {
        item.changes ? DraftDiff(original: item.trunk, draft: edit.draft(of: item.trunk)) : nil
    }

    /// The sparse PATCH document of one trunk; nil when nothing is sent for it.
    public func body(of item: Item) -> JSONValue? { diff(of: item)?.patchDocument() }

    /// The trunks a request is sent for.
    public var changing: [Item] { items.filter(\.changes) }

    /// How many trunks the change is not valid for.
    public var refusedCount: Int { items.reduce(0) { $0 + ($1.refused == nil ? 0 : 1) } }

    /// "12 trunks, 11 change, 1 already blocked (no request), 1 not valid for it".
    public func countsText(alreadyWord: String) -> String {
        let total = items.count, changes = changingCount, refused = refusedCount, already = total - changes - refused
        var text = "\(total) trunk\(total == 1 ? "" : "s"), \(changes) change\(changes == 1 ? "s" : "")"
        if already > 0 { text += ", \(already) \(alreadyWord) (no request)" }
        if refused > 0 { text += ", \(refused) not valid for the change (no request)" }
        return text
    }

    /// The words to type before `y` sends, in order: "block" when live trunks are blocked, and
    /// the number of trunks changing when there are more than ten.
    public var confirmWords: [String] {
        var words: [String] = []
        if edit.blocks && changingCount > 0 { words.append("block") }
        if changingCount > Self.countTypedAbove { words.append(String(changingCount)) }
        return words
    }

    /// Above this many trunks changing, their number is typed too.
    public static let countTypedAbove = 10
}

/// Sending a reviewed `BulkChange`: one trunk at a time, each read again first and sent only when
/// no one else changed the fields it changes meanwhile (the single save's `DraftRebase`); a
/// conflicting trunk is skipped, never overwritten. Stopping ends after the trunk in flight.
public struct BulkSending: Equatable, Sendable {
    /// What became of one trunk.
    public enum Outcome: Equatable, Sendable {
        case changed
        /// Already as the change makes it, when reviewed or read again: no request was sent.
        case alreadySo
        case failed(String)
        /// Not sent: someone changed it meanwhile, it is not valid for the change, or sending
        /// was stopped first.
        case skipped(String)
    }

    /// The step the trunk in flight is at.
    public enum Step: Equatable, Sendable {
        case reading(String)
        case sending(String)
    }

    public private(set) var change: BulkChange
    /// The outcome of each trunk settled so far, by id.
    public private(set) var outcomes: [String: Outcome] = [:]
    public private(set) var inFlight: Step?
    public private(set) var stopped = false
    /// The trunks whose PATCH went out in an earlier run that ended before its answer: each is
    /// read before any other, and counts as changed when the read shows the change applied.
    public private(set) var doubtful: Set<String> = []
    /// The ids in the order their outcomes settled (those settled at the start first), so that
    /// each outcome can be written down once as it comes.
    public private(set) var settledOrder: [String] = []
    /// The next changing item to look at (every one before it is settled or was in flight).
    private var cursor = 0

    /// The sending of `change`: the trunks already so, and those it is not valid for, are
    /// settled at once.
    public init(_ change: BulkChange) {
        self.change = change
        for item in change.items where !item.changes {
            outcomes[item.trunk.id] = item.refused.map { .skipped("not valid for it: " + $0) } ?? .alreadySo
            settledOrder.append(item.trunk.id)
        }
    }

    /// A sending picked up again with the outcomes already known (after the program was ended
    /// while sending); `doubtful` are the trunks whose PATCH went out without an answer seen.
    public init(_ change: BulkChange, outcomes known: [String: Outcome], doubtful: Set<String> = []) {
        self.init(change)
        for item in change.items {
            guard let outcome = known[item.trunk.id] else { continue }
            if outcomes[item.trunk.id] == nil { settledOrder.append(item.trunk.id) }
            outcomes[item.trunk.id] = outcome
        }
        self.doubtful = doubtful.filter { known[$0] == nil && outcomes[$0] == nil }
    }

    /// The next trunk to read again, or nil when every trunk is settled or sending stopped (then
    /// the rest are skipped). Sets it in flight.
    public mutating func next() -> String? {
        guard inFlight == nil else { return nil }
        let items = change.items
        if !stopped, doubtful.contains(where: { outcomes[$0] == nil }),
           let id = items.first(where: { doubtful.contains($0.trunk.id) && outcomes[$0.trunk.id] == nil })?.trunk.id {
            inFlight = .reading(id)
            return id
        }
        while cursor < items.count, !items[cursor].changes || outcomes[items[cursor].trunk.id] != nil { cursor += 1 }
        guard cursor < items.count else { return nil }
        if stopped {
            for item in items[cursor...] where item.changes && outcomes[item.trunk.id] == nil {
                outcomes[item.trunk.id] = doubtful.contains(item.trunk.id)
                    ? .failed("not known whether it was applied: sent before the program ended, stopped before it was read")
                    : .skipped("stopped before it was sent")
                settledOrder.append(item.trunk.id)
            }
            cursor = items.count
            return nil
        }
        let id = items[cursor].trunk.id
        inFlight = .reading(id)
        return id
    }

    /// The trunk as read again: the body to send, or nil when it is settled (changed meanwhile:
    /// skipped; already so: nothing sent).
    public mutating func read(_ fresh: Trunk) -> JSONValue? {
        guard inFlight == .reading(fresh.id), let item = change.items.first(where: { $0.trunk.id == fresh.id }),
              let diff = change.diff(of: item) else { return nil }
        if case .dids = change.edit, item.trunk.dids == nil {
            // The trunk's DIDs were not read when it was reviewed: there is nothing to compare
            // with, so the link is laid on the set as read now (its other DIDs are kept).
            guard let body = DraftDiff(original: fresh, draft: change.edit.draft(of: fresh)).patchDocument() else {
                return settle(fresh.id, .alreadySo)
            }
            inFlight = .sending(fresh.id)
            return body
        }
        let rebase = DraftRebase(diff, fresh: fresh)
        if let conflict = rebase.conflicts.first {
            let field = conflict.key.rawValue
            let shown = FieldTable.field(conflict.key)
            let text = conflict.theirs.editText
            let now = shown.isSecret ? "changed" : text.isEmpty ? conflict.theirs.display(for: shown) : text
            let more = rebase.conflicts.count > 1 ? " (and \(rebase.conflicts.count - 1) more)" : ""
            return settle(fresh.id, .skipped("changed meanwhile: \(field) is now \(now)\(more)"))
        }
        guard let body = rebase.diff.patchDocument() else {
            // A PATCH sent before the program ended, its answer never seen: the read shows it applied.
            return settle(fresh.id, doubtful.contains(fresh.id) ? .changed : .alreadySo)
        }
        inFlight = .sending(fresh.id)
        return body
    }

    /// The trunk in flight could not be read or sent (`failed`), or was changed.
    public mutating func answered(_ id: String, _ outcome: Outcome) {
        guard inFlight == .reading(id) || inFlight == .sending(id) else { return }
        _ = settle(id, outcome)
    }

    /// Esc: no trunk after the one in flight is sent.
    public mutating func stop() {
        stopped = true
    }

    /// Every trunk settled.
    public var isDone: Bool { inFlight == nil && outcomes.count == change.items.count }

    /// "7 of 12 · 1 conflict · 0 failed".
    public var progressText: String {
        let settled = outcomes.count
        let conflicts = outcomes.values.filter { if case .skipped(let why) = $0 { why.hasPrefix("changed") } else { false } }.count
        let failed = outcomes.values.filter { if case .failed = $0 { true } else { false } }.count
        return "\(settled) of \(change.items.count) · \(conflicts) conflict\(conflicts == 1 ? "" : "s") · \(failed) failed"
    }

    /// The ids of the trunks that failed or were skipped: they stay marked.
    public var unsettledIDs: [String] {
        change.items.map(\.trunk.id).filter {
            switch outcomes[$0] {
            case .changed?, .alreadySo?: false
            default: true
            }
        }
    }

    private mutating func settle(_ id: String, _ outcome: Outcome) -> JSONValue? {
        if outcomes[id] == nil { settledOrder.append(id) }
        outcomes[id] = outcome
        inFlight = nil
        return nil
    }
}
