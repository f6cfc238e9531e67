import FoundationEssentials
import TrunkModel

/// One trunk's place in a sort by one column: the key `ListSort.key` defines, then the trunk's
/// lower-cased name and its id (ties go by name, then by id, ascending either way). The key and
/// the id have a 64-bit code that decides most comparisons without comparing strings; names are
/// compared only when keys tie (`nameOrder`: ASCII without lower-casing a copy).
///
/// The code of an ASCII text is its first seven bytes, big-endian and zero-padded, then its length
/// (8 for eight bytes or more): codes order as the texts do, and equal codes below length 8 mean
/// equal texts. Any other text gets `unknownCode` and is compared as a `String` (Unicode order, as
/// `ListSort.Key` is), so the order is exactly the one `ListSort.key` gives.
struct ListSortKey: Sendable {
    private var text: String?
    private var textCode: UInt64 = 0
    private var number: Double = 0
    /// The trunk's name as it is (lower-cased only where compared).
    private let name: String?
    private let id: String
    private let idCode: UInt64

    /// The code of a text that is not all ASCII: such texts compare as `String`s.
    static let unknownCode = UInt64.max

    /// The key of `trunks[position]` for `column`, whose id's `code` is `idCode` (kept by the
    /// search index); `decimals` remembers the values of amounts. Given the array, not the trunk, and inlined: the key reads the fields it needs where
    /// they are instead of copying the trunk.
    @inline(__always)
    init(_ trunks: [Trunk], _ position: Int, _ column: ListColumn, idCode: UInt64, decimals: inout Decimals) {
        id = trunks[position].id
        self.idCode = idCode
        name = trunks[position].name
        switch column {
        case .limit:
            number = decimals.value(of: trunks[position].thresholdAmount)
        case .spent:
            number = decimals.value(of: trunks[position].spentAmount)
        case .usedShare:
            number = ListSort.share(spent: decimals.value(of: trunks[position].spentAmount),
                                    limit: decimals.value(of: trunks[position].thresholdAmount))
        case .capacity:
            number = Double(trunks[position].capacityLimit ?? Int.max)
        default:
            guard case .text(let key) = ListSort.key(trunks[position], column) else { return }
            text = key
            textCode = Self.code(key)
        }
    }

    /// True when `a` comes before `b` in ascending (`descending` false) or descending key order;
    /// equal keys by name, then by id, ascending.
    static func precedes(_ a: ListSortKey, _ b: ListSortKey, descending: Bool) -> Bool {
        if let order = keyOrder(a, b) { return descending ? !order : order }
        if let order = nameOrder(a.name, b.name) { return order }
        return idPrecedes(a, b)
    }

    /// True when the two keys sort together (same key, same name, same id).
    static func same(_ a: ListSortKey, _ b: ListSortKey) -> Bool {
        keyOrder(a, b) == nil && nameOrder(a.name, b.name) == nil && a.id == b.id
    }

    /// Whether name `a` comes before `b` lower-cased, as the name column orders them (no name as
    /// ""); nil when they are equal so. ASCII is compared byte by byte, lower-casing each byte, up
    /// to the first difference; that decides unless a byte above 127 follows it or came before
    /// (a combining mark changes the character it follows), and then the lower-cased `String`s do.
    static func nameOrder(_ a: String?, _ b: String?) -> Bool? {
        let left = a ?? "", right = b ?? ""
        var lefts = left.utf8.makeIterator(), rights = right.utf8.makeIterator()
        while true {
            let x = lefts.next(), y = rights.next()
            guard let x else { return y == nil ? nil : true }
            guard let y else { return false }
            if x >= 0x80 || y >= 0x80 { break }
            let lowerX = ByteScan.lowercased(x), lowerY = ByteScan.lowercased(y)
            guard lowerX != lowerY else { continue }
            if (lefts.next() ?? 0) < 0x80 && (rights.next() ?? 0) < 0x80 { return lowerX < lowerY }
            break
        }
        let lower = left.lowercased(), other = right.lowercased()
        return lower == other ? nil : lower < other
    }

    /// Whether `a`'s key comes before `b`'s (true) or after (false); nil when they are equal.
    private static func keyOrder(_ a: ListSortKey, _ b: ListSortKey) -> Bool? {
        guard let left = a.text, let right = b.text else {
            return a.number == b.number ? nil : a.number < b.number
        }
        return textOrder(left, a.textCode, right, b.textCode)
    }

    /// Whether the text `left` (whose `code` is `leftCode`) comes before `right`; nil when equal.
    private static func textOrder(_ left: String, _ leftCode: UInt64, _ right: String, _ rightCode: UInt64) -> Bool? {
        if leftCode != unknownCode && rightCode != unknownCode {
            if leftCode != rightCode { return leftCode < rightCode }
            if leftCode & 0xFF < 8 { return nil }
        }
        return left == right ? nil : left < right
    }

    private static func idPrecedes(_ a: ListSortKey, _ b: ListSortKey) -> Bool {
        if a.idCode != unknownCode && b.idCode != unknownCode {
            if a.idCode != b.idCode { return a.idCode < b.idCode }
            if a.idCode & 0xFF < 8 { return false }
        }
        return a.id < b.id
    }

    /// The 64-bit code of `text` (see the type's comment). Only the first eight bytes are read: when
    /// they are ASCII, the first seven are as they are in the composed form that `String` compares.
    static func code(_ text: String) -> UInt64 {
        var code: UInt64 = 0
        var read = 0
        var bytes = text.utf8.makeIterator()
        while read < 8, let byte = bytes.next() {
            if byte >= 0x80 { return unknownCode }
            if read < 7 { code = code << 8 | UInt64(byte) }
            read += 1
        }
        let used = min(read, 7)
        let length = read < 8 ? read : 8
        return (code << (8 * UInt64(7 - used))) << 8 | UInt64(length)
    }
}

extension ListSortKey {
    /// Amount texts and their values as `ListSort.amount` reads them, remembered: a list holds few
    /// distinct thresholds (spends are mostly distinct, and read directly once this is full).
    struct Decimals: Sendable {
        private var known: [String: Double] = [:]
        private static let limit = 4096

        /// The sort value of `text`: its number, or -1 when there is none.
        mutating func value(of text: String?) -> Double {
            let text = text ?? ""
            if let value = known[text] { return value }
            let value = ListSort.amount(text)
            if known.count < Self.limit { known[text] = value }
            return value
        }
    }
}
