import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// An IPv4 or IPv6 address or CIDR subnet, parsed with `inet_pton` (not pattern-matched).
public struct IPNetwork: Equatable, Sendable {
    public enum Family: Equatable, Sendable { case v4, v6 }

    public var family: Family
    /// The prefix length; 32 or 128 for a single address.
    public var prefixLength: Int
    /// The text as typed.
    public var text: String
    /// The address's bytes in network order: 4 for IPv4, 16 for IPv6.
    public var addressBytes: [UInt8]

    /// Parses "203.0.113.0/24", "2001:db8::1" and the like; nil when it is neither.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let address = parts.first, !address.isEmpty else { return nil }
        var buffer = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET, String(address), &buffer) == 1 {
            family = .v4
        } else if inet_pton(AF_INET6, String(address), &buffer) == 1 {
            family = .v6
        } else {
            return nil
        }
        let maximum = family == .v4 ? 32 : 128
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let length = Int(digits), length <= maximum else { return nil }
            prefixLength = length
        } else {
            prefixLength = maximum
        }
        self.text = text
        addressBytes = Array(buffer.prefix(family == .v4 ? 4 : 16))
    }

    /// True for 0.0.0.0/0 and ::/0: every address in the world.
    public var isEverything: Bool { prefixLength == 0 }

    /// True when this is one address, not a subnet ("203.0.113.7", "203.0.113.7/32", "2001:db8::1").
    public var isSingleAddress: Bool { prefixLength == (family == .v4 ? 32 : 128) }

    /// True when every address of `other` lies inside this network: same family, and the first
    /// `prefixLength` bits equal (`other`'s own prefix no shorter). An IPv4 address is never inside
    /// an IPv6 network, nor the reverse.
    public func contains(_ other: IPNetwork) -> Bool {
        guard family == other.family, other.prefixLength >= prefixLength else { return false }
        var bits = prefixLength
        for (mine, theirs) in zip(addressBytes, other.addressBytes) where bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if mine & mask != theirs & mask { return false }
            bits -= 8
        }
        return true
    }
}
