import TrunkModel

extension AppState {
    /// `e` with trunks marked: the form of the marked trunks as loaded, no field set.
    mutating func openMarkedForm() {
        let marked = markedTrunks
        guard !marked.isEmpty else {
            message = StatusMessage("None of the \(markedCountText) trunks is loaded now", .warning)
            return
        }
        open(FormState.marked(marked, returnPane: pane))
        let n = marked.count
        message = StatusMessage("Set only what changes on the \(n) marked trunk\(n == 1 ? "" : "s"); a field not set keeps each trunk's own")
    }

    /// `U` in the form of the marked trunks: the field is not set again.
    mutating func unsetMarkedField(_ key: FieldKey, _ current: inout FormState) {
        let label = FieldTable.field(key).label
        guard current.isSet(key) else {
            message = StatusMessage("\(label) is not set: each trunk keeps its own", .info)
            return
        }
        current.pendingText[key] = nil
        current.parseErrors[key] = nil
        commit(key, FormState.notSet, &current)
        if let index = current.fieldKeys.firstIndex(of: key) { current.selected = index }
        message = StatusMessage("\(label) is not set again: each trunk keeps its own", .info)
    }

    /// Ctrl-S in the form of the marked trunks: the fields set, laid on each marked trunk and
    /// checked there, in the review of a change to many trunks (Esc there comes back here).
    mutating func reviewMarkedForm(_ current: inout FormState) {
        guard let trunks = current.mode.markedTrunks else { return }
        if let first = current.fieldsWithErrors(validator: validator).first {
            let issue = current.issues(first, validator: validator).first { $0.severity == .error }
            message = StatusMessage("Fix \(FieldTable.field(first).label) first: \(issue?.message ?? "invalid")", .error)
            if let index = current.fieldKeys.firstIndex(of: first) { current.selected = index }
            return
        }
        let values = current.markedValues
        guard !values.isEmpty else {
            message = StatusMessage("No field is set: Enter on a field sets it for every marked trunk", .info)
            return
        }
        var bulk = BulkChangeState(.fields, trunks: trunks)
        bulk.leftOut = markedNotLoaded
        bulk.change = reviewedChange(trunks, .fields(values))
        bulkChange = bulk
        message = nil
    }
}
