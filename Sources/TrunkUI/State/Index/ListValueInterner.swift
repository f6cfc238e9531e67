import TrunkModel

/// Makes equal address and prefix lists of different trunks share one buffer. Trunks of one
/// account repeat the same SIP and RTP addresses and prefix lists; decoded, each trunk holds its
/// own copies (an array and every string longer than 15 bytes each take an allocation), which at
/// 100,000 trunks is a large part of the list's memory. Values are unchanged, only storage shared.
///
/// Remembers at most `limit` distinct lists; a value owned by `TrunkList`.
struct ListValueInterner: Sendable {
    private var lists: Set<[String]> = []
    private var texts: Set<String> = []
    static let limit = 8192

    /// `trunk` with its lists (and its callback URL) replaced by equal ones already held.
    mutating func intern(_ trunk: Trunk) -> Trunk {
        var trunk = trunk
        intern(&trunk.dstPrefixes)
        intern(&trunk.allowedRtpIps)
        if var method = trunk.authenticationMethod, method.allowedSipIps != nil {
            intern(&method.allowedSipIps)
            trunk.authenticationMethod = method
        }
        if let url = trunk.callbackUrl, url.utf8.count > 15 {
            if let known = texts.firstIndex(of: url) { trunk.callbackUrl = texts[known] }
            else if texts.count < Self.limit { texts.insert(url) }
        }
        return trunk
    }

    private mutating func intern(_ list: inout [String]?) {
        guard let value = list, !value.isEmpty else { return }
        if let known = lists.firstIndex(of: value) {
            list = lists[known]
        } else if lists.count < Self.limit {
            lists.insert(value)
        }
    }
}
