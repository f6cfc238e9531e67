import Foundation

/// One outbound trunk as the fake server stores it, in the 2026-04-16 model: the attributes, the
/// `authentication_method`, the linked `dids` and `emergency_dids`, and the spend behind `meta.spent_amount`.
struct TrunkRecord: Sendable, Equatable {
    var id: String
    var name: String
    var status: String = "active"
    var externalReferenceID: String?
    var capacityLimit: Int?
    var allowAnyDidAsCli = false
    var onCliMismatchAction = "reject_call"
    var defaultDstAction = "allow_all"
    var dstPrefixes: [String] = []
    var mediaEncryptionMode = "disabled"
    var allowedRTPIPs: [String]?
    var forceSymmetricRTP = false
    var rtpPing = false
    var rtpTimeout: Int? = 30
    var thresholdAmount: Decimal? = 3000
    var thresholdReached = false
    var callbackURL: String?
    var emergencyEnableAll = false
    var createdAt: String
    var authentication: AuthenticationMethod
    var didIDs: [String] = []
    var emergencyDidIDs: [String] = []
    var spentAmount: Decimal = 0

    /// Every attribute key a response carries (all of them, always, values possibly null), in the
    /// order the API documents them.
    static let attributeNames = [
        "name", "status", "external_reference_id", "capacity_limit", "allow_any_did_as_cli",
        "on_cli_mismatch_action", "default_dst_action", "dst_prefixes", "media_encryption_mode",
        "allowed_rtp_ips", "force_symmetric_rtp", "rtp_ping", "rtp_timeout", "threshold_amount",
        "threshold_reached", "callback_url", "emergency_enable_all", "created_at", "authentication_method",
    ]

    /// The to-many relationships a trunk has.
    static let relationshipNames = ["dids", "emergency_dids"]

    /// Recomputes `threshold_reached` from the spend and the threshold, as the server would.
    mutating func refreshThresholdReached() {
        guard let thresholdAmount else {
            thresholdReached = false
            return
        }
        thresholdReached = spentAmount >= thresholdAmount
    }
}

extension TrunkRecord {
    /// `status` values.
    static let statuses = ["active", "blocked"]
    /// `on_cli_mismatch_action` values: the 2026-04-16 OpenAPI enum, which already holds `randomize_cli`.
    static let cliMismatchActions = ["send_original_cli", "reject_call", "replace_cli", "randomize_cli"]
    /// `default_dst_action` values.
    static let dstActions = ["allow_all", "reject_all"]
    /// `media_encryption_mode` values.
    static let mediaEncryptionModes = ["disabled", "srtp_sdes", "srtp_dtls", "zrtp"]
}
