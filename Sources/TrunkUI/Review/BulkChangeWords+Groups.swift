import TrunkModel

/// Trunks of a change to many trunks whose own change reads the same: the line once, the trunks
/// under it. The dialog's review and `--all-matching` on the command line print these.
public struct BulkChangeGroup: Equatable, Sendable {
    /// The change of each trunk of the group in one line (`BulkChangeWords.summary`).
    public var summary: String
    public var items: [BulkChange.Item]

    /// True when a request is sent for its trunks.
    public var changes: Bool { items.first?.changes ?? false }
    /// True when the change is not valid for its trunks.
    public var refused: Bool { items.first?.refused != nil }
}

extension BulkChangeWords {
    /// The trunks grouped by identical change, groups in the order first met: the changes first,
    /// then what is sent nowhere (already so, not valid).
    public static func groups(_ change: BulkChange) -> [BulkChangeGroup] {
        var order: [String] = [], groups: [String: [BulkChange.Item]] = [:]
        for item in change.items {
            let summary = summary(of: item, in: change, counted: false)
            if groups[summary] == nil { order.append(summary) }
            groups[summary, default: []].append(item)
        }
        let all = order.map { BulkChangeGroup(summary: $0, items: groups[$0]!) }
        return all.filter(\.changes) + all.filter { !$0.changes }
    }

    /// One settled trunk's line of the results: ✓ and its change (or "already blocked"), ✗ and
    /// why it failed, – and why it was skipped; nil while it is not settled.
    public static func result(of item: BulkChange.Item, in sending: BulkSending) -> (sign: String, text: String)? {
        switch sending.outcomes[item.trunk.id] {
        case .changed?: ("✓", summary(of: item, in: sending.change))
        case .alreadySo?: ("✓", already(sending.change.edit) + " (no request)")
        case .failed(let why)?: ("✗", "failed: " + why)
        case .skipped(let why)?: ("–", "skipped: " + why)
        case nil: nil
        }
    }
}
