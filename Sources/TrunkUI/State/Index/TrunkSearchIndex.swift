import Foundation
import TrunkModel

/// What a filter keystroke searches, one entry per loaded trunk in list position order: the
/// trunk's lower-cased search text (name, reference, SIP and RTP addresses, prefixes, joined by
/// newlines) in one byte buffer, a `ByteMask` of that text, and the first byte of its lower-cased
/// id. Entries are added, replaced and dropped with the trunks (`TrunkList`), so no keystroke
/// builds anything: a one-character word is answered by the masks, a longer one scans only the
/// texts whose mask holds all its bytes. Free words mean what `TrunkSearch` says.
///
/// A value owned by `TrunkList`; not shared between threads.
struct TrunkSearchIndex: Sendable {
    /// One trunk's keys: where its text is in `bytes`, and what the text and id hold.
    private struct Entry: Sendable {
        var mask: ByteMask
        var start: UInt32
        var count: UInt32
        var idFirst: UInt8
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Bytes of `bytes` still referenced by an entry; the rest was left by replaced or removed trunks.
    private var liveBytes = 0

    /// Entries held: one per trunk.
    var count: Int { entries.count }

    /// Adds the keys of `trunks`, placed at `position` and after.
    mutating func insert<Trunks: Collection>(_ trunks: Trunks, at position: Int) where Trunks.Element == Trunk {
        var made: [Entry] = []
        made.reserveCapacity(trunks.count)
        for trunk in trunks { made.append(makeEntry(trunk)) }
        entries.insert(contentsOf: made, at: position)
    }

    /// The trunk at `position` changed: its keys are made again.
    mutating func replace(at position: Int, with trunk: Trunk) {
        liveBytes -= Int(entries[position].count)
        entries[position] = makeEntry(trunk)
        compactIfWasteful()
    }

    /// Keeps the entries of `positions`, in that order, as the new positions 0, 1, …: the trunks
    /// were removed (positions left out) or reordered.
    mutating func keep(_ positions: [Int]) {
        let old = entries
        entries = positions.map { old[$0] }
        liveBytes = entries.reduce(0) { $0 + Int($1.count) }
        compactIfWasteful()
    }

    /// Drops the entries of `range`.
    mutating func remove(_ range: Range<Int>) {
        liveBytes -= entries[range].reduce(0) { $0 + Int($1.count) }
        entries.removeSubrange(range)
        if entries.isEmpty {
            bytes.removeAll()
            liveBytes = 0
        }
        compactIfWasteful()
    }

    /// The positions of `candidates` whose trunks (in `trunks`) match every word, in the same
    /// order: a trunk matches a word when its id starts with it or its text contains it.
    func positions(of candidates: [Int], matchingAll words: [SearchWord], in trunks: [Trunk]) -> [Int] {
        guard !words.isEmpty else { return candidates }
        let wordBytes = words.flatMap(\.bytes)
        return entries.withUnsafeBufferPointer { entries in
            bytes.withUnsafeBufferPointer { text in
                wordBytes.withUnsafeBufferPointer { wordBytes in
                    var probes: [WordProbe] = []
                    var start = 0
                    for word in words {
                        probes.append(WordProbe(word, bytes: UnsafeBufferPointer(rebasing: wordBytes[start..<start + word.bytes.count])))
                        start += word.bytes.count
                    }
                    return candidates.filter { position in
                        let entry = entries[position]
                        for probe in probes where !Self.matches(probe, entry, text, id: { trunks[position].id }) { return false }
                        return true
                    }
                }
            }
        }
    }

    /// A word with its bytes pinned for one scan.
    private struct WordProbe {
        let bytes: UnsafeBufferPointer<UInt8>
        let mask: ByteMask
        let first: UInt8
        let single: UInt8?

        init(_ word: SearchWord, bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            mask = word.mask
            first = word.bytes.first ?? 0
            single = word.single
        }
    }

    private static func matches(_ probe: WordProbe, _ entry: Entry, _ text: UnsafeBufferPointer<UInt8>,
                                id: () -> String) -> Bool {
        if let single = probe.single { return entry.idFirst == single || entry.mask.contains(single) }
        if entry.idFirst == probe.first, lowercasedID(id(), startsWith: probe.bytes) { return true }
        guard entry.mask.holds(probe.mask) else { return false }
        return ByteScan.contains(UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.start + entry.count)]), probe.bytes)
    }

    private mutating func makeEntry(_ trunk: Trunk) -> Entry {
        let start = bytes.count
        var mask = ByteMask(bytes: [])
        // Fields are joined by a newline, which a filter typed on one line never contains.
        func add(_ field: String?) {
            if let field { ByteScan.appendLowercased(field, to: &bytes) }
            bytes.append(0x0A)
        }
        add(trunk.name)
        add(trunk.externalReferenceId)
        for field in trunk.authenticationMethod?.allowedSipIps ?? [] { add(field) }
        for field in trunk.allowedRtpIps ?? [] { add(field) }
        for field in trunk.dstPrefixes ?? [] { add(field) }
        for byte in bytes[start...] { mask.insert(byte) }
        liveBytes += bytes.count - start
        return Entry(mask: mask, start: UInt32(start), count: UInt32(bytes.count - start),
                     idFirst: Self.lowercasedFirstByte(trunk.id))
    }

    /// Copies the texts still in use together once most of the buffer is left over from trunks
    /// that were replaced or removed.
    private mutating func compactIfWasteful() {
        guard bytes.count > 4096, liveBytes < bytes.count / 2 else { return }
        var packed: [UInt8] = []
        packed.reserveCapacity(liveBytes)
        for index in entries.indices {
            let start = Int(entries[index].start)
            entries[index].start = UInt32(packed.count)
            packed += bytes[start..<start + Int(entries[index].count)]
        }
        bytes = packed
    }

    private static func lowercasedFirstByte(_ id: String) -> UInt8 {
        guard let first = id.utf8.first else { return 0 }
        return first < 0x80 ? ByteScan.lowercased(first) : id.lowercased().precomposedStringWithCanonicalMapping.utf8.first ?? 0
    }

    /// True when `id.lowercased()` starts with `word`, without building a string for an ASCII id.
    private static func lowercasedID(_ id: String, startsWith word: UnsafeBufferPointer<UInt8>) -> Bool {
        var utf8 = id.utf8.makeIterator()
        for wanted in word {
            guard let byte = utf8.next() else { return false }
            if byte >= 0x80 { return Array(id.lowercased().precomposedStringWithCanonicalMapping.utf8).starts(with: word) }
            if ByteScan.lowercased(byte) != wanted { return false }
        }
        return true
    }
}
