import Foundation
import TrunkModel

/// One status change (block or unblock) for many trunks, as reviewed: per trunk its own sparse
/// PATCH, or none when the trunk already has the status; and what must be typed before it is
/// sent. Sending it is `BulkSending`'s business.
public struct BulkStatusChange: Equatable, Sendable {
    /// One trunk of the change. Its diff and body are worked out when asked for (the review
    /// shows one body; sending reads each trunk again first), so reviewing thousands of marked
    /// trunks builds none of them.
    public struct Item: Equatable, Sendable {
        public var trunk: Trunk
        /// The status the change gives it.
        public var target: TrunkStatus
        /// True when the trunk does not have that status yet: a request is sent for it.
        public var changes: Bool

        /// The change of this trunk alone; nil when it already has the status.
        public var diff: DraftDiff? {
            changes ? DraftDiff(original: trunk, draft: trunk.setting(.status, .text(target.rawValue))) : nil
        }

        /// The sparse PATCH document; nil when it already has the status.
        public var body: JSONValue? { diff?.patchDocument() }

        /// Name (or id) as shown.
        public var name: String { trunk.name ?? trunk.id }
    }

    /// The status every trunk is to have.
    public var target: TrunkStatus
    public private(set) var items: [Item]
    /// How many of `items` change.
    public private(set) var changingCount: Int

    /// The change of `trunks` to `target`, in their order.
    public init(_ trunks: [Trunk], to target: TrunkStatus) {
        self.target = target
        items = trunks.map { Item(trunk: $0, target: target, changes: $0.status != target) }
        changingCount = items.reduce(0) { $0 + ($1.changes ? 1 : 0) }
    }

    /// The trunks a request is sent for.
    public var changing: [Item] { items.filter(\.changes) }

    /// "12 trunks, 11 change, 1 already blocked (no request)".
    public var countsText: String {
        let total = items.count, changes = changingCount, already = total - changes
        var text = "\(total) trunk\(total == 1 ? "" : "s"), \(changes) change\(changes == 1 ? "s" : "")"
        if already > 0 { text += ", \(already) already \(Self.word(target)) (no request)" }
        return text
    }

    /// "Active → Blocked", or "already Blocked (no request)", for one trunk.
    public static func summary(of item: Item, target: TrunkStatus) -> String {
        guard item.changes else { return "already \(label(target)) (no request)" }
        return "status \(item.trunk.status.map(label) ?? "—") → \(label(target))"
    }

    /// The words to type before `y` sends, in order: "block" when live trunks are blocked, and
    /// the number of trunks changing when there are more than ten.
    public var confirmWords: [String] {
        var words: [String] = []
        if target == .blocked && changingCount > 0 { words.append("block") }
        if changingCount > Self.countTypedAbove { words.append(String(changingCount)) }
        return words
    }

    /// Above this many trunks changing, their number is typed too.
    public static let countTypedAbove = 10

    static func label(_ status: TrunkStatus) -> String {
        switch status {
        case .active: "Active"
        case .blocked: "Blocked"
        case .unknown(let raw): raw
        }
    }

    static func word(_ status: TrunkStatus) -> String {
        label(status).lowercased()
    }
}

/// Sending a reviewed `BulkStatusChange`: one trunk at a time, each read again first and sent
/// only when no one else changed its status meanwhile (the single save's `DraftRebase`); a
/// conflicting trunk is skipped, never overwritten. Stopping ends after the trunk in flight.
public struct BulkSending: Equatable, Sendable {
    /// What became of one trunk.
    public enum Outcome: Equatable, Sendable {
        case changed
        /// Already had the status when reviewed or read again: no request was sent.
        case alreadySo
        case failed(String)
        /// Not sent: someone changed it meanwhile, or sending was stopped first.
        case skipped(String)
    }

    /// The step the trunk in flight is at.
    public enum Step: Equatable, Sendable {
        case reading(String)
        case sending(String)
    }

    public private(set) var change: BulkStatusChange
    /// The outcome of each trunk settled so far, by id.
    public private(set) var outcomes: [String: Outcome] = [:]
    public private(set) var inFlight: Step?
    public private(set) var stopped = false

    /// The sending of `change`: the trunks already so are settled at once.
    public init(_ change: BulkStatusChange) {
        self.change = change
        for item in change.items where !item.changes { outcomes[item.trunk.id] = .alreadySo }
    }

    /// The next trunk to read again, or nil when every trunk is settled or sending stopped (then
    /// the rest are skipped). Sets it in flight.
    public mutating func next() -> String? {
        guard inFlight == nil else { return nil }
        let waiting = change.changing.filter { outcomes[$0.trunk.id] == nil }
        if stopped {
            for item in waiting { outcomes[item.trunk.id] = .skipped("stopped before it was sent") }
            return nil
        }
        guard let item = waiting.first else { return nil }
        inFlight = .reading(item.trunk.id)
        return item.trunk.id
    }

    /// The trunk as read again: the body to send, or nil when it is settled (changed meanwhile:
    /// skipped; already so: nothing sent).
    public mutating func read(_ fresh: Trunk) -> JSONValue? {
        guard inFlight == .reading(fresh.id), let diff = change.items.first(where: { $0.trunk.id == fresh.id })?.diff else { return nil }
        let rebase = DraftRebase(diff, fresh: fresh)
        if !rebase.conflicts.isEmpty {
            let now = fresh.status.map(BulkStatusChange.label) ?? "—"
            return settle(fresh.id, .skipped("changed meanwhile: status is now \(now)"))
        }
        guard let body = rebase.diff.patchDocument() else { return settle(fresh.id, .alreadySo) }
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
        outcomes[id] = outcome
        inFlight = nil
        return nil
    }
}
