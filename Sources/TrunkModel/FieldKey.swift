/// Every trunk field the program shows or edits, named by its JSON path.
public enum FieldKey: String, CaseIterable, Sendable, Hashable, Codable {
    case name
    case externalReferenceId = "external_reference_id"
    case status
    case callbackUrl = "callback_url"
    case createdAt = "created_at"
    case authType = "authentication_method.type"
    case allowedSipIps = "authentication_method.allowed_sip_ips"
    case techPrefix = "authentication_method.tech_prefix"
    case username = "authentication_method.username"
    case password = "authentication_method.password"
    case twilioAccountSid = "authentication_method.twilio_account_sid"
    case allowedRtpIps = "allowed_rtp_ips"
    case forceSymmetricRtp = "force_symmetric_rtp"
    case rtpPing = "rtp_ping"
    case rtpTimeout = "rtp_timeout"
    case mediaEncryptionMode = "media_encryption_mode"
    case thresholdAmount = "threshold_amount"
    case thresholdReached = "threshold_reached"
    case capacityLimit = "capacity_limit"
    case allowAnyDidAsCli = "allow_any_did_as_cli"
    case onCliMismatchAction = "on_cli_mismatch_action"
    case defaultDstAction = "default_dst_action"
    case dstPrefixes = "dst_prefixes"
    case dids
    case emergencyEnableAll = "emergency_enable_all"
    case emergencyDids = "emergency_dids"

    /// True for the parts of `authentication_method`.
    public var isAuthentication: Bool { rawValue.hasPrefix("authentication_method.") }

    /// The attribute name inside `attributes` (or inside `authentication_method.attributes`).
    public var attributeName: String {
        isAuthentication ? String(rawValue.dropFirst("authentication_method.".count)) : rawValue
    }

    /// The JSON pointer the server uses for this field in errors.
    public var pointer: String {
        switch self {
        case .authType: return "/data/attributes/authentication_method"
        case .dids, .emergencyDids: return "/data/relationships/\(rawValue)"
        default:
            return isAuthentication
                ? "/data/attributes/authentication_method/attributes/\(attributeName)"
                : "/data/attributes/\(rawValue)"
        }
    }

    /// The field a JSON:API `source.pointer` names, or nil.
    public init?(pointer: String) {
        var path = pointer
        if path.hasSuffix("/") { path.removeLast() }
        for prefix in ["/data/attributes/authentication_method/attributes/", "/data/attributes/authentication_method/"] {
            if path.hasPrefix(prefix) {
                let rest = String(path.dropFirst(prefix.count)).split(separator: "/").first.map(String.init) ?? ""
                if let key = FieldKey(rawValue: "authentication_method." + rest) { self = key; return }
                self = .authType
                return
            }
        }
        if path == "/data/attributes/authentication_method" { self = .authType; return }
        for prefix in ["/data/attributes/", "/data/relationships/"] where path.hasPrefix(prefix) {
            let rest = String(path.dropFirst(prefix.count)).split(separator: "/").first.map(String.init) ?? ""
            if let key = FieldKey(rawValue: rest), !key.isAuthentication { self = key; return }
        }
        return nil
    }
}
