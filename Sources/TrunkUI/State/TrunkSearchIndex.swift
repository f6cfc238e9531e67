import Foundation
import TrunkModel

/// What a filter keystroke searches: each trunk's lower-cased id and search text (name, reference,
/// SIP and RTP addresses, prefixes) packed in byte buffers, and every trunk's position in the
/// current sort order. Built once per change of the trunks, so that a keystroke only scans bytes;
/// when the query only narrows the last one (every word grown at its end, every token kept), only
/// the trunks that matched before are scanned again. Free words mean what `TrunkSearch` says.
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
    private var order: [Int] = []
    private var orderSort: ListSort?
    private var lastQuery: FilterQuery?
    private var lastSort: ListSort?
    private var lastMatches: [Int] = []

    /// Forgets everything computed; the next search rebuilds from the trunks.
    mutating func markStale() {
        stale = true
    }

    /// Indices into `trunks` that match `query`, in `sort` order; all when the query is empty.
    mutating func matching(_ query: FilterQuery, in trunks: [Trunk], sort: ListSort) -> [Int] {
        if stale || count != trunks.count { forget(trunks) }
        if orderSort != sort { sortOrder(trunks, sort) }
        guard !query.isEmpty else {
            lastQuery = nil
            return order
        }
        if !query.words.isEmpty && !keysBuilt { buildKeys(trunks) }
        let candidates = lastQuery.map { query.narrows($0) } == true && lastSort == sort ? lastMatches : order
        let words = query.words.map { Array($0.utf8) }
        var tokens = query
        tokens.words = []
        let found = candidates.filter { index in
            words.allSatisfy { matches(index, $0) } && (tokens.isEmpty || tokens.matches(trunks[index]))
        }
        lastQuery = query
        lastSort = sort
        lastMatches = found
        return found
    }

    private func matches(_ index: Int, _ needle: [UInt8]) -> Bool {
        let id = idRanges[index]
        if id.count >= needle.count && ids[id.lowerBound..<(id.lowerBound + needle.count)].elementsEqual(needle) {
            return true
        }
        let text = textRanges[index]
        guard text.count >= needle.count else { return false }
        return texts.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { wanted in
                Self.contains(UnsafeBufferPointer(rebasing: buffer[text]), wanted)
            }
        }
    }

    /// True when `needle` (not empty) occurs in `haystack`.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = needle[0]
        let rest = needle.count - 1
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset <= rest && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset > rest { return true }
            }
            index += 1
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
        lastQuery = nil
    }

    private mutating func buildKeys(_ trunks: [Trunk]) {
        ids.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        idRanges.removeAll(keepingCapacity: true)
        textRanges.removeAll(keepingCapacity: true)
        for trunk in trunks {
            let idStart = ids.count
            ids += trunk.id.lowercased().utf8
            idRanges.append(idStart..<ids.count)
            let textStart = texts.count
            // Fields are joined by a newline, which a filter typed on one line never contains.
            let lists = (trunk.authenticationMethod?.allowedSipIps ?? []) + (trunk.allowedRtpIps ?? []) + (trunk.dstPrefixes ?? [])
            for field in [trunk.name ?? "", trunk.externalReferenceId ?? ""] + lists {
                texts += field.lowercased().utf8
                texts.append(0x0A)
            }
            textRanges.append(textStart..<texts.count)
        }
        keysBuilt = true
    }

    private mutating func sortOrder(_ trunks: [Trunk], _ sort: ListSort) {
        order = sort.sorted(Array(trunks.indices), of: trunks)
        orderSort = sort
        lastQuery = nil
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
