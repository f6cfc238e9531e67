import TrunkModel

/// An address or network for the search index: its 128 bits in two words (an IPv4 address in the
/// top 32) and its prefix length, so that "do these overlap" is a few masks and compares. Made
/// from an `IPNetwork` once, when a list is indexed or a term is prepared, never per trunk.
struct SearchNetwork: Equatable, Sendable {
    let isV6: Bool
    let length: Int
    let high: UInt64
    let low: UInt64

    init(_ network: IPNetwork) {
        isV6 = network.family == .v6
        length = network.prefixLength
        var high: UInt64 = 0, low: UInt64 = 0
        for (index, byte) in network.addressBytes.enumerated() {
            if index < 8 { high |= UInt64(byte) << UInt64(56 - 8 * index) } else { low |= UInt64(byte) << UInt64(56 - 8 * (index - 8)) }
        }
        self.high = high
        self.low = low
    }

    /// True when `self` and `other` share an address: same family, and equal over the shorter
    /// prefix (one holds the other). An address overlaps the networks it lies in.
    func overlaps(_ other: SearchNetwork) -> Bool {
        guard isV6 == other.isV6 else { return false }
        let bits = min(length, other.length)
        let highMask: UInt64 = bits >= 64 ? .max : (bits == 0 ? 0 : .max << UInt64(64 - bits))
        let lowMask: UInt64 = bits <= 64 ? 0 : (bits >= 128 ? .max : .max << UInt64(128 - bits))
        return (high ^ other.high) & highMask == 0 && (low ^ other.low) & lowMask == 0
    }
}
