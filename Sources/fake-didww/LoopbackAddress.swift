import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides whether a `--host` value is a loopback address the fake server may bind.
enum LoopbackAddress {
    /// The IP literal to bind for `host` (`localhost` → `127.0.0.1`), or nil when it is not loopback.
    static func literal(for host: String) -> String? {
        if host == "localhost" { return "127.0.0.1" }
        var ipv4 = in_addr()
        if inet_pton(AF_INET, host, &ipv4) == 1 {
            let firstOctet = UInt32(bigEndian: ipv4.s_addr) >> 24
            return firstOctet == 127 ? host : nil
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, host, &ipv6) == 1 {
            let bytes = withUnsafeBytes(of: ipv6) { Array($0) }
            return bytes == Array(repeating: 0, count: 15) + [1] ? host : nil
        }
        return nil
    }
}
