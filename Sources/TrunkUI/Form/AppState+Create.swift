import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// `n`: the form for a new trunk, filled with the values the server would apply by default.
    mutating func openCreateForm() {
        open(FormState.creating(from: NewTrunk.serverDefaults(), cloneOf: nil, returnPane: pane))
        message = StatusMessage("New trunk: give it a name and choose an authentication method", .info)
    }

    /// `c`: the form for a new trunk that starts from the selected one (name cleared, credentials
    /// and DID links not copied).
    mutating func openCloneForm() {
        guard let source = detailTrunk else { return }
        if source.authenticationMethod == nil && source.name == nil {
            message = StatusMessage("This trunk has not been read completely; press r to refresh", .warning)
            return
        }
        let sourceName = source.name ?? source.id
        open(FormState.creating(from: NewTrunk.clone(of: source), cloneOf: sourceName, returnPane: pane))
        var note = "Clone of \(sourceName): name, credentials and DIDs are not copied"
        if source.authenticationMethod?.type == .ipOnly { note += "; IP only became Credentials & IP" }
        message = StatusMessage(note, .info)
    }

    /// The server created the trunk: it joins the list, selected, and the form closes. `settled`
    /// says how it was learned when the answer was lost.
    mutating func createSucceeded(_ trunk: Trunk, settled: String? = nil) -> [Effect] {
        review = nil
        heldKeys.release()
        let effects = leaveForm()
        trunks.append(trunk)
        totalRecords = totalRecords.map { $0 == .max ? $0 : $0 + 1 } ?? trunks.count
        refreshVisible(keeping: trunk.id)
        detail = trunk
        let hidden = selectedTrunk?.id != trunk.id ? " (hidden by the filter; Esc clears it)" : ""
        message = StatusMessage("Created \(trunk.name ?? trunk.id)\(hidden)" + (settled.map { " (\($0))" } ?? ""), .success)
        return effects
    }

    /// The POST's outcome is unknown even after looking for the trunk: the form stays open, and
    /// the user is told to look before creating again (sending it again could make two).
    mutating func createOutcomeUnknown(_ text: String) -> [Effect] {
        review = nil
        message = StatusMessage("Not known whether the trunk was created: refresh (r) and look before creating it again", .error)
        alert = AlertState(title: "Create: outcome unknown",
                           text: "\(text)\n\nRefresh the list (r) and look for the trunk before creating it again: "
                               + "sending it again could create it twice. Your draft is kept.")
        return []
    }
}

extension AppState {
    /// Reopens the form of a new trunk from a stored draft: there is nothing to read from the
    /// server, the draft's base is what the server would create by default.
    mutating func restoreNewTrunkDraft(_ draft: StoredDraft) -> [Effect] {
        var restored = draft.form(on: NewTrunk.serverDefaults(), returnPane: .list)
        restored.mode = .create(cloneOf: nil)
        message = StatusMessage("Draft of a new trunk restored. Ctrl-S reviews and creates it", .success)
        return openWithDraft(restored)
    }
}
