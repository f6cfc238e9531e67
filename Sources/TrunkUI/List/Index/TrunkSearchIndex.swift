import FoundationEssentials
import TrunkModel

/// What a filter keystroke searches, one entry per loaded trunk in list position order: the
/// trunk's lower-cased name, reference, SIP username and tech prefix (`ByteScan.appendField`) in
/// one byte buffer, its SIP addresses, RTP addresses and prefixes as ids of `SearchLists` (each
/// distinct list held once, its networks parsed once), a `ByteMask` of all of that, and the first
/// eight bytes of its lower-cased id and Twilio account SID (words match their start). Entries are
/// added, replaced and dropped with the trunks (`TrunkList`), so no keystroke builds anything: a
/// one-character word is answered by the masks, a longer one scans only the trunks whose mask
/// holds all its bytes, and each distinct list once; an address or network is compared with each
/// distinct list's networks once. Terms mean what `TrunkSearch` says.
/// Sorting reads the ids' sort codes and the lower-cased names from here too (`forEachSortKey`):
/// they lie in order in memory, the trunks' own strings do not.
///
/// A value owned by `TrunkList`; not shared between threads.
struct TrunkSearchIndex: Sendable {
    /// One trunk's keys.
    private struct Entry: Sendable {
        /// Every byte of the text and the lists.
        var mask: ByteMask
        /// `ByteScan.idPrefix` of the id.
        var idPrefix: UInt64
        /// `ListSortKey.code` of the id.
        var idCode: UInt64
        /// `ByteScan.idPrefix` of the Twilio account SID (0 without one).
        var sidPrefix: UInt64
        /// Where the name, reference, username and tech prefix are in `bytes`: from `start` for
        /// `count` bytes, the username from `start + userStart`, the tech prefix from `start + techStart`.
        var start: UInt32
        var count: UInt32
        var userStart: UInt32
        var techStart: UInt32
        /// SIP addresses, RTP addresses, prefixes (`SearchLists.none` when absent).
        var sipList: UInt32
        var rtpList: UInt32
        var prefixList: UInt32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    private var lists = SearchLists()
    /// Bytes of `bytes` still referenced by an entry; the rest was left by replaced or removed trunks.
    private var liveBytes = 0

    /// Entries held: one per trunk.
    var count: Int { entries.count }

    /// Makes room for the keys of `count` trunks.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Adds the keys of `trunks`, placed at `position` and after; their address and prefix lists
    /// become the equal ones held (`SearchLists`).
    mutating func insert(_ trunks: inout [Trunk], at position: Int) {
        var made: [Entry] = []
        made.reserveCapacity(trunks.count)
        for index in trunks.indices { made.append(makeEntry(&trunks[index])) }
        entries.insert(contentsOf: made, at: position)
    }

    /// The trunk at `position` changed: its keys are made again (its lists shared as in `insert`).
    mutating func replace(at position: Int, with trunk: inout Trunk) {
        liveBytes -= Int(entries[position].count)
        entries[position] = makeEntry(&trunk)
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
        if entries.isEmpty { self = TrunkSearchIndex() }
        compactIfWasteful()
    }

    /// The positions of `candidates` whose trunks (in `trunks`) match every term, in the same
    /// order (see `TrunkSearch.match`).
    func positions(of candidates: [Int], matchingAll terms: [FilterTerm], in trunks: [Trunk]) -> [Int] {
        guard !terms.isEmpty else { return candidates }
        let words = terms.map { SearchWord($0.text) }
        let wordBytes = words.flatMap(\.bytes)
        var found: [Int] = []
        found.reserveCapacity(min(candidates.count, 1024))
        var inLists = words.map { _ in SearchLists.Matches(lists) }
        entries.withUnsafeBufferPointer { entries in
            bytes.withUnsafeBufferPointer { text in
                wordBytes.withUnsafeBufferPointer { wordBytes in
                    var probes: [WordProbe] = []
                    var start = 0
                    for (word, term) in zip(words, terms) {
                        probes.append(WordProbe(word, term, bytes: UnsafeBufferPointer(rebasing: wordBytes[start..<start + word.bytes.count])))
                        start += word.bytes.count
                    }
                    trunks.withUnsafeBufferPointer { trunks in
                        candidates: for position in candidates {
                            let entry = entries[position]
                            for index in probes.indices
                            where !matches(probes[index], entry, text, trunks, position, &inLists[index]) {
                                continue candidates
                            }
                            found.append(position)
                        }
                    }
                }
            }
        }
        return found
    }

    /// True when the trunk of `entry` (`trunks[position]`, read only where the keys cannot answer)
    /// matches `probe`; `inLists` remembers which lists hold the probe's word or network.
    private func matches(_ probe: WordProbe, _ entry: Entry, _ text: UnsafeBufferPointer<UInt8>,
                         _ trunks: UnsafeBufferPointer<Trunk>, _ position: Int, _ inLists: inout SearchLists.Matches) -> Bool {
        if let network = probe.network {
            return (probe.sip && entry.sipList != SearchLists.none && inLists.overlaps(entry.sipList, network, in: lists))
                || (probe.rtp && entry.rtpList != SearchLists.none && inLists.overlaps(entry.rtpList, network, in: lists))
        }
        let start = Int(entry.start)
        switch probe.scope {
        case .anything:
            // The value is one compare; the text may be a scan.
            if let value = probe.value, value.holds(trunks[position]) { return true }
            return matchesText(probe, entry, text, trunks, position, &inLists)
        case .addresses, .sipAddresses, .rtpAddresses:
            guard entry.mask.holds(probe.mask) else { return false }
            return (probe.sip && entry.sipList != SearchLists.none && inLists.contains(entry.sipList, probe.bytes, in: lists))
                || (probe.rtp && entry.rtpList != SearchLists.none && inLists.contains(entry.rtpList, probe.bytes, in: lists))
        case .username:
            guard entry.mask.holds(probe.mask) else { return false }
            return ByteScan.contains(UnsafeBufferPointer(rebasing: text[start + Int(entry.userStart)..<start + Int(entry.techStart)]), probe.bytes)
        case .techPrefix:
            guard entry.mask.holds(probe.mask) else { return false }
            return ByteScan.contains(UnsafeBufferPointer(rebasing: text[start + Int(entry.techStart)..<start + Int(entry.count)]), probe.bytes)
        case .twilioSid:
            return startsSID(probe, entry, trunks, position)
        case .destinationPrefixes:
            guard entry.mask.holds(probe.mask) else { return false }
            return entry.prefixList != SearchLists.none && inLists.contains(entry.prefixList, probe.bytes, in: lists)
        }
    }

    /// A free word as text: the start of the id or SID, in the text, or in a list.
    private func matchesText(_ probe: WordProbe, _ entry: Entry, _ text: UnsafeBufferPointer<UInt8>,
                             _ trunks: UnsafeBufferPointer<Trunk>, _ position: Int, _ inLists: inout SearchLists.Matches) -> Bool {
        if let single = probe.single {
            return entry.idPrefix >> 56 == UInt64(single) || entry.sidPrefix >> 56 == UInt64(single) || entry.mask.contains(single)
        }
        if entry.idPrefix & probe.idMask == probe.idCode,
           probe.bytes.count <= 8 || ByteScan.lowercasedID(trunks[position].id, startsWith: probe.bytes) {
            return true
        }
        if startsSID(probe, entry, trunks, position) { return true }
        guard entry.mask.holds(probe.mask) else { return false }
        if ByteScan.contains(UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.start + entry.count)]), probe.bytes) {
            return true
        }
        return (entry.sipList != SearchLists.none && inLists.contains(entry.sipList, probe.bytes, in: lists))
            || (entry.rtpList != SearchLists.none && inLists.contains(entry.rtpList, probe.bytes, in: lists))
            || (entry.prefixList != SearchLists.none && inLists.contains(entry.prefixList, probe.bytes, in: lists))
    }

    /// True when the trunk's Twilio account SID starts with the probe's word.
    private func startsSID(_ probe: WordProbe, _ entry: Entry, _ trunks: UnsafeBufferPointer<Trunk>, _ position: Int) -> Bool {
        guard entry.sidPrefix != 0, entry.sidPrefix & probe.idMask == probe.idCode else { return false }
        return probe.bytes.count <= 8
            || ByteScan.lowercasedID(trunks[position].authenticationMethod?.twilioAccountSid ?? "", startsWith: probe.bytes)
    }

    /// The `ListSortKey.code` of the id of the trunk at `position`.
    func idCode(at position: Int) -> UInt64 {
        entries[position].idCode
    }

    /// Calls `body` for every position in order with its id's `ListSortKey.code` and the bytes of
    /// its lower-cased name as the search text holds them (ASCII names exactly; a NUL or a byte
    /// above 127 means the name must be read from the trunk).
    func forEachSortKey(_ body: (_ position: Int, _ idCode: UInt64, _ name: UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { text in
            for (position, entry) in entries.enumerated() {
                let field = UnsafeBufferPointer(rebasing: text[Int(entry.start)..<Int(entry.start + entry.count)])
                let end = field.firstIndex(of: 0x0A) ?? field.count
                body(position, entry.idCode, UnsafeBufferPointer(rebasing: field[0..<end]))
            }
        }
    }

    /// A term with its word's bytes pinned for one scan, its first eight bytes as an id or SID
    /// prefix (`idCode`, and `idMask` over the bytes it has; a word with a NUL byte never matches
    /// there), its network, and the token a known value stands for.
    private struct WordProbe {
        let bytes: UnsafeBufferPointer<UInt8>
        let mask: ByteMask
        let single: UInt8?
        let idCode: UInt64
        let idMask: UInt64
        let scope: FilterTerm.Scope
        let network: SearchNetwork?
        let sip: Bool
        let rtp: Bool
        let value: TokenValueCheck?

        init(_ word: SearchWord, _ term: FilterTerm, bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            mask = word.mask
            single = word.single
            scope = term.scope
            network = term.network.map(SearchNetwork.init)
            sip = term.looksInSip
            rtp = term.looksInRtp
            value = term.value.map(TokenValueCheck.init)
            var code: UInt64 = 0, mask: UInt64 = 0
            for byte in word.bytes.prefix(8) {
                code = code << 8 | UInt64(byte)
                mask = mask << 8 | 0xFF
            }
            let shift = 8 * UInt64(8 - min(word.bytes.count, 8))
            let hasNUL = word.bytes.contains(0)
            idCode = word.bytes.isEmpty ? 0 : (hasNUL ? UInt64.max : code << shift)
            idMask = word.bytes.isEmpty ? 0 : (hasNUL ? 0 : mask << shift)
        }
    }

    private mutating func makeEntry(_ trunk: inout Trunk) -> Entry {
        let start = bytes.count
        ByteScan.appendField(trunk.name, to: &bytes)
        ByteScan.appendField(trunk.externalReferenceId, to: &bytes)
        let userStart = bytes.count - start
        ByteScan.appendField(trunk.authenticationMethod?.username, to: &bytes)
        let techStart = bytes.count - start
        ByteScan.appendField(trunk.authenticationMethod?.techPrefix, to: &bytes)
        liveBytes += bytes.count - start
        var mask = ByteMask(bytes: bytes[start...])
        var sipList = SearchLists.none
        if var method = trunk.authenticationMethod, method.allowedSipIps != nil {
            sipList = lists.id(of: &method.allowedSipIps, mask: &mask)
            trunk.authenticationMethod = method
        }
        let rtpList = lists.id(of: &trunk.allowedRtpIps, mask: &mask)
        let prefixList = lists.id(of: &trunk.dstPrefixes, mask: &mask)
        let sid = trunk.authenticationMethod?.twilioAccountSid ?? ""
        return Entry(mask: mask, idPrefix: ByteScan.idPrefix(trunk.id), idCode: ListSortKey.code(trunk.id),
                     sidPrefix: sid.isEmpty ? 0 : ByteScan.idPrefix(sid),
                     start: UInt32(start), count: UInt32(bytes.count - start),
                     userStart: UInt32(userStart), techStart: UInt32(techStart),
                     sipList: sipList, rtpList: rtpList, prefixList: prefixList)
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
}
