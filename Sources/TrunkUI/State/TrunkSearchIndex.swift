import Foundation
import TrunkModel

/// What a filter keystroke searches: each trunk's lower-cased id and search text (name, reference,
/// SIP and RTP addresses, prefixes) packed in byte buffers, and every trunk's position in the
/// current sort order. Built once per change of the trunks, so that a keystroke only scans bytes;
/// when the filter text grows, only the trunks that matched before are scanned again.
///
/// A value owned by `AppState`; not shared between threads.
struct TrunkSearchIndex: Sendable {
    private var stale = true
    private var count = 0
    private var ids: [UInt8] = []
    private var idRanges: [Range<Int>] = []
    private var texts: [UInt8] = []
    private var textRanges: [Range<Int>] = []
    private var order: [Int] = []
    private var orderSort: ListSort?
    private var lastNeedle: [UInt8]?
    private var lastSort: ListSort?
    private var lastMatches: [Int] = []

    /// Forgets everything computed; the next search rebuilds from the trunks.
    mutating func markStale() {
        stale = true
    }

    /// Indices into `trunks` that match `needle` (any case), in `sort` order; all when `needle` is empty.
    mutating func matching(_ needle: String, in trunks: [Trunk], sort: ListSort) -> [Int] {
        if stale || count != trunks.count { rebuild(trunks) }
        if orderSort != sort { sortOrder(trunks, sort) }
        let bytes = Array(needle.lowercased().utf8)
        guard !bytes.isEmpty else {
            lastNeedle = nil
            return order
        }
        let candidates: [Int]
        if let last = lastNeedle, lastSort == sort, bytes.starts(with: last) {
            candidates = lastMatches
        } else {
            candidates = order
        }
        let found = candidates.filter { matches($0, bytes) }
        lastNeedle = bytes
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

    private mutating func rebuild(_ trunks: [Trunk]) {
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
        count = trunks.count
        stale = false
        orderSort = nil
        lastNeedle = nil
    }

    private mutating func sortOrder(_ trunks: [Trunk], _ sort: ListSort) {
        order = sort.sorted(Array(trunks.indices), of: trunks)
        orderSort = sort
        lastNeedle = nil
    }
}
