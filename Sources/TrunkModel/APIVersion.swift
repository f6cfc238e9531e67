/// The DIDWW API versions `trunks` speaks, and what changes with each.
public enum APIVersion: String, CaseIterable, Equatable, Sendable {
    /// 2026-04-16: `Api-Key` header on every call (the default).
    case v20260416 = "2026-04-16"
    /// 2026-11-19: short-lived bearer tokens minted from the API key; new trunk rules.
    case v20261119 = "2026-11-19"

    /// The version `trunks` uses unless told otherwise.
    public static let standard = APIVersion.v20260416

    /// The validation rules of this version.
    public var rules: TrunkRules {
        switch self {
        case .v20260416: return .v20260416
        case .v20261119: return .v20261119
        }
    }

    /// True when calls carry `Authorization: Bearer …` minted by the token service instead of `Api-Key`.
    public var usesBearerTokens: Bool { self == .v20261119 }

    /// The versions as a list for messages: "2026-04-16 or 2026-11-19".
    public static var spokenList: String {
        allCases.map(\.rawValue).joined(separator: " or ")
    }
}

extension TrunkRules {
    /// API version 2026-11-19: capacity 1–32767 (null unlimited), a spending limit always set
    /// (its maximum depends on the account), RTP addresses null for none but never `[]` nor
    /// `0.0.0.0/0`/`::/0`, and `randomize_cli` as a CLI-mismatch action.
    public static let v20261119: TrunkRules = {
        var rules = TrunkRules(
            apiVersion: "2026-11-19", capacityRange: 1...32767, rtpTimeoutRange: 30...600,
            thresholdRange: 0...1_000_000_000, thresholdNullable: false, externalReferenceMaxLength: 100,
            techPrefixMaxLength: 8)
        rules.cliMismatchActions.append("randomize_cli")
        rules.thresholdMaximumDependsOnAccount = true
        rules.emptyRtpListRefused = true
        rules.everyAddressRtpRefused = true
        return rules
    }()

    /// The rules of `version` ("2026-04-16", "2026-11-19"); nil for a version trunks does not know.
    public static func forVersion(_ version: String) -> TrunkRules? {
        APIVersion(rawValue: version)?.rules
    }

    /// The values a picker for `key` offers under these rules, or nil when the field table's own list applies.
    public func pickerValues(for key: FieldKey) -> [String]? {
        key == .onCliMismatchAction ? cliMismatchActions : nil
    }
}

extension TrunkRules {
    /// What a 403 on the trunk endpoints means under these rules, in plain words.
    public var forbiddenExplanation: String {
        if apiVersion == APIVersion.v20261119.rawValue {
            return "the Outbound API is not enabled for this account. Since API 2026-11-19 every trunk request needs it; "
                + "enable it in the DIDWW user panel or ask DIDWW support."
        }
        return "the account may lack the outbound feature, or the key is read-only."
    }
}

extension TrunkRules {
    /// The form hint of `key` where these rules differ from the field table's (2026-04-16) hint; nil otherwise.
    public func hint(for key: FieldKey) -> String? {
        guard apiVersion == APIVersion.v20261119.rawValue else { return nil }
        switch key {
        case .capacityLimit: return "1–32767 calls, empty = unlimited"
        case .thresholdAmount: return "required; the maximum depends on the account"
        case .allowedRtpIps: return "empty = no restriction; 0.0.0.0/0 and ::/0 refused"
        default: return nil
        }
    }
}
