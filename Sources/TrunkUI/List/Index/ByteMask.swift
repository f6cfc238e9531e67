/// The set of ASCII bytes a text holds, exactly, with every non-ASCII byte folded into bit 0 (a
/// NUL, which a filter line never holds): "the text holds this printable ASCII byte" is one bit
/// test, and "the text may hold this word" a cheap necessary condition before scanning bytes.
struct ByteMask: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The mask of `bytes`.
    init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { insert(byte) }
    }

    /// Adds `byte` (a non-ASCII byte as bit 0).
    mutating func insert(_ byte: UInt8) {
        let bit = byte < 0x80 ? byte : 0
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    /// True when `byte` was inserted; exact for ASCII bytes other than NUL.
    func contains(_ byte: UInt8) -> Bool {
        let bit = byte < 0x80 ? byte : 0
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    /// True when every byte of `other` is in `self`.
    func holds(_ other: ByteMask) -> Bool {
        low & other.low == other.low && high & other.high == other.high
    }
}
