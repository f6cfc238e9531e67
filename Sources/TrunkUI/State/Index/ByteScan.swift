import Foundation

/// Byte-level helpers of the search index: lower-casing into a buffer and finding a word.
enum ByteScan {
    /// `byte` with ASCII upper-case letters made lower-case.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Appends `text.lowercased()` as UTF-8, without building a string when it is all ASCII;
    /// other text in its composed form (NFC), so that "ü" typed finds "u" + combining diaeresis.
    static func appendLowercased(_ text: String, to buffer: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { buffer.append(lowercased(byte)) }
        } else {
            buffer += text.lowercased().precomposedStringWithCanonicalMapping.utf8
        }
    }

    /// True when `needle` occurs in `haystack`: `memchr` finds each place the first byte occurs
    /// (vectorised in the C library), the next byte and `memcmp` check the rest there.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
