import TrunkModel

/// The loaded trunks, in list order, with what filtering and sorting them needs kept beside them:
/// each trunk's search keys (`TrunkSearchIndex`), the sort orders asked for (`ListSortOrders`)
/// and the answers of the filter being typed (`FilterAnswers`). Every change to the trunks goes
/// through `replaceSubrange` or the subscript, which update those in step, so the work follows the
/// trunks as pages arrive and no keystroke pays for building it.
///
/// A value type like the array it wraps; owned by `AppState`, touched on the loop thread.
public struct TrunkList: Sendable {
    /// The trunks, in list order.
    public private(set) var elements: [Trunk] = []
    var search = TrunkSearchIndex()
    var sortOrders = ListSortOrders()
    var answers = FilterAnswers()
    /// The sort `answers` were computed under.
    var answersSort: ListSort?
    var interner = TextInterner()

    /// An empty list.
    public init() {}

    /// A list of `trunks`, in that order.
    public init<Trunks: Sequence>(_ trunks: Trunks) where Trunks.Element == Trunk {
        append(contentsOf: trunks)
    }

    /// Positions of the trunks matching `query`, in `sort`'s order; every position when the query
    /// is empty. A query that narrows the previous one scans only the previous matches.
    public mutating func matching(_ query: FilterQuery, sort: ListSort) -> [Int] {
        let order = sortOrders.order(for: sort, of: elements, keys: search)
        if answersSort != sort {
            answers.removeAll()
            answersSort = sort
        }
        guard !query.isEmpty else {
            answers.removeAll()
            return order
        }
        let narrowed = answers.narrow(to: query)
        if let answer = narrowed.answer { return answer }
        let found = positions(of: narrowed.bound ?? order, matching: query)
        answers.push(query, found, listCount: elements.count)
        return found
    }

    /// Those of `candidates` whose trunks match `query`, in the same order.
    private func positions(of candidates: [Int], matching query: FilterQuery) -> [Int] {
        var found = search.positions(of: candidates, matchingAll: query.terms, in: elements)
        let checks = query.serverTokens.map(TokenValueCheck.init)
        if !checks.isEmpty { found.removeAll { position in !checks.allSatisfy { $0.holds(elements[position]) } } }
        return found
    }

    /// Trunks were inserted at `range`: the filter answer shown takes in those of them that match,
    /// in the order shown, instead of scanning every trunk again; the wider answers are dropped.
    private mutating func carryAnswer(acrossInsertionAt range: Range<Int>) {
        guard let sort = answersSort, let top = answers.top else { return invalidateAnswers() }
        var matched = [Bool](repeating: false, count: elements.count)
        for position in top.matches { matched[position >= range.lowerBound ? position + range.count : position] = true }
        for position in positions(of: Array(range), matching: top.query) { matched[position] = true }
        let order = sortOrders.order(for: sort, of: elements, keys: search)
        answers.removeAll()
        answers.push(top.query, order.filter { matched[$0] }, listCount: elements.count)
    }
}

extension TrunkList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    /// The first position: 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of trunks.
    public var endIndex: Int { elements.count }

    /// The trunk at `position`; setting it updates the search keys and sort orders in step.
    public subscript(position: Int) -> Trunk {
        // Lent, not copied: scanning the list for an id must not copy every trunk.
        _read { yield elements[position] }
        set { replace(at: position, with: newValue) }
    }

    /// Replaces the trunks of `range` with `newElements`: the only way trunks enter or leave.
    public mutating func replaceSubrange<Trunks: Collection>(_ range: Range<Int>, with newElements: Trunks)
    where Trunks.Element == Trunk {
        if !range.isEmpty || newElements.isEmpty { invalidateAnswers() }
        if !range.isEmpty {
            search.remove(range)
            sortOrders.removed(range)
            elements.removeSubrange(range)
        }
        guard !newElements.isEmpty else { return }
        var fresh = Array(newElements)
        for index in fresh.indices { interner.intern(&fresh[index].callbackUrl) }
        search.insert(&fresh, at: range.lowerBound)
        elements.insert(contentsOf: fresh, at: range.lowerBound)
        let inserted = range.lowerBound..<range.lowerBound + fresh.count
        sortOrders.inserted(inserted, in: elements, keys: search)
        if range.isEmpty { carryAnswer(acrossInsertionAt: inserted) }
    }

    /// Makes room for `count` trunks and their keys, so that reaching it moves nothing.
    public mutating func reserveCapacity(_ count: Int) {
        guard elements.capacity < count else { return }
        elements.reserveCapacity(count)
        search.reserveCapacity(count)
    }

    /// Empties the list and everything kept beside it.
    public mutating func removeAll(keepingCapacity keepCapacity: Bool = false) {
        self = TrunkList()
    }

    /// Removes the trunks for which `shouldBeRemoved` is true, keeping the others' keys.
    public mutating func removeAll(where shouldBeRemoved: (Trunk) throws -> Bool) rethrows {
        let kept = try elements.indices.filter { try !shouldBeRemoved(elements[$0]) }
        guard kept.count != elements.count else { return }
        rearrange(kept)
    }

    /// Sorts the trunks in place by `areInIncreasingOrder` (the same order `Array.sort` gives),
    /// moving their keys with them.
    public mutating func sort(by areInIncreasingOrder: (Trunk, Trunk) throws -> Bool) rethrows {
        let order = try elements.indices.sorted { try areInIncreasingOrder(elements[$0], elements[$1]) }
        guard order != Array(elements.indices) else { return }
        rearrange(order)
    }

    /// The trunks become those at `positions`, in that order.
    private mutating func rearrange(_ positions: [Int]) {
        invalidateAnswers()
        search.keep(positions)
        sortOrders.keep(positions, oldCount: elements.count)
        let old = elements
        elements = positions.map { old[$0] }
    }

    private mutating func replace(at position: Int, with trunk: Trunk) {
        let old = elements[position]
        guard old != trunk else { return }
        invalidateAnswers()
        var new = trunk
        interner.intern(&new.callbackUrl)
        search.replace(at: position, with: &new)
        elements[position] = new
        sortOrders.replaced(at: position, old: old, in: elements, keys: search)
    }

    private mutating func invalidateAnswers() {
        answers.removeAll()
    }
}

extension TrunkList: ExpressibleByArrayLiteral, Equatable {
    /// A list of the given trunks.
    public init(arrayLiteral trunks: Trunk...) {
        self.init(trunks)
    }

    /// Lists are equal when they hold equal trunks in the same order.
    public static func == (lhs: TrunkList, rhs: TrunkList) -> Bool {
        lhs.elements == rhs.elements
    }
}
