import TrunkModel

/// The list's display orders by column, remembered: a sort by a column is computed once (keys
/// made once per trunk, compared mostly as integers, `ListSortKey`), and kept up to date as
/// trunks arrive, change or leave, so that neither `s` nor a page arriving sorts everything again.
///
/// Orders are positions in `TrunkList`; the last `limit` sorts asked for are kept. A value owned
/// by `TrunkList`; not shared between threads.
struct ListSortOrders: Sendable {
    private var kept: [(sort: ListSort, order: [Int])] = []
    private var decimals = ListSortKey.Decimals()
    /// Server order: every position as it stands (kept, so a keystroke does not build it).
    private var identity: [Int] = []
    /// Each position's place in the name order, which orders equal keys of the other columns;
    /// nil once trunks changed (made again when a column is next sorted).
    private var nameRanks: [Int32]?
    /// Sorts kept: both directions of the column shown and of the one before.
    static let limit = 4

    /// Forgets every order.
    mutating func removeAll() {
        kept.removeAll()
        nameRanks = nil
    }

    /// Positions of `trunks` in `sort`'s order (server order: as they stand); `keys` is their
    /// search index.
    mutating func order(for sort: ListSort, of trunks: [Trunk], keys: TrunkSearchIndex) -> [Int] {
        guard let column = sort.column else {
            if identity.count != trunks.count { identity = Array(trunks.indices) }
            return identity
        }
        if let index = kept.firstIndex(where: { $0.sort == sort }) {
            let entry = kept.remove(at: index)
            kept.append(entry)
            return entry.order
        }
        // Both directions at once: `S` after `s` costs nothing.
        let ranks = column == .name ? nil : ranksByName(of: trunks, keys: keys)
        var sorter = ColumnSorter(trunks, keys: keys, column: column, nameRanks: ranks)
        let orders = sorter.sorted(of: trunks)
        let other = ListSort(column: column, descending: !sort.descending)
        kept.removeAll { $0.sort == other }
        kept.append((other, sort.descending ? orders.ascending : orders.descending))
        kept.append((sort, sort.descending ? orders.descending : orders.ascending))
        if kept.count > Self.limit { kept.removeFirst(kept.count - Self.limit) }
        return kept[kept.count - 1].order
    }

    /// Each position's place in the name order: from the name order kept, else sorted once.
    private mutating func ranksByName(of trunks: [Trunk], keys: TrunkSearchIndex) -> [Int32] {
        if let nameRanks, nameRanks.count == trunks.count { return nameRanks }
        let byName = ListSort(column: .name)
        let ascending = kept.first { $0.sort == byName }?.order
            ?? { var sorter = ColumnSorter(trunks, keys: keys, column: .name, nameRanks: nil)
                 return sorter.sorted(of: trunks).ascending }()
        let ranks = ColumnSorter.ranks(of: ascending)
        nameRanks = ranks
        return ranks
    }

    /// Trunks were inserted at `range` (those at and after its start moved up): the order shown
    /// takes them in by binary search, comparing with keys made only for the trunks compared (ids'
    /// codes from `keys`), and in place; other orders are dropped (sorted again if asked for), so
    /// a page costs one merge.
    mutating func inserted(_ range: Range<Int>, in trunks: [Trunk], keys: TrunkSearchIndex) {
        guard !range.isEmpty else { return }
        nameRanks = nil
        if kept.count > 1 { kept.removeFirst(kept.count - 1) }
        let start = range.lowerBound, shift = range.count
        for index in kept.indices {
            guard let column = kept[index].sort.column else { continue }
            let descending = kept[index].sort.descending
            var order = kept[index].order
            kept[index].order = []
            for slot in order.indices where order[slot] >= start { order[slot] += shift }
            var fresh: [(position: Int, key: ListSortKey)] = []
            for position in range {
                fresh.append((position, ListSortKey(trunks, position, column, idCode: keys.idCode(at: position), decimals: &decimals)))
            }
            fresh.sort { ListSortKey.precedes($0.key, $1.key, descending: descending) }
            var places: [Int] = []
            var from = 0
            for item in fresh {
                from = firstAfter(item.key, in: order, from: from, column: column, descending: descending, trunks: trunks, keys: keys)
                places.append(from)
            }
            Self.merge(fresh.map(\.position), at: places, into: &order)
            kept[index].order = order
        }
    }

    /// Puts `items[i]` before the element at `places[i]` of `order` (places ascending), moving the
    /// elements from the back so that nothing is copied twice.
    private static func merge(_ items: [Int], at places: [Int], into order: inout [Int]) {
        var source = order.count
        order.append(contentsOf: repeatElement(0, count: items.count))
        var target = order.count
        for index in items.indices.reversed() {
            while source > places[index] {
                source -= 1
                target -= 1
                order[target] = order[source]
            }
            target -= 1
            order[target] = items[index]
        }
    }

    /// The trunk at `position` changed from `old`: each kept order where it sorts elsewhere now
    /// moves it.
    mutating func replaced(at position: Int, old: Trunk, in trunks: [Trunk], keys: TrunkSearchIndex) {
        if old.name != trunks[position].name { nameRanks = nil }
        for index in kept.indices {
            guard let column = kept[index].sort.column else { continue }
            let key = ListSortKey(trunks, position, column, idCode: keys.idCode(at: position), decimals: &decimals)
            let before = ListSortKey([old], 0, column, idCode: ListSortKey.code(old.id), decimals: &decimals)
            guard !ListSortKey.same(before, key) else { continue }
            var order = kept[index].order
            order.removeAll { $0 == position }
            let place = firstAfter(key, in: order, from: 0, column: column, descending: kept[index].sort.descending,
                                   trunks: trunks, keys: keys)
            order.insert(position, at: place)
            kept[index].order = order
        }
    }

    /// The trunks now are those of `positions` (old positions), in that order.
    mutating func keep(_ positions: [Int], oldCount: Int) {
        nameRanks = nil
        var newPosition = [Int](repeating: -1, count: oldCount)
        for (new, old) in positions.enumerated() { newPosition[old] = new }
        for index in kept.indices {
            kept[index].order = kept[index].order.compactMap { newPosition[$0] >= 0 ? newPosition[$0] : nil }
        }
    }

    /// Trunks at `range` were removed (those after it moved down).
    mutating func removed(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        nameRanks = nil
        for index in kept.indices {
            kept[index].order = kept[index].order.compactMap { position in
                if position < range.lowerBound { return position }
                return position >= range.upperBound ? position - range.count : nil
            }
        }
    }

    /// The first place in `order` at or after `from` whose trunk sorts after `key`: galloping
    /// from `from` (pages often arrive in order), then halving.
    private mutating func firstAfter(_ key: ListSortKey, in order: [Int], from: Int, column: ListColumn,
                                     descending: Bool, trunks: [Trunk], keys: TrunkSearchIndex) -> Int {
        func isAfter(_ place: Int) -> Bool {
            let position = order[place]
            let other = ListSortKey(trunks, position, column, idCode: keys.idCode(at: position), decimals: &decimals)
            return ListSortKey.precedes(key, other, descending: descending)
        }
        var low = from, step = 1
        var high = from
        while high < order.count && !isAfter(high) {
            low = high + 1
            high = from + step
            step *= 2
        }
        high = min(high, order.count)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
