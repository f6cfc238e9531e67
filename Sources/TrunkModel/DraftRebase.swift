/// The check before a save against a trunk read again just before sending: the changes made
/// against the trunk as first read, laid on the trunk as it is now (a three-way comparison of
/// base, theirs and mine for every changed field).
///
/// A field the user changed that someone else changed to another value meanwhile is a conflict,
/// unless the user already picked a side for exactly that value of theirs; a field that already
/// holds the user's value is not sent again; fields only others changed are kept as theirs, and
/// the PATCH carries only the user's fields.
public struct DraftRebase: Equatable, Sendable {
    /// The user's changes laid on the trunk as read now (conflicts taken as picked, open ones as
    /// theirs): the diff to send when `conflicts` is empty.
    public var diff: DraftDiff
    /// Fields both the user and someone else changed, to different values, not yet decided.
    public var conflicts: [FieldConflict]
    /// Fields the user changed that already hold the user's value on the server.
    public var alreadyThere: [FieldKey]
    /// Fields someone else changed that the user did not (DID links and the limit-reached flag,
    /// which the server moves by itself, are left out).
    public var othersChanged: [FieldKey]

    /// Lays `diff`'s changes (made against `diff.original`) on `fresh`, the trunk as read now;
    /// `decided` are conflicts the user already picked a side of.
    public init(_ diff: DraftDiff, fresh: Trunk, decided: [FieldConflict] = []) {
        let base = diff.original
        let changes = diff.changes
        var draft = fresh
        var conflicts: [FieldConflict] = []
        var alreadyThere: [FieldKey] = []
        for change in changes {
            let theirs = fresh.value(change.key)
            let picked = decided.first { $0.key == change.key && $0.choice != nil && $0.theirs.sameValue(as: theirs) }
            if let picked {
                draft.set(change.key, picked.choice == .mine ? change.new : theirs)
            } else if theirs.sameValue(as: change.old) {
                draft.set(change.key, change.new)
            } else if theirs.sameValue(as: change.new) {
                alreadyThere.append(change.key)
            } else {
                conflicts.append(FieldConflict(key: change.key, base: change.old, theirs: theirs, mine: change.new))
            }
        }
        let mine = Set(changes.map(\.key))
        othersChanged = FieldTable.fields.filter { field in
            !mine.contains(field.key) && field.key != .dids && field.key != .emergencyDids && field.key != .thresholdReached
                && !base.value(field.key).sameValue(as: fresh.value(field.key))
        }.map(\.key)
        self.diff = DraftDiff(original: fresh, draft: draft)
        self.conflicts = conflicts
        self.alreadyThere = alreadyThere
    }
}
