import TrunkModel

/// The audit trail (`:audit`) as a list to move in: every line read, the lines shown (all, or a
/// ticket's), the selected one and the first one in view. Newest last; the selection starts on
/// the newest.
public struct AuditTrailState: Equatable, Sendable {
    /// Every line of the trail, oldest first.
    public private(set) var entries: [AuditEntry]
    /// Only the lines of this ticket are shown (compared without case); nil shows every line.
    public private(set) var ticket: String?
    /// True until the trail has been read.
    public var loading: Bool
    /// Indices into `entries` of the lines shown, oldest first.
    public private(set) var shown: [Int]
    /// Index into `shown` of the selected line.
    public var selection: Int
    /// Index into `shown` of the first line in view (see `AuditTrailLayout`).
    public var top = 0

    /// The trail of `entries`, shown whole or only `ticket`'s lines, the newest selected.
    public init(entries: [AuditEntry], ticket: String? = nil, loading: Bool = false) {
        self.entries = entries
        self.loading = loading
        self.ticket = nil
        shown = []
        selection = 0
        filter(ticket: ticket)
    }

    /// The selected line, if any is shown.
    public var selected: AuditEntry? {
        shown.indices.contains(selection) ? entries[shown[selection]] : nil
    }

    /// The lines shown, oldest first.
    public var shownEntries: [AuditEntry] { shown.map { entries[$0] } }

    /// Shows only `ticket`'s lines (nil: every line), keeping the selected line selected when it
    /// is among them, else selecting the newest.
    public mutating func filter(ticket: String?) {
        let kept = shown.indices.contains(selection) ? shown[selection] : nil
        self.ticket = ticket
        let wanted = ticket?.lowercased()
        shown = entries.indices.filter { wanted == nil || entries[$0].ticket?.lowercased() == wanted }
        selection = kept.flatMap { shown.firstIndex(of: $0) } ?? max(0, shown.count - 1)
        top = min(top, selection)
    }

    /// The trail has been read: `entries`, filtered as asked.
    public mutating func loaded(_ entries: [AuditEntry]) {
        self.entries = entries
        loading = false
        shown = []
        filter(ticket: ticket)
    }

    /// What the overlay says when no line is shown.
    public var emptyText: String {
        if loading { return "Reading the audit trail…" }
        if let ticket, !entries.isEmpty { return "No line of the audit trail carries ticket \(ticket)" }
        return "The audit trail is empty: no change has been sent from this account yet."
    }
}
