import FoundationEssentials

/// One free word of a filter, prepared for scanning: its bytes (composed, as the index keeps
/// text), its `ByteMask`, and its byte when it is a single printable ASCII character (answered by
/// the masks alone, without a scan).
struct SearchWord: Sendable {
    let bytes: [UInt8]
    let mask: ByteMask
    /// The word's only byte when it is one printable ASCII character.
    let single: UInt8?

    /// `word` (already lower-cased, as `FilterQuery` keeps words).
    init(_ word: String) {
        bytes = word.utf8.allSatisfy { $0 < 0x80 } ? Array(word.utf8) : ByteScan.composed(word)
        mask = ByteMask(bytes: bytes)
        single = bytes.count == 1 && (0x20...0x7E).contains(bytes[0]) ? bytes[0] : nil
    }
}
