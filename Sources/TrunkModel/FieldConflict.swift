/// A field that both the draft and someone else changed: the value the draft started from, the
/// value on the server now, the draft's value, and which the user picked.
public struct FieldConflict: Equatable, Sendable {
    /// The user's pick.
    public enum Choice: Equatable, Sendable { case theirs, mine }

    public var key: FieldKey
    public var base: FieldValue
    public var theirs: FieldValue
    public var mine: FieldValue
    public var choice: Choice?

    /// A conflict not yet decided.
    public init(key: FieldKey, base: FieldValue, theirs: FieldValue, mine: FieldValue, choice: Choice? = nil) {
        self.key = key
        self.base = base
        self.theirs = theirs
        self.mine = mine
        self.choice = choice
    }
}

extension FieldValue {
    /// Equal as a field value; DID lists compare by id only (a list read without `include` has no numbers).
    public func sameValue(as other: FieldValue) -> Bool {
        if case .dids(let left) = self, case .dids(let right) = other {
            return Set(left.map(\.id)) == Set(right.map(\.id))
        }
        return same(as: other)
    }
}
