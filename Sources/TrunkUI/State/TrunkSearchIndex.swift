import Foundation
import TrunkModel

/// What a filter keystroke searches: each trunk's lower-cased id and search text (name, reference,
/// SIP and RTP addresses, prefixes) packed in byte buffers, a 128-bit mask of the bytes each trunk
/// holds, and every trunk's position in the current sort order. Built once per change of the
/// trunks, so that a keystroke only scans bytes, and only of trunks whose mask holds every byte of
/// the word. The answers to the queries typed since the filter last widened are kept: when the
/// query narrows one of them (every word grown at its end, every token kept) only that answer's
/// trunks are scanned again, and erasing back to one of them costs nothing.
/// Free words mean what `TrunkSearch` says.
///
/// A value owned by `AppState`; not shared between threads.
struct TrunkSearchIndex: Sendable {
    private var stale = true
    private var count = 0
    private var keysBuilt = false
    private var ids: [UInt8] = []
    private var idRanges: [Range<Int>] = []
    private var texts: [UInt8] = []
    private var textRanges: [Range<Int>] = []
    /// Per trunk, bit `b & 127` set when byte `b` occurs in its id or text: a word can only match
    /// a trunk whose mask holds every bit of the word's mask.
    private var masks: [ByteMask] = []
    private var order: [Int] = []
    private var orderSort: ListSort?
    /// Answers to recent queries, each narrowing the one below it (at most `historyLimit`).
    private var history: [(query: FilterQuery, matches: [Int])] = []
    private static let historyLimit = 32

    /// Forgets everything computed; the next search rebuilds from the trunks.
    mutating func markStale() {
        stale = true
    }

    /// Indices into `trunks` that match `query`, in `sort` order; all when the query is empty.
    mutating func matching(_ query: FilterQuery, in trunks: [Trunk], sort: ListSort) -> [Int] {
        if stale || count != trunks.count { forget(trunks) }
        if orderSort != sort { sortOrder(trunks, sort) }
        guard !query.isEmpty else {
            history.removeAll()
            return order
        }
        if !query.words.isEmpty && !keysBuilt { buildKeys(trunks) }
        // Drop the answers this query does not narrow; the top one left (if any) bounds the search.
        while let top = history.last, !query.narrows(top.query) { history.removeLast() }
        if let top = history.last, top.query.words == query.words && top.query.tokens == query.tokens {
            return top.matches
        }
        let candidates = history.last?.matches ?? order
        let words = query.words.map { Array($0.utf8) }
        let wordMasks = words.map(ByteMask.init(bytes:))
        var tokens = query
        tokens.words = []
        let found = ids.withUnsafeBufferPointer { idBytes in
            texts.withUnsafeBufferPointer { textBytes in
                candidates.filter { index in
                    for (word, mask) in zip(words, wordMasks) {
                        guard masks[index].holds(mask) else { return false }
                        let found = word.withUnsafeBufferPointer { needle in
                            Self.startsWith(UnsafeBufferPointer(rebasing: idBytes[idRanges[index]]), needle)
                                || Self.contains(UnsafeBufferPointer(rebasing: textBytes[textRanges[index]]), needle)
                        }
                        if !found { return false }
                    }
                    return tokens.isEmpty || tokens.matches(trunks[index])
                }
            }
        }
        if history.count == Self.historyLimit { history.removeFirst() }
        history.append((query, found))
        return found
    }

    /// True when `haystack` begins with `needle`.
    private static func startsWith(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard let start = haystack.baseAddress, let wanted = needle.baseAddress else { return true }
        // Most ids differ in the first byte: no call for them.
        guard start.pointee == wanted.pointee else { return false }
        return needle.count == 1 || memcmp(start + 1, wanted + 1, needle.count - 1) == 0
    }

    /// True when `needle` occurs in `haystack`: `memchr` finds each place the first byte occurs
    /// (vectorised in the C library), `memcmp` checks the rest there.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let wanted = needle.baseAddress else { return true }
        guard needle.count <= haystack.count, var start = haystack.baseAddress else { return false }
        let end = start + haystack.count
        let first = Int32(wanted.pointee)
        let rest = needle.count - 1
        while end - start > rest {
            guard let hit = memchr(start, first, end - start - rest) else { return false }
            let place = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if rest == 0 || (place[1] == wanted[1] && (rest == 1 || memcmp(place + 2, wanted + 2, rest - 1) == 0)) {
                return true
            }
            start = place + 1
        }
        return false
    }

    /// Drops what was computed for other trunks; keys are built when a query first needs them,
    /// so that loading pages without a filter costs nothing here.
    private mutating func forget(_ trunks: [Trunk]) {
        count = trunks.count
        stale = false
        keysBuilt = false
        orderSort = nil
        history.removeAll()
    }

    private mutating func buildKeys(_ trunks: [Trunk]) {
        ids.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        idRanges.removeAll(keepingCapacity: true)
        textRanges.removeAll(keepingCapacity: true)
        masks.removeAll(keepingCapacity: true)
        idRanges.reserveCapacity(trunks.count)
        textRanges.reserveCapacity(trunks.count)
        masks.reserveCapacity(trunks.count)
        for trunk in trunks {
            let idStart = ids.count
            Self.appendLowercased(trunk.id, to: &ids)
            idRanges.append(idStart..<ids.count)
            let textStart = texts.count
            // Fields are joined by a newline, which a filter typed on one line never contains.
            func add(_ field: String?) {
                if let field { Self.appendLowercased(field, to: &texts) }
                texts.append(0x0A)
            }
            add(trunk.name ?? "")
            add(trunk.externalReferenceId ?? "")
            for field in trunk.authenticationMethod?.allowedSipIps ?? [] { add(field) }
            for field in trunk.allowedRtpIps ?? [] { add(field) }
            for field in trunk.dstPrefixes ?? [] { add(field) }
            textRanges.append(textStart..<texts.count)
            masks.append(ByteMask(bytes: ids[idStart...]).union(ByteMask(bytes: texts[textStart...])))
        }
        keysBuilt = true
    }

    /// Appends `text.lowercased()` as UTF-8, without building a string when it is all ASCII.
    private static func appendLowercased(_ text: String, to buffer: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { buffer.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
        } else {
            buffer += text.lowercased().utf8
        }
    }

    private mutating func sortOrder(_ trunks: [Trunk], _ sort: ListSort) {
        order = sort.sorted(Array(trunks.indices), of: trunks)
        orderSort = sort
        history.removeAll()
    }
}

/// A set of bytes folded to 7 bits (`b & 127`): a cheap necessary condition for `contains`.
struct ByteMask: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            let bit = byte & 0x7F
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
    }

    /// Every byte of `self` and of `other`.
    func union(_ other: ByteMask) -> ByteMask {
        var result = self
        result.low |= other.low
        result.high |= other.high
        return result
    }

    /// True when every byte of `other` is in `self`.
    func holds(_ other: ByteMask) -> Bool {
        low & other.low == other.low && high & other.high == other.high
    }
}

extension FilterQuery {
    /// True when every trunk matching `self` also matches `earlier`: each earlier word is the
    /// start of one of these words (so an id prefix still holds), and each earlier token is kept.
    func narrows(_ earlier: FilterQuery) -> Bool {
        earlier.words.allSatisfy { old in words.contains { $0.hasPrefix(old) } }
            && earlier.tokens.allSatisfy { tokens.contains($0) }
    }
}
