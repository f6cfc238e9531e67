import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server-side format checks for single values: IPv4/IPv6 addresses or CIDR subnets, HTTP(S)
/// callback URLs, destination prefixes and tech prefixes.
enum ValueRules {
    /// True for an IPv4 or IPv6 address, optionally with a `/prefix` in range (parsed with `inet_pton`).
    static func isAddressOrSubnet(_ text: String) -> Bool {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let address = String(parts[0])
        let maximumPrefix: Int
        if parses(address, family: AF_INET, byteCount: 4) {
            maximumPrefix = 32
        } else if parses(address, family: AF_INET6, byteCount: 16) {
            maximumPrefix = 128
        } else {
            return false
        }
        guard parts.count == 2 else { return true }
        let prefix = parts[1]
        guard !prefix.isEmpty, prefix.count <= 3, prefix.allSatisfy(\.isASCIIDigit), let length = Int(prefix) else {
            return false
        }
        return length <= maximumPrefix
    }

    /// True for an absolute `http` or `https` URL with a host.
    static func isHTTPURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// True for a destination prefix: one or more ASCII digits.
    static func isDestinationPrefix(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
    }

    /// True for a tech prefix of at most 8 characters from `0-9` and `#` (empty allowed).
    static func isTechPrefix(_ text: String) -> Bool {
        text.count <= 8 && text.allSatisfy { $0.isASCIIDigit || $0 == "#" }
    }

    /// The length as the server counts it: Unicode code points.
    static func length(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    private static func parses(_ address: String, family: Int32, byteCount: Int) -> Bool {
        var buffer = [UInt8](repeating: 0, count: byteCount)
        return address.withCString { inet_pton(family, $0, &buffer) } == 1
    }
}
