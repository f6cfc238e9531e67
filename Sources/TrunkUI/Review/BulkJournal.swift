import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel

/// A change to many trunks as it is sent, as kept on disk so that a dropped connection or a crash
/// loses neither what was sent nor what was not: the change as reviewed (its edit and each trunk
/// as it was reviewed, secrets left out), the outcome of each trunk as it settles, and the trunk
/// whose PATCH went out before its answer came (written down before the PATCH leaves).
/// `BulkJournalStore` keeps it in two files: the change, written once, and one line per step.
public struct BulkJournal: Equatable, Sendable {
    /// One trunk of the change: its id, name, and the fields the change sets as they were reviewed
    /// (with every authentication field when it sets one; never a secret).
    public struct Entry: Codable, Equatable, Sendable {
        public var id: String
        public var name: String?
        public var fields: [String: FieldValue]

        /// The trunk rebuilt from what was kept.
        public var trunk: Trunk {
            var trunk = Trunk(id: id)
            for field in FieldTable.fields {
                if let value = fields[field.key.rawValue] { trunk.set(field.key, value) }
            }
            return trunk
        }
    }

    /// One step of the sending, a line of its own on disk.
    public struct Line: Codable, Equatable, Sendable {
        /// The trunk.
        public var trunk: String
        /// "sending" (its PATCH goes out now, answer not yet seen), else the outcome: "changed",
        /// "alreadySo", "failed", "skipped".
        public var step: String
        /// Why it failed or was skipped.
        public var why: String?

        /// The PATCH of `trunk` goes out now.
        public static func sending(_ trunk: String) -> Line { Line(trunk: trunk, step: "sending") }

        /// `trunk` settled with `outcome`.
        public static func settled(_ trunk: String, _ outcome: BulkSending.Outcome) -> Line {
            switch outcome {
            case .changed: Line(trunk: trunk, step: "changed")
            case .alreadySo: Line(trunk: trunk, step: "alreadySo")
            case .failed(let why): Line(trunk: trunk, step: "failed", why: why)
            case .skipped(let why): Line(trunk: trunk, step: "skipped", why: why)
            }
        }

        /// The outcome this line settles; nil for "sending".
        var outcome: BulkSending.Outcome? {
            switch step {
            case "changed": .changed
            case "alreadySo": .alreadySo
            case "failed": .failed(why ?? "")
            case "skipped": .skipped(why ?? "")
            default: nil
            }
        }
    }

    /// The change's group id: the audit lines of its PATCHes carry it, and it names its files.
    public var batch: String
    public var startedAt: Date
    public var edit: BulkEdit
    /// Fields the edit sets to a secret value, which is never written down: such a change can be
    /// forgotten but not finished.
    public var withheld: [FieldKey] = []
    /// The trunks, in the order of the review.
    public var trunks: [Entry]
    /// The outcome of each trunk settled so far, by id.
    public var outcomes: [String: BulkSending.Outcome] = [:]
    /// The trunks whose PATCH went out and whose answer was not seen.
    public var sentUnanswered: Set<String> = []

    /// The journal of `sending` (as `y` starts it), under group id `batch`.
    public init(batch: String, sending: BulkSending, at date: Date) {
        self.batch = batch
        startedAt = date
        let edit = sending.change.edit
        let secret = edit.keys.filter { FieldTable.field($0).isSecret }
        withheld = secret
        self.edit = Self.withoutSecrets(edit)
        // Only what the change compares and sets: thousands of trunks stay a small file.
        let keys = Set(edit.keys), authentication = keys.contains { $0.isAuthentication }
        let kept = FieldTable.fields.filter { field in
            !field.isSecret && (field.key == .name || keys.contains(field.key) || (authentication && field.key.isAuthentication))
        }
        trunks = sending.change.items.map { item in
            var fields: [String: FieldValue] = [:]
            for field in kept {
                let value = item.trunk.value(field.key)
                if value != .null { fields[field.key.rawValue] = value }
            }
            return Entry(id: item.trunk.id, name: item.trunk.name, fields: fields)
        }
        outcomes = sending.outcomes
    }

    /// A journal as read back from disk.
    init(batch: String, startedAt: Date, edit: BulkEdit, withheld: [FieldKey], trunks: [Entry]) {
        self.batch = batch
        self.startedAt = startedAt
        self.edit = edit
        self.withheld = withheld
        self.trunks = trunks
    }

    /// The group id of a change started at `date` ("20261202-065127.123").
    public static func batchID(at date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var time = time_t(total >= 0 ? total / 1000 : (total - 999) / 1000)
        var parts = tm()
        gmtime_r(&time, &parts)
        let milliseconds = Int(total - Int64(time) * 1000)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec)).\(fraction)"
    }

    /// Lays one step read back from disk on the journal.
    public mutating func apply(_ line: Line) {
        if let outcome = line.outcome {
            outcomes[line.trunk] = outcome
            sentUnanswered.remove(line.trunk)
        } else if line.step == "sending" {
            sentUnanswered.insert(line.trunk)
        }
    }

    /// True when the rest can be sent (no value of the change was withheld).
    public var canFinish: Bool { withheld.isEmpty }

    /// The change rebuilt, every trunk as it was reviewed.
    public var change: BulkChange { BulkChange(trunks.map(\.trunk), edit) }

    /// The sending picked up again: the outcomes known, and the trunks sent without an answer
    /// seen to be read before anything else.
    public var sending: BulkSending { BulkSending(change, outcomes: outcomes, doubtful: sentUnanswered) }

    /// The trunks changed or already so.
    public var doneCount: Int { outcomes.values.filter { $0 == .changed || $0 == .alreadySo }.count }

    /// The ids of the trunks neither changed nor already so (not sent, sent without an answer
    /// seen, failed or skipped), in the review's order.
    public var notDoneIDs: [String] {
        trunks.map(\.id).filter { outcomes[$0] != .changed && outcomes[$0] != .alreadySo }
    }

    /// The edit with secret values left out.
    private static func withoutSecrets(_ edit: BulkEdit) -> BulkEdit {
        let keep = { (values: [FieldKey: FieldValue]) in values.filter { !FieldTable.field($0.key).isSecret } }
        switch edit {
        case .status, .prefixes, .dids: return edit
        case .fields(let values): return .fields(keep(values))
        case .perTrunk(let byID): return .perTrunk(byID.mapValues(keep))
        }
    }
}

extension BulkJournal {
    /// The change as written once, when sending starts.
    struct Document: Codable {
        var batch: String
        var startedAt: Date
        var edit: StoredEdit
        var withheld: [FieldKey]
        var trunks: [Entry]
        var settled: [Line]
    }

    /// A `BulkEdit` in a form JSON holds.
    struct StoredEdit: Codable {
        var status: String?
        var prefixAction: String?
        var prefixes: [String]?
        var fields: [String: FieldValue]?
        var perTrunk: [String: [String: FieldValue]]?
        /// Link or unlink, and the DIDs (as a DID set value).
        var didAction: String?
        var dids: FieldValue?

        init(_ edit: BulkEdit) {
            let stored = { (values: [FieldKey: FieldValue]) in
                Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
            }
            switch edit {
            case .status(let target): status = target.rawValue
            case .prefixes(let change):
                prefixAction = change.action.rawValue
                prefixes = change.prefixes
            case .fields(let values): fields = stored(values)
            case .perTrunk(let byID): perTrunk = byID.mapValues(stored)
            case .dids(let links):
                didAction = links.action.rawValue
                dids = .dids(links.dids)
            }
        }

        var edit: BulkEdit? {
            let values = { (stored: [String: FieldValue]) in
                Dictionary(uniqueKeysWithValues: stored.compactMap { key, value in FieldKey(rawValue: key).map { ($0, value) } })
            }
            if let status { return .status(TrunkStatus(raw: status)) }
            if let prefixAction, let action = PrefixEdit.Action(rawValue: prefixAction) {
                return .prefixes(PrefixEdit(action, prefixes ?? []))
            }
            if let fields { return .fields(values(fields)) }
            if let perTrunk { return .perTrunk(perTrunk.mapValues(values)) }
            if let didAction, let action = DidLinkEdit.Action(rawValue: didAction), case .dids(let refs)? = dids {
                return .dids(DidLinkEdit(action, refs))
            }
            return nil
        }
    }

    /// What is written when sending starts.
    var document: Document {
        let settled = trunks.compactMap { entry in outcomes[entry.id].map { Line.settled(entry.id, $0) } }
        return Document(batch: batch, startedAt: startedAt, edit: StoredEdit(edit), withheld: withheld, trunks: trunks,
                        settled: settled)
    }

    /// The journal of a document read back, with its later lines laid on it; nil when the
    /// document does not say what the change was.
    init?(_ document: Document, lines: [Line]) {
        guard let edit = document.edit.edit else { return nil }
        self.init(batch: document.batch, startedAt: document.startedAt, edit: edit, withheld: document.withheld,
                  trunks: document.trunks)
        for line in document.settled + lines { apply(line) }
    }
}
