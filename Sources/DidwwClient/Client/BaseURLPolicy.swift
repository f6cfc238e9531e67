import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides which base URLs the client may send the API key to: `https://` anywhere,
/// plain `http://` only to this machine (127.0.0.0/8, ::1, localhost).
public enum BaseURLPolicy {
    /// Throws `DidwwError.invalidBaseURL` with a plain reason when `url` is not acceptable.
    public static func validate(_ url: URL) throws {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased() else {
            throw DidwwError.invalidBaseURL(reason: "The base URL is not a URL; it must look like https://api.didww.com/v3.")
        }
        guard scheme == "https" || scheme == "http" else {
            throw DidwwError.invalidBaseURL(reason: "The base URL must start with https:// (it starts with \(scheme)://).")
        }
        guard let host = components.host, !host.isEmpty else {
            throw DidwwError.invalidBaseURL(reason: "The base URL has no host name.")
        }
        guard components.user == nil, components.password == nil else {
            throw DidwwError.invalidBaseURL(reason: "The base URL must not contain a user name or password.")
        }
        guard components.query == nil, components.fragment == nil else {
            throw DidwwError.invalidBaseURL(reason: "The base URL must not contain a query (?) or fragment (#).")
        }
        if scheme == "http", !isLoopback(host: host) {
            throw DidwwError.invalidBaseURL(reason:
                "Plain http:// is allowed only for this machine (localhost, 127.0.0.1, ::1); "
                + "use https://\(host) so the API key is not sent in clear text.")
        }
    }

    /// True when `host` names this machine: `localhost`, an address in 127.0.0.0/8, or `::1`.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") {
            name = String(name.dropFirst().dropLast())
        }
        if name == "localhost" {
            return true
        }
        var ipv4 = in_addr()
        if inet_pton(AF_INET, name, &ipv4) == 1 {
            return UInt32(bigEndian: ipv4.s_addr) >> 24 == 127
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, name, &ipv6) == 1 {
            let bytes = withUnsafeBytes(of: ipv6) { Array($0) }
            let isLoopbackV6 = bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
            let isMappedV4Loopback = bytes[0..<10].allSatisfy { $0 == 0 }
                && bytes[10] == 0xFF && bytes[11] == 0xFF && bytes[12] == 127
            return isLoopbackV6 || isMappedV4Loopback
        }
        return false
    }
}
