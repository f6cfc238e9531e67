import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers of the search index: lower-casing into a buffer and finding a word.
enum ByteScan {
    /// The UTF-8 of `text` in Unicode's composed normal form (NFC), so that "é" typed as one
    /// character or as "e" and an accent finds the same trunks.
    static func composed(_ text: String) -> [UInt8] {
        text._nfcCodeUnits
    }

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
            buffer += composed(text.lowercased())
        }
    }

    /// Appends `field` lower-cased (`appendLowercased`), a newline in it kept as a NUL, then a
    /// newline: fields joined so, a word typed on one line never matches across two of them.
    static func appendField(_ field: String?, to buffer: inout [UInt8]) {
        if let field {
            let start = buffer.count
            appendLowercased(field, to: &buffer)
            for index in start..<buffer.count where buffer[index] == 0x0A { buffer[index] = 0 }
        }
        buffer.append(0x0A)
    }

    /// The first eight bytes of `id.lowercased()`, big-endian, zero-padded: an id starts with a
    /// word of up to eight bytes (none of them NUL, as typed words are) when those bytes agree.
    static func idPrefix(_ id: String) -> UInt64 {
        var prefix: UInt64 = 0
        var count = 0
        func add(_ byte: UInt8) {
            prefix = prefix << 8 | UInt64(byte)
            count += 1
        }
        if id.utf8.prefix(9).allSatisfy({ $0 < 0x80 }) {
            for byte in id.utf8.prefix(8) { add(lowercased(byte)) }
        } else {
            for byte in composed(id.lowercased()).prefix(8) { add(byte) }
        }
        return count == 0 ? 0 : prefix << (8 * UInt64(8 - count))
    }

    /// True when `id.lowercased()` starts with `word`, without building a string for an ASCII id.
    static func lowercasedID(_ id: String, startsWith word: UnsafeBufferPointer<UInt8>) -> Bool {
        var utf8 = id.utf8.makeIterator()
        for wanted in word {
            guard let byte = utf8.next() else { return false }
            if byte >= 0x80 { return composed(id.lowercased()).starts(with: word) }
            if lowercased(byte) != wanted { return false }
        }
        return true
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
