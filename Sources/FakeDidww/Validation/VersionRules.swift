import Foundation

/// The server-side rules that differ between API versions, chosen per request: from 2026-11-19
/// `capacity_limit` is 1–32767 (not 0–32767), `threshold_amount` may not be null and its range
/// depends on the account, and `allowed_rtp_ips` refuses `[]`, `0.0.0.0/0` and `::/0`.
struct VersionRules: Sendable {
    var capacityRange: ClosedRange<Int>
    var thresholdNullable: Bool
    /// The largest `threshold_amount`; from 2026-11-19 it depends on the account (this fake account: 1000000).
    var thresholdMaximum: Decimal
    /// From 2026-11-19: `[]` is refused (null means no restriction), and so are `0.0.0.0/0` and `::/0`.
    var strictRTPAddresses: Bool

    /// 2026-04-16 (and older): capacity 0–32767, a nullable limit up to 100000, any RTP list.
    static let v20260416 = VersionRules(capacityRange: 0...32767, thresholdNullable: true,
                                        thresholdMaximum: 100_000, strictRTPAddresses: false)
    /// 2026-11-19: capacity 1–32767, a limit always set (up to 1000000 on this account), strict RTP lists.
    static let v20261119 = VersionRules(capacityRange: 1...32767, thresholdNullable: false,
                                        thresholdMaximum: 1_000_000, strictRTPAddresses: true)

    /// The rules of the version serving a request.
    init(_ version: String) {
        self = version >= ApiVersionPolicy.tokenVersion ? .v20261119 : .v20260416
    }

    private init(capacityRange: ClosedRange<Int>, thresholdNullable: Bool, thresholdMaximum: Decimal, strictRTPAddresses: Bool) {
        self.capacityRange = capacityRange
        self.thresholdNullable = thresholdNullable
        self.thresholdMaximum = thresholdMaximum
        self.strictRTPAddresses = strictRTPAddresses
    }

    /// The 422 title for a well-formed `allowed_rtp_ips` list these rules refuse, or nil.
    func rtpRefusal(_ addresses: [String]) -> String? {
        guard strictRTPAddresses else { return nil }
        if addresses.isEmpty { return "can't be empty (send null for no restriction)" }
        if let everything = addresses.first(where: { $0 == "0.0.0.0/0" || $0 == "::/0" || Self.isWholeSpace($0) }) {
            return "contains a forbidden value: \"\(everything)\" (any address)"
        }
        return nil
    }

    private static func isWholeSpace(_ text: String) -> Bool {
        text.hasSuffix("/0")
    }
}
