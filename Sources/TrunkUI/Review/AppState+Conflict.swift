import FoundationEssentials
import ScreenKit
import TrunkModel

/// The safe save path: `y` reads the trunk again first; fields someone else changed meanwhile
/// become a three-way choice; a PATCH whose outcome is unknown is checked by reading again,
/// never sent again blindly.
extension AppState {
    /// `y` in the review dialog: asks for the trunk as it is now, unless something blocks sending.
    mutating func confirmSave() -> [Effect] {
        guard var current = review, !current.sending else { return [] }
        if let word = current.confirmWord, current.typedWord.text.lowercased() != word {
            message = StatusMessage("Type \(word) to confirm (y alone does not send this)", .warning)
            return []
        }
        if let open = current.conflicts.firstIndex(where: { $0.choice == nil }) {
            current.conflictSelection = open
            review = current
            message = StatusMessage("Pick t (theirs) or m (mine) for every conflicting field first", .warning)
            return []
        }
        if readOnly {
            message = StatusMessage("Read-only mode: changes are not sent", .warning)
            return []
        }
        guard ticketAllowsSending() else { return [] }
        current.sending = true
        review = current
        message = StatusMessage("Reading the trunk again before saving…", .info)
        return [ask(.loadTrunk(id: current.diff.original.id), for: .saveBase(trunkID: current.diff.original.id))]
    }

    /// The trunk as it is now: rebase the draft on it, stop at conflicts, else send the PATCH.
    mutating func saveBaseRead(_ fresh: Trunk) -> [Effect] {
        guard var current = review, current.sending, fresh.id == current.diff.original.id else { return [] }
        let rebase = DraftRebase(current.diff, fresh: fresh, decided: current.conflicts)
        let others = rebase.othersChanged.map { FieldTable.field($0).label }
        current.sending = false
        if !rebase.conflicts.isEmpty {
            current.conflicts = rebase.conflicts
            current.conflictSelection = 0
            current.notice = others.isEmpty ? nil : "Also changed meanwhile (not by you): " + others.joined(separator: ", ")
            review = current
            let names = rebase.conflicts.map { FieldTable.field($0.key).label }.joined(separator: ", ")
            message = StatusMessage("Someone else changed \(names) meanwhile: pick theirs (t) or mine (m)", .warning)
            return []
        }
        let rebased = rebase.diff
        let alreadyThere = rebase.alreadyThere.map { FieldTable.field($0).label }
        var notes: [String] = []
        if !others.isEmpty { notes.append("others changed \(others.joined(separator: ", ")) meanwhile; the PATCH carries only your fields") }
        if !alreadyThere.isEmpty { notes.append("\(alreadyThere.joined(separator: ", ")) already had your value") }
        current.notice = notes.isEmpty ? nil : notes.joined(separator: "; ")
        guard let body = rebased.patchDocument() else {
            review = current
            return patchSucceeded(fresh, note: "nothing to send: the trunk already has your changes")
        }
        current.diff = rebased
        current.body = body
        current.conflicts = []
        current.sending = true
        review = current
        message = StatusMessage("Saving…" + (current.notice.map { " (\($0))" } ?? ""), .info)
        return [ask(.patch(id: fresh.id, body: body.encoded()), for: .save(trunkID: fresh.id))]
    }

    /// The trunk could not be read before saving: nothing is sent.
    mutating func saveBaseFailed(_ text: String) -> [Effect] {
        review?.sending = false
        message = StatusMessage("Nothing was sent (y tries again): the trunk could not be read again first: \(text)", .error)
        return []
    }

    /// The PATCH got no answer: read the trunk again to learn whether it was applied.
    mutating func patchOutcomeUnknown(_ text: String) -> [Effect] {
        guard let current = review else { return [] }
        message = StatusMessage("Not known whether the save was applied: reading the trunk again… (\(text))", .warning)
        return [ask(.loadTrunk(id: current.diff.original.id), for: .verifySave(trunkID: current.diff.original.id))]
    }

    /// The trunk after a PATCH with an unknown outcome: say whether the change is there.
    mutating func patchVerified(_ fresh: Trunk) -> [Effect] {
        guard var current = review, fresh.id == current.diff.original.id else { return [] }
        let changes = current.diff.changes
        if changes.allSatisfy({ fresh.value($0.key).sameValue(as: $0.new) }) {
            rememberSaved(current.diff)
            return patchSucceeded(fresh, note: "the save got no answer, but reading the trunk again shows it was applied")
        }
        current.sending = false
        review = current
        message = StatusMessage("The save got no answer and the trunk does NOT have your change (read again). "
                                + "Your draft is kept: y sends it again", .error)
        return []
    }

    /// The trunk could not be read after a PATCH with an unknown outcome.
    mutating func patchVerifyFailed(_ text: String) -> [Effect] {
        review?.sending = false
        message = StatusMessage("The save got no answer: it may or may not be saved. Your draft is kept; y checks the trunk "
                                + "before sending. Reading it again failed: \(text)", .error)
        return []
    }

    /// Keys of the conflict dialog while the review shows conflicts (nil: not handled here, the
    /// review's keys apply).
    mutating func conflictKey(_ key: Key) -> [Effect]? {
        guard var current = review, !current.conflicts.isEmpty, !current.sending else { return nil }
        switch keymap.ownCommand(for: key, in: .conflict) {
        case .moveDown?: current.conflictSelection = min(current.conflictSelection + 1, current.conflicts.count - 1)
        case .moveUp?: current.conflictSelection = max(current.conflictSelection - 1, 0)
        case .takeTheirs?: pick(.theirs, &current)
        case .keepMine?: pick(.mine, &current)
        default: return nil
        }
        review = current
        return []
    }

    private func pick(_ choice: FieldConflict.Choice, _ current: inout ReviewState) {
        current.conflicts[current.conflictSelection].choice = choice
        if let next = current.conflicts.firstIndex(where: { $0.choice == nil }) {
            current.conflictSelection = next
        }
    }

    /// Keys typed into the confirmation word (nil: not handled here). The review's send and
    /// cancel keys always reach the review; another character is typed only when the word has it.
    mutating func confirmWordKey(_ key: Key) -> [Effect]? {
        guard var current = review, let word = current.confirmWord, !current.sending else { return nil }
        switch keymap.command(for: key, in: .review) {
        case .confirm?, .cancel?, .pressFocusedButton?: return nil
        default: break
        }
        if case .char(let c) = key, !word.contains(c.lowercased()) { return nil }
        guard current.typedWord.apply(key) else { return nil }
        review = current
        return []
    }
}
