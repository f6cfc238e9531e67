import FoundationEssentials
import TrunkModel

/// Undo of a saved change: `u` undoes the last change saved since the program started, `Enter`
/// in the audit trail the selected line's. Either way the trunk is read again first, then the
/// reverse opens as a draft in the form, and is saved through the same review and the same
/// read-again check as any edit (a field someone changed since is a conflict to decide).
extension AppState {
    /// `u` in the list or the detail.
    mutating func undoLastChange() -> [Effect] {
        guard let last = lastChange else {
            message = StatusMessage("Nothing changed since the program started to undo", .info)
            return []
        }
        switch last {
        case .failure(let refusal):
            message = StatusMessage(refusal.message, .warning)
            return []
        case .success(.one(let plan)):
            guard canStartUndo() else { return [] }
            return startUndo(plan)
        case .success(.many(let plans)):
            return startBulkUndo(plans)
        }
    }

    /// False (and the status line says why) when the reverse cannot open now: read-only mode, or
    /// a form with unsaved changes that it would replace.
    mutating func canStartUndo() -> Bool {
        if readOnly {
            message = StatusMessage("Read-only mode: undoing a change is not available", .warning)
            return false
        }
        if let form, form.isDirty {
            message = StatusMessage("Save (Ctrl-S) or leave the open form (Esc) first: undoing would replace it", .warning)
            return false
        }
        return true
    }

    /// Reads `plan`'s trunk as it is now; its reverse opens when the answer comes
    /// (`undoTrunkRead`). An undo still waiting for its trunk gives way to this one.
    mutating func startUndo(_ plan: UndoPlan) -> [Effect] {
        requests.forget { if case .undo = $0 { true } else { false } }
        pendingUndo = plan
        message = StatusMessage("Reading \(plan.shownName) to undo its change…", .info)
        return [ask(.loadTrunk(id: plan.trunkID), for: .undo(trunkID: plan.trunkID))]
    }

    /// The trunk of an undo was read (or could not be): the reverse opens in the form, with what
    /// it cannot put back and what someone changed since said on the status line.
    mutating func undoTrunkRead(_ id: String, _ result: Result<Trunk, RequestFailure>) -> [Effect] {
        switch result {
        case .success(let fresh):
            replace(fresh)
            guard let plan = pendingUndo, plan.trunkID == fresh.id else { return [] }
            pendingUndo = nil
            let name = fresh.name ?? plan.shownName
            if plan.isUndone(in: fresh) {
                message = StatusMessage("\(name) already has the values from before that change: nothing to undo", .info)
                return []
            }
            guard canStartUndo() else { return [] }
            if let index = trunks.firstIndex(where: { $0.id == fresh.id }), let position = visible.firstIndex(of: index) {
                selection = position
                followSelection()
            }
            let returnPane: Pane = form?.returnPane ?? (pane == .detail && selectedTrunk?.id == fresh.id ? .detail : .list)
            message = undoOpened(plan, name: name, fresh: fresh)
            return openWithDraft(plan.form(on: fresh, returnPane: returnPane))
        case .failure(let failure):
            guard let plan = pendingUndo, plan.trunkID == id else { return [] }
            pendingUndo = nil
            message = StatusMessage("Nothing was undone: \(plan.shownName) could not be read (\(failure.message))", .error)
            return []
        }
    }

    /// What the status line says as the reverse opens: first what someone changed since (saving
    /// asks theirs or mine for each) and what cannot be put back, then what comes back.
    private func undoOpened(_ plan: UndoPlan, name: String, fresh: Trunk) -> StatusMessage {
        var notes: [String] = []
        let since = plan.changedSince(in: fresh).map { FieldTable.field($0).label }
        if !since.isEmpty {
            notes.append("Someone else changed \(since.joined(separator: ", ")) since: saving asks theirs or mine")
        }
        if !plan.notRestored.isEmpty {
            notes.append("The \(plan.notRestored.joined(separator: " and ")) cannot be undone (credentials are never put back)")
        }
        if plan.groupID != nil { notes.append("Only this trunk's part of a change to many trunks is undone") }
        let text = notes.map { $0 + ". " }.joined() + "Undo of \(name): \(plan.summary). Ctrl-S reviews and saves"
        return StatusMessage(text, since.isEmpty ? .success : .warning)
    }

    /// Keeps what `u` will undo when a change is answered as made: a save's fields, or why a
    /// create, a delete, a regeneration or a change to the marked trunks cannot be undone so.
    mutating func rememberChangeMade(_ purpose: RequestPurpose, _ answer: APIAnswer) {
        guard case .change(.success(let made)) = answer else { return }
        switch purpose {
        case .save:
            if made.trunk != nil, let diff = review?.diff { rememberSaved(diff) }
        case .create:
            lastChange = .failure(UndoPlan.createRefusal(deleteKey: keymap.key(for: .deleteTrunk, in: .list)?.displayName ?? "D"))
        case .delete:
            lastChange = .failure(UndoPlan.deleteRefusal)
        case .regenerate:
            lastChange = .failure(UndoPlan.regenerateRefusal)
        case .bulkSave:
            // The whole change to many trunks is kept for `u` when its sending ends.
            break
        default:
            break
        }
    }

    /// Keeps the change `diff` saved (the trunk as read just before, and what was sent) for `u`.
    mutating func rememberSaved(_ diff: DraftDiff) {
        lastChange = UndoPlan.undoing(saved: diff).map(UndoTarget.one)
    }
}
