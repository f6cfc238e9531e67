import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel

/// Sorts every loaded trunk by one column at once, in exactly the order `ListSortKey` (and so
/// `ListSort.key`) gives: each trunk's key is made once and packed into integers, so that most
/// comparisons are integer compares. An ASCII text key becomes its first 15 bytes, big-endian and
/// zero-padded, then its length (16 for sixteen bytes or more): such codes order as the texts do,
/// and only texts of sixteen bytes or more that agree on the first fifteen compare the rest of
/// their bytes. Other texts compare as `String`s (Unicode order, like `ListSort.Key`). A number
/// becomes its bits, arranged to order as the numbers do. Equal keys go by name, then id: by each
/// trunk's place in the name order (`nameRanks`, one integer compare), or for the name column by id.
struct ColumnSorter {
    /// One trunk's packed key.
    private struct Item {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var idCode: UInt64
        var position: Int32
        /// Where the bytes after the first fifteen are (`tailRanges`), or which of `texts` is the
        /// key (`isUnicode`); -1 when the codes hold the whole key.
        var rest: Int32 = -1
        var isUnicode = false
    }

    private let column: ListColumn
    /// Each position's place in the name order (name, then id); nil for the name column itself.
    private let nameRanks: [Int32]?
    private var items: [Item] = []
    private var tails: [UInt8] = []
    private var tailRanges: [Range<Int>] = []
    private var texts: [String] = []

    /// Makes the keys of every trunk in `trunks` for `column`; ids' codes and lower-cased names
    /// come from `keys`, the trunks' search index. `nameRanks` (each position's place in the name
    /// order) orders equal keys; the name column needs none.
    init(_ trunks: [Trunk], keys: TrunkSearchIndex, column: ListColumn, nameRanks: [Int32]?) {
        precondition(column == .name || nameRanks?.count == trunks.count, "equal keys need the name order")
        self.column = column
        self.nameRanks = column == .name ? nil : nameRanks
        items.reserveCapacity(trunks.count)
        keys.forEachSortKey { position, idCode, name in
            var item = Item(idCode: idCode, position: Int32(position))
            switch column {
            case .limit: item.high = Self.orderedBits(ListSort.amount(trunks[position].thresholdAmount))
            case .spent: item.high = Self.orderedBits(ListSort.amount(trunks[position].spentAmount))
            case .usedShare:
                let spent = ListSort.amount(trunks[position].spentAmount)
                item.high = Self.orderedBits(ListSort.share(spent: spent, limit: ListSort.amount(trunks[position].thresholdAmount)))
            case .capacity: item.high = Self.orderedBits(Double(trunks[position].capacityLimit ?? Int.max))
            case .name where !name.contains(0) && pack(name, into: &item):
                break
            default:
                if case .text(let key) = ListSort.key(trunks[position], column), !pack(key.utf8, into: &item) {
                    markUnicode(key, &item)
                }
            }
            items.append(item)
        }
    }

    /// Each position's place in `ascending`, an order of every position.
    static func ranks(of ascending: [Int]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: ascending.count)
        for (rank, position) in ascending.enumerated() { ranks[position] = Int32(rank) }
        return ranks
    }

    /// Positions of `trunks` (those the keys were made of) in ascending and in descending key
    /// order; equal keys by name, then id, ascending, either way.
    mutating func sorted(of trunks: [Trunk]) -> (ascending: [Int], descending: [Int]) {
        let column = self.column, tails = self.tails, tailRanges = self.tailRanges, texts = self.texts
        let nameRanks = self.nameRanks
        func text(_ item: Item) -> String {
            if item.isUnicode { return texts[Int(item.rest)] }
            guard case .text(let key) = ListSort.key(trunks[Int(item.position)], column) else { return "" }
            return key
        }
        func keyOrder(_ a: Item, _ b: Item) -> Bool? {
            if a.isUnicode || b.isUnicode {
                let left = text(a), right = text(b)
                return left == right ? nil : left < right
            }
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            guard a.rest >= 0 && b.rest >= 0 else { return nil }
            let left = tailRanges[Int(a.rest)], right = tailRanges[Int(b.rest)]
            return tails.withUnsafeBufferPointer { bytes in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(bytes.baseAddress! + left.lowerBound, bytes.baseAddress! + right.lowerBound, common)
                if order != 0 { return order < 0 }
                return left.count == right.count ? nil : left.count < right.count
            }
        }
        items.sort { a, b in
            if let order = keyOrder(a, b) { return order }
            if let nameRanks { return nameRanks[Int(a.position)] < nameRanks[Int(b.position)] }
            if a.idCode != ListSortKey.unknownCode && b.idCode != ListSortKey.unknownCode {
                if a.idCode != b.idCode { return a.idCode < b.idCode }
                if a.idCode & 0xFF < 8 { return false }
            }
            return trunks[Int(a.position)].id < trunks[Int(b.position)].id
        }
        let ascending = items.map { Int($0.position) }
        // Descending: the runs of equal keys in reverse, each still by name and id, ascending.
        var descending: [Int] = []
        descending.reserveCapacity(items.count)
        var end = items.count
        while end > 0 {
            var start = end - 1
            while start > 0 && keyOrder(items[start - 1], items[start]) == nil { start -= 1 }
            descending += ascending[start..<end]
            end = start
        }
        return (ascending, descending)
    }

    /// Packs an all-ASCII key into the item's codes and its tail; false, with nothing packed, when
    /// a byte is not ASCII.
    private mutating func pack<Key: Sequence>(_ key: Key, into item: inout Item) -> Bool where Key.Element == UInt8 {
        var count = 0
        var high: UInt64 = 0, low: UInt64 = 0
        let tailStart = tails.count
        for byte in key {
            if byte >= 0x80 {
                tails.removeSubrange(tailStart...)
                return false
            }
            if count < 8 { high = high << 8 | UInt64(byte) } else if count < 15 { low = low << 8 | UInt64(byte) } else { tails.append(byte) }
            count += 1
        }
        if count < 8 { high <<= 8 * UInt64(8 - count) }
        let lowCount = max(0, min(count, 15) - 8)
        item.high = high
        item.low = (low << (8 * UInt64(7 - lowCount))) << 8 | UInt64(min(count, 16))
        if count >= 16 {
            item.rest = Int32(tailRanges.count)
            tailRanges.append(tailStart..<tails.count)
        } else {
            tails.removeSubrange(tailStart...)
        }
        return true
    }

    /// Marks the item's key as one compared as a `String`.
    private mutating func markUnicode(_ key: String, _ item: inout Item) {
        item.isUnicode = true
        item.rest = Int32(texts.count)
        texts.append(key)
    }

    /// The bits of `value` as an unsigned number that orders as the values do (zero without sign).
    private static func orderedBits(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | 1 << 63
    }
}
