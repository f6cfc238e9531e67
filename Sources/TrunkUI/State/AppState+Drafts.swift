import Foundation
import ScreenKit
import TrunkModel

/// Drafts kept across sessions and the restore dialog; disk problems; the `:audit` and `:drafts` commands.
extension AppState {
    /// Offers `drafts` (left by an earlier session) for restoring; the dialog opens at once.
    public mutating func offerDrafts(_ drafts: [StoredDraft]) {
        restorable = drafts.sorted { $0.savedAt > $1.savedAt }
        restoreSelection = restorable.isEmpty ? nil : 0
    }

    /// The draft effects of one event: keep the open form's draft on disk as it changes, and
    /// forget it once the form is closed (saved, or discarded by the user).
    func draftEffects(before: FormState?) -> [Effect] {
        if let form {
            guard before?.draft != form.draft || before?.original != form.original else { return [] }
            if let stored = StoredDraft(form: form, at: now) { return [.storeDraft(stored)] }
            return before.map { DraftDiff(original: $0.original, draft: $0.draft).isEmpty } == false
                ? [.removeDraft(trunkID: form.original.id)] : []
        }
        if let before { return [.removeDraft(trunkID: before.original.id)] }
        return []
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
            if draft.trunkID == NewTrunk.draftID {
                restoreNewTrunkDraft(draft)
                return []
            }
            restoringDraft = draft
            message = StatusMessage("Reading \(draft.trunkName ?? draft.trunkID) to restore its draft…", .info)
            return [.loadTrunk(id: draft.trunkID)]
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

    /// Opens the form of the draft waiting for `trunk`, if any.
    mutating func restoreIfWaiting(for trunk: Trunk) {
        guard let draft = restoringDraft, draft.trunkID == trunk.id else { return }
        restoringDraft = nil
        if let index = trunks.firstIndex(where: { $0.id == trunk.id }), let position = visible.firstIndex(of: index) {
            selection = position
        }
        form = draft.form(on: trunk, returnPane: .list)
        focus = .form
        let count = draft.changes.count
        message = StatusMessage("Draft restored: \(count) change\(count == 1 ? "" : "s"). Ctrl-S reviews and saves", .success)
    }
}

extension CommandLineCommand {
    /// `:audit`: the audit trail of changes sent from this machine.
    public static let audit = CommandLineCommand("audit", help: "show the audit trail of changes sent") { _, _ in
        [.loadAudit]
    }

    /// `:drafts`: offer the drafts left by an earlier session again.
    public static let drafts = CommandLineCommand("drafts", help: "restore or delete drafts from an earlier session",
                                                  leavesTheForm: true) { state, _ in
        state.restoreSelection = state.restorable.isEmpty ? nil : 0
        if state.restorable.isEmpty { state.message = StatusMessage("No drafts from earlier sessions", .info) }
        return []
    }
}
