import FoundationEssentials
import ScreenKit
import TrunkModel

/// Drafts kept across sessions and the restore dialog; disk problems; the `:audit` and `:drafts` commands.
extension AppState {
    /// Offers `drafts` (left by an earlier session) for restoring; the dialog opens at once.
    public mutating func offerDrafts(_ drafts: [StoredDraft]) {
        restorable = drafts.sorted { $0.savedAt > $1.savedAt }
        restoreSelection = restorable.isEmpty ? nil : 0
    }

    /// A draft or an audit line could not be written: said at once, as an error, so nobody trusts
    /// a draft to survive a dropped connection when it cannot.
    /// The header keeps a "NOT ON DISK" badge for the rest of the session, since a later message
    /// ("Saved …") replaces the status line.
    mutating func storageFailed(_ text: String) -> [Effect] {
        message = StatusMessage(text, .error)
        storageProblem = text
        return []
    }

    /// Keys of the restore dialog: choose, restore, delete, later; other keys do nothing.
    mutating func restoreDraftsKey(_ key: Key) -> [Effect] {
        guard let selected = restoreSelection, restorable.indices.contains(selected) else {
            restoreSelection = nil
            return []
        }
        let draft = restorable[selected]
        switch keymap.command(for: key, in: .restoreDrafts) {
        case .moveDown?: restoreSelection = ListCursor.moved(selected, by: 1, count: restorable.count)
        case .moveUp?: restoreSelection = ListCursor.moved(selected, by: -1, count: restorable.count)
        case .restoreDraft?:
            if let form, form.isDirty {
                message = StatusMessage("Save (Ctrl-S) or leave the open form (Esc) first: restoring would replace it", .warning)
                return []
            }
            if readOnly {
                message = StatusMessage("Read-only mode: drafts cannot be restored here; they stay on disk", .warning)
                return []
            }
            restorable.remove(at: selected)
            restoreSelection = nil
            if draft.trunkID == NewTrunk.draftID { return restoreNewTrunkDraft(draft) }
            restoringDraft = draft
            message = StatusMessage("Reading \(draft.trunkName ?? draft.trunkID) to restore its draft…", .info)
            return [ask(.loadTrunk(id: draft.trunkID), for: .restoreDraft(trunkID: draft.trunkID))]
        case .deleteDraft?:
            restorable.remove(at: selected)
            restoreSelection = restorable.isEmpty ? nil : min(selected, restorable.count - 1)
            message = StatusMessage("Draft for \(draft.trunkName ?? draft.trunkID) deleted", .info)
            return [.removeDraft(trunkID: draft.trunkID)]
        case .restoreLater?:
            restoreSelection = nil
            message = StatusMessage("Drafts kept on disk: :drafts offers them again", .info)
        default: break
        }
        return []
    }

    /// The trunk of a draft being restored was read (or could not be).
    mutating func draftTrunkRead(_ id: String, _ result: Result<Trunk, RequestFailure>) -> [Effect] {
        switch result {
        case .success(let trunk):
            replace(trunk)
            return restoreIfWaiting(for: trunk)
        case .failure(let failure):
            guard restoringDraft?.trunkID == id else { return [] }
            restoringDraft = nil
            message = StatusMessage("The draft is kept for later: its trunk could not be read (\(failure.message))", .error)
        }
        return []
    }

    /// Opens the form of the draft waiting for `trunk`, if any.
    private mutating func restoreIfWaiting(for trunk: Trunk) -> [Effect] {
        guard let draft = restoringDraft, draft.trunkID == trunk.id else { return [] }
        restoringDraft = nil
        if let index = trunks.firstIndex(where: { $0.id == trunk.id }), let position = visible.firstIndex(of: index) {
            selection = position
        }
        let count = draft.changes.count
        message = StatusMessage("Draft restored: \(count) change\(count == 1 ? "" : "s"). Ctrl-S reviews and saves", .success)
        return openWithDraft(draft.form(on: trunk, returnPane: .list))
    }
}

extension CommandLineCommand {
    /// `:audit [TICKET]`: the audit trail of changes sent from this machine (only TICKET's lines).
    public static let audit = CommandLineCommand("audit", argument: "[TICKET]",
                                                 help: "the audit trail of changes sent (Enter undoes one)") { state, argument in
        let ticket = argument.trimmingWhitespace()
        state.auditTrail = AuditTrailState(entries: [], ticket: ticket.isEmpty ? nil : ticket, loading: true)
        return [.loadAudit]
    }

    /// `:drafts`: offer the drafts left by an earlier session again.
    public static let drafts = CommandLineCommand("drafts", help: "restore or delete drafts from an earlier session",
                                                  leavesTheForm: true) { state, _ in
        state.restoreSelection = state.restorable.isEmpty ? nil : 0
        if state.restorable.isEmpty { state.message = StatusMessage("No drafts from earlier sessions", .info) }
        return []
    }
}
