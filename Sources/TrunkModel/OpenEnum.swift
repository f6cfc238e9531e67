/// A string enum from the API that keeps values it does not know instead of guessing.
///
/// Decoding never fails on a new value: it becomes `.unknown(raw)` and is shown as such.
public protocol OpenEnum: RawRepresentable, Hashable, Sendable where RawValue == String {
    /// Every value this client knows, in the order pickers show them.
    static var knownValues: [Self] { get }
    /// A value for `raw`, `.unknown` when the client does not know it.
    init(raw: String)
    /// A short label for people ("Credentials & IP").
    var label: String { get }
}

extension OpenEnum {
    /// Never fails: unknown values are kept.
    public init?(rawValue: String) { self.init(raw: rawValue) }
    /// True when this client knows the value.
    public var isKnown: Bool { Self.knownValues.contains(self) }
}

/// Whether a trunk may place calls.
public enum TrunkStatus: OpenEnum {
    case active, blocked, unknown(String)
    public static let knownValues: [TrunkStatus] = [.active, .blocked]
    public init(raw: String) {
        switch raw {
        case "active": self = .active
        case "blocked": self = .blocked
        default: self = .unknown(raw)
        }
    }
    public var rawValue: String {
        switch self {
        case .active: return "active"
        case .blocked: return "blocked"
        case .unknown(let raw): return raw
        }
    }
    public var label: String {
        switch self {
        case .active: return "Active"
        case .blocked: return "Blocked"
        case .unknown(let raw): return "unknown (\(raw))"
        }
    }
}

/// What happens when the caller's CLI is not one of the trunk's allowed DIDs.
public enum CliMismatchAction: OpenEnum {
    case sendOriginalCli, rejectCall, replaceCli, randomizeCli, unknown(String)
    public static let knownValues: [CliMismatchAction] = [.sendOriginalCli, .rejectCall, .replaceCli, .randomizeCli]
    public init(raw: String) {
        switch raw {
        case "send_original_cli": self = .sendOriginalCli
        case "reject_call": self = .rejectCall
        case "replace_cli": self = .replaceCli
        case "randomize_cli": self = .randomizeCli
        default: self = .unknown(raw)
        }
    }
    public var rawValue: String {
        switch self {
        case .sendOriginalCli: return "send_original_cli"
        case .rejectCall: return "reject_call"
        case .replaceCli: return "replace_cli"
        case .randomizeCli: return "randomize_cli"
        case .unknown(let raw): return raw
        }
    }
    public var label: String {
        switch self {
        case .sendOriginalCli: return "Send original CLI"
        case .rejectCall: return "Reject call"
        case .replaceCli: return "Replace CLI"
        case .randomizeCli: return "Randomize CLI"
        case .unknown(let raw): return "unknown (\(raw))"
        }
    }
}

/// The default destination policy; `dst_prefixes` are its exceptions.
public enum DestinationAction: OpenEnum {
    case allowAll, rejectAll, unknown(String)
    public static let knownValues: [DestinationAction] = [.allowAll, .rejectAll]
    public init(raw: String) {
        switch raw {
        case "allow_all": self = .allowAll
        case "reject_all": self = .rejectAll
        default: self = .unknown(raw)
        }
    }
    public var rawValue: String {
        switch self {
        case .allowAll: return "allow_all"
        case .rejectAll: return "reject_all"
        case .unknown(let raw): return raw
        }
    }
    public var label: String {
        switch self {
        case .allowAll: return "Allow all"
        case .rejectAll: return "Reject all"
        case .unknown(let raw): return "unknown (\(raw))"
        }
    }
}

/// Media encryption offered on the trunk.
public enum MediaEncryptionMode: OpenEnum {
    case disabled, srtpSdes, srtpDtls, zrtp, unknown(String)
    public static let knownValues: [MediaEncryptionMode] = [.disabled, .srtpSdes, .srtpDtls, .zrtp]
    public init(raw: String) {
        switch raw {
        case "disabled": self = .disabled
        case "srtp_sdes": self = .srtpSdes
        case "srtp_dtls": self = .srtpDtls
        case "zrtp": self = .zrtp
        default: self = .unknown(raw)
        }
    }
    public var rawValue: String {
        switch self {
        case .disabled: return "disabled"
        case .srtpSdes: return "srtp_sdes"
        case .srtpDtls: return "srtp_dtls"
        case .zrtp: return "zrtp"
        case .unknown(let raw): return raw
        }
    }
    public var label: String {
        switch self {
        case .disabled: return "Disabled"
        case .srtpSdes: return "SRTP SDES"
        case .srtpDtls: return "SRTP DTLS"
        case .zrtp: return "ZRTP"
        case .unknown(let raw): return "unknown (\(raw))"
        }
    }
}

/// The kind of authentication a trunk uses.
public enum AuthenticationType: OpenEnum {
    case credentialsAndIp, ipOnly, twilio, unknown(String)
    public static let knownValues: [AuthenticationType] = [.credentialsAndIp, .ipOnly, .twilio]
    /// The types a user may choose; `ip_only` is set by DIDWW support only.
    public static let selectable: [AuthenticationType] = [.credentialsAndIp, .twilio]
    public init(raw: String) {
        switch raw {
        case "credentials_and_ip": self = .credentialsAndIp
        case "ip_only": self = .ipOnly
        case "twilio": self = .twilio
        default: self = .unknown(raw)
        }
    }
    public var rawValue: String {
        switch self {
        case .credentialsAndIp: return "credentials_and_ip"
        case .ipOnly: return "ip_only"
        case .twilio: return "twilio"
        case .unknown(let raw): return raw
        }
    }
    public var label: String {
        switch self {
        case .credentialsAndIp: return "Credentials & IP"
        case .ipOnly: return "IP only"
        case .twilio: return "Twilio"
        case .unknown(let raw): return "unknown (\(raw))"
        }
    }
}
