import FoundationEssentials
import TrunkModel

/// Undo of a change made to many trunks at once: `u` right after it, or `Enter` in the audit
/// trail on any of its lines (they share a group id). The reverse is one change to those trunks
/// (`BulkEdit.perTrunk`: each trunk its own values from before), reviewed and sent as any change
/// to the marked trunks: each trunk read again first, one someone changed since skipped.
extension AppState {
    /// The reverse of `plans` (one per trunk) as the review of a change to many trunks. Each
    /// trunk's base holds the values the change left, so the read-again guard treats a field
    /// someone changed since as a conflict and skips that trunk.
    mutating func startBulkUndo(_ plans: [UndoPlan], refused: [String] = []) -> [Effect] {
        guard canStartUndo() else { return [] }
        var bases: [Trunk] = [], values: [String: [FieldKey: FieldValue]] = [:], missing: [String] = []
        for plan in plans {
            guard var trunk = trunks.first(where: { $0.id == plan.trunkID }) else {
                missing.append(plan.shownName)
                continue
            }
            for field in plan.fields { trunk.set(field.key, field.left) }
            bases.append(trunk)
            values[plan.trunkID] = Dictionary(plan.fields.map { ($0.key, $0.before) }) { _, last in last }
        }
        guard !bases.isEmpty else {
            message = StatusMessage("Nothing to undo: none of the trunks of that change is loaded now (r refreshes)", .warning)
            return []
        }
        // The trunks are marked, so those not put back stay marked for a second try.
        for trunk in bases { marks.mark(trunk.id, name: trunk.name, anchoring: false) }
        var bulk = BulkChangeState(.undo, trunks: bases)
        bulk.change = reviewedChange(bases, .perTrunk(values))
        bulkChange = bulk
        let notes = (missing.isEmpty ? [] : ["not loaded, left out: " + missing.joined(separator: ", ")]) + refused
        message = StatusMessage("Undo of a change to \(plans.count) trunks: each is read again before its PATCH"
                                + (notes.isEmpty ? "" : " · " + notes.joined(separator: " · ")), notes.isEmpty ? .info : .warning)
        return []
    }

    /// Every line of the group `id` in `entries` that changed something, as undo plans, and why
    /// the others cannot be undone (credentials only, failed...).
    func bulkUndoPlans(group id: String, in entries: [AuditEntry]) -> (plans: [UndoPlan], refused: [String]) {
        let deleteKey = keymap.key(for: .deleteTrunk, in: .list)?.displayName ?? "D"
        var plans: [UndoPlan] = [], refused: [String] = []
        for entry in entries where entry.batch == id && entry.outcome != "failed" {
            switch UndoPlan.undoing(entry, validator: validator, deleteKey: deleteKey) {
            case .success(let plan):
                // A trunk changed twice in one group is put back to its earliest value.
                if let index = plans.firstIndex(where: { $0.trunkID == plan.trunkID }) {
                    plans[index].fields = plan.fields.map { field in
                        plans[index].fields.first { $0.key == field.key }.map { UndoPlan.Field(key: field.key, left: field.left, before: $0.before) } ?? field
                    }
                } else {
                    plans.append(plan)
                }
            case .failure(let refusal):
                refused.append("\(entry.trunkName ?? entry.trunkID): \(refusal.message)")
            }
        }
        return (plans, refused)
    }

    /// The undo plans of a change to many trunks just sent: per trunk changed, each field the
    /// change set, from the value the trunk had (as reviewed and found again before its PATCH)
    /// to the value the change gave it.
    static func undoPlans(of sending: BulkSending) -> [UndoPlan] {
        let change = sending.change
        return change.items.compactMap { item in
            guard sending.outcomes[item.trunk.id] == .changed else { return nil }
            let draft = change.edit.draft(of: item.trunk)
            let fields = change.edit.keys.compactMap { key -> UndoPlan.Field? in
                // A DID set the list never read is not known from before: its audit line says it.
                if key == .dids || key == .emergencyDids, item.trunk.value(key) == .null { return nil }
                let before = item.trunk.value(key), left = draft.value(key)
                return before.same(as: left) || FieldTable.field(key).isSecret ? nil : UndoPlan.Field(key: key, left: left, before: before)
            }
            return fields.isEmpty ? nil : UndoPlan(trunkID: item.trunk.id, trunkName: item.trunk.name, fields: fields)
        }
    }
}
