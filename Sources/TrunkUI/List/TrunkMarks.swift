/// The trunks marked in the list for one change to all of them, by id, with the name each had
/// when marked (so a trunk that left the list can still be named). Kept apart from the list's
/// order, filter and sort, so marks survive all three and a refresh.
public struct TrunkMarks: Equatable, Sendable {
    /// Marked trunk ids → their names when marked.
    public private(set) var names: [String: String] = [:]
    /// The trunk marked last (by Space or `V`): where a range starts.
    public private(set) var anchor: String?

    /// No trunk marked.
    public init() {}

    /// How many trunks are marked.
    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }

    /// True when the trunk `id` is marked.
    public func contains(_ id: String) -> Bool { names[id] != nil }

    /// Marks `trunk` (the anchor when `anchoring`).
    mutating func mark(_ id: String, name: String?, anchoring: Bool = true) {
        names[id] = name ?? id
        if anchoring { anchor = id }
    }

    /// Makes room for `count` marks in all, so that marking every trunk shown grows nothing.
    mutating func reserveCapacity(_ count: Int) {
        names.reserveCapacity(count)
    }

    /// Unmarks `id`.
    mutating func unmark(_ id: String) {
        names[id] = nil
        if anchor == id { anchor = nil }
    }

    /// Unmarks every trunk.
    mutating func removeAll() {
        names = [:]
        anchor = nil
    }

    /// Unmarks the trunks `isKept` rejects and returns their names, sorted.
    mutating func removeAll(notIn isKept: (String) -> Bool) -> [String] {
        let gone = names.filter { !isKept($0.key) }
        guard !gone.isEmpty else { return [] }
        for id in gone.keys { unmark(id) }
        return gone.values.sorted()
    }
}
