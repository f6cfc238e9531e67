import FoundationEssentials
import ScreenKit
import TrunkModel

/// Changes to many trunks an earlier run left unfinished (a dropped connection, a crash): offered
/// at start, one at a time, to finish (the rest sent through the same guarded sending, a trunk
/// whose PATCH was in flight read first) or to forget (the trunks not done marked again).
extension AppState {
    /// Offers `journals` (left by an earlier run); the dialog opens at once when there is one.
    public mutating func offerUnfinishedBulkChanges(_ journals: [BulkJournal]) {
        unfinishedBulk = journals
        if !journals.isEmpty { modals.open(.unfinishedBulk) }
    }

    /// The next unfinished change, once the results of one are closed.
    mutating func offerNextUnfinished() -> [Effect] {
        if !unfinishedBulk.isEmpty { modals.open(.unfinishedBulk) }
        return []
    }

    /// The keys of the dialog: finish, forget, later.
    mutating func unfinishedBulkKey(_ key: Key) -> [Effect] {
        guard let journal = unfinishedBulk.first else {
            modals.close(.unfinishedBulk)
            return []
        }
        switch keymap.command(for: key, in: .unfinishedBulk) {
        case .finishBulkChange?: return finishUnfinished(journal)
        case .forgetBulkChange?:
            unfinishedBulk.removeFirst()
            if unfinishedBulk.isEmpty { modals.close(.unfinishedBulk) }
            let names = Dictionary(journal.trunks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let again = journal.notDoneIDs
            for id in again { marks.mark(id, name: names[id] ?? nil, anchoring: false) }
            let n = journal.trunks.count
            message = StatusMessage("Forgotten: the change to \(n) trunk\(n == 1 ? "" : "s")"
                                    + (again.isEmpty ? "" : "; the \(again.count) not done are marked again"), .info)
            return [.bulkJournal(.remove(batch: journal.batch))]
        case .restoreLater?:
            // Every one waiting is put off: they stay on disk for the next start.
            unfinishedBulk = []
            modals.close(.unfinishedBulk)
            message = StatusMessage("The unfinished change stays on disk: it is offered again at the next start", .info)
        default: break
        }
        return []
    }

    /// `f`: the change's sending picks up where it ended: the trunk whose PATCH was in flight is
    /// read first, every trunk not settled goes through the guard again, nothing settled is sent.
    private mutating func finishUnfinished(_ journal: BulkJournal) -> [Effect] {
        if readOnly {
            message = StatusMessage("Read-only mode: the change cannot be finished here; d forgets it, Esc keeps it for later", .warning)
            return []
        }
        guard journal.canFinish else {
            message = StatusMessage("A secret value of the change was not kept on disk: it cannot be finished; d forgets it", .warning)
            return []
        }
        if bulkChange != nil {
            message = StatusMessage("Close the change to the marked trunks first", .warning)
            return []
        }
        unfinishedBulk.removeFirst()
        modals.close(.unfinishedBulk)
        let sending = journal.sending
        let kind: BulkChangeState.Kind = if case .status = journal.edit { .status } else { .prefixes }
        var bulk = BulkChangeState(kind, trunks: sending.change.items.map(\.trunk))
        bulk.change = sending.change
        bulk.sending = sending
        bulk.batch = journal.batch
        bulk.journaled = sending.settledOrder.count
        bulkChange = bulk
        return [.setAuditBatch(journal.batch)] + bulkStep()
    }
}
