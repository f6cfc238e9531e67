/// The limits of one API version, used by the validator.
public struct TrunkRules: Equatable, Sendable {
    /// At most this many SIP and RTP addresses together (UI and API docs).
    public static let maxAllowedIps = 60

    /// The API version these rules describe.
    public var apiVersion: String
    public var capacityRange: ClosedRange<Int>
    public var rtpTimeoutRange: ClosedRange<Int>
    public var thresholdRange: ClosedRange<Double>
    public var thresholdNullable: Bool
    public var externalReferenceMaxLength: Int
    public var techPrefixMaxLength: Int
    /// The `on_cli_mismatch_action` values this version accepts.
    public var cliMismatchActions: [String] = ["send_original_cli", "reject_call", "replace_cli"]
    /// True when the upper bound of `threshold_amount` depends on the account (2026-11-19).
    public var thresholdMaximumDependsOnAccount = false
    /// True when `allowed_rtp_ips: []` is refused (null means no restriction).
    public var emptyRtpListRefused = false
    /// True when `0.0.0.0/0` and `::/0` are refused as RTP addresses (not merely discouraged).
    public var everyAddressRtpRefused = false

    /// API version 2026-04-16 (the default).
    public static let v20260416 = TrunkRules(
        apiVersion: "2026-04-16", capacityRange: 0...32767, rtpTimeoutRange: 30...600,
        thresholdRange: 0...100_000, thresholdNullable: true, externalReferenceMaxLength: 100,
        techPrefixMaxLength: 8)
}
