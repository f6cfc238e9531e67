import TrunkModel

/// The address and prefix lists of the loaded trunks for the search index, each distinct list
/// kept once: its lower-cased text (items joined by newlines) in one byte buffer, and the
/// networks its items are (addresses and subnets), parsed once as the list is added. Trunks of one
/// account share a few lists, so a word is looked for in each list once per keystroke rather
/// than once per trunk (`Matches`), the text is held once, and the trunks are given the list
/// held, so that equal lists share one array (decoded, each trunk held its own copy: an
/// allocation for the array and for every item longer than 15 bytes).
///
/// Lists are only added (a list no trunk holds any more stays until the list is emptied); a value
/// owned by `TrunkSearchIndex`.
struct SearchLists: Sendable {
    /// The id of "no list" (nil or empty).
    static let none = UInt32.max

    private var ids: [[String]: UInt32] = [:]
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []
    /// Per list, its items that are addresses or networks.
    private var networks: [[SearchNetwork]] = []

    /// How many distinct lists are held.
    var count: Int { ranges.count }

    /// The id of `list`, adding its text when it is new; `none` for nil or an empty list. A list
    /// held already replaces `list` (equal values, one storage). The bytes of the text are added
    /// to `mask`.
    mutating func id(of list: inout [String]?, mask: inout ByteMask) -> UInt32 {
        guard let value = list, !value.isEmpty else { return Self.none }
        let id: UInt32
        if let known = ids.index(forKey: value) {
            id = ids[known].value
            list = ids[known].key
        } else {
            id = UInt32(ranges.count)
            let start = bytes.count
            for item in value { ByteScan.appendField(item, to: &bytes) }
            ranges.append(start..<bytes.count)
            networks.append(value.compactMap { IPNetwork($0).map(SearchNetwork.init) })
            ids[value] = id
        }
        for byte in bytes[ranges[Int(id)]] { mask.insert(byte) }
        return id
    }

    /// Which lists hold one word, found out once per list as the scan asks (`contains`).
    struct Matches {
        private var known: [UInt8]

        /// No list asked about yet, for `lists`.
        init(_ lists: SearchLists) {
            known = [UInt8](repeating: 0, count: lists.count)
        }

        /// True when list `id` (not `none`) of `lists` holds `word`.
        mutating func contains(_ id: UInt32, _ word: UnsafeBufferPointer<UInt8>, in lists: SearchLists) -> Bool {
            let index = Int(id)
            if known[index] == 0 {
                let found = lists.bytes.withUnsafeBufferPointer { text in
                    ByteScan.contains(UnsafeBufferPointer(rebasing: text[lists.ranges[index]]), word)
                }
                known[index] = found ? 2 : 1
            }
            return known[index] == 2
        }

        /// True when a network of list `id` (not `none`) of `lists` overlaps `network`.
        mutating func overlaps(_ id: UInt32, _ network: SearchNetwork, in lists: SearchLists) -> Bool {
            let index = Int(id)
            if known[index] == 0 {
                known[index] = lists.networks[index].contains { $0.overlaps(network) } ? 2 : 1
            }
            return known[index] == 2
        }
    }
}
