import Foundation

/// One `filter[...]` condition of the list endpoint: the 2026-04-16 documented filters, plus `id`
/// and `default_did.id`, which the OpenAPI document also accepts; an unknown filter is a 400 (code 102).
///
/// `name`, `name_contains`, `on_cli_mismatch_action` and `id` take comma lists (any value matches);
/// `name_contains` ignores case; `default_did.id` is accepted but matches nothing (not modelled).
enum TrunkFilter: Sendable, Equatable {
    case names(Set<String>)
    case nameContains([String])
    case externalReferenceID(String)
    case onCliMismatchAction(Set<String>)
    case allowAnyDidAsCli(Bool)
    case status(String)
    case thresholdReached(Bool)
    case defaultDstAction(String)
    case mediaEncryptionMode(String)
    case authenticationType(String)
    case emergencyEnableAll(Bool)
    case ids(Set<String>)
    case defaultDid

    /// Parses `filter[name]=value`; throws 102 for an unknown filter and 107 for a bad value.
    init(name: String, value: String) throws(ApiError) {
        switch name {
        case "name": self = .names(Set(Self.list(value)))
        case "name_contains": self = .nameContains(Self.list(value))
        case "external_reference_id": self = .externalReferenceID(try Self.nonBlank(name, value))
        case "on_cli_mismatch_action":
            let actions = Self.list(value)
            for action in actions where !action.isEmpty && !TrunkRecord.cliMismatchActions.contains(action) {
                throw .invalidFilterValue(name, action)
            }
            self = .onCliMismatchAction(Set(actions))
        case "allow_any_did_as_cli": self = .allowAnyDidAsCli(try Self.boolean(name, value))
        case "status": self = .status(try Self.oneOf(TrunkRecord.statuses, name, value))
        case "threshold_reached": self = .thresholdReached(try Self.boolean(name, value))
        case "default_dst_action": self = .defaultDstAction(try Self.oneOf(TrunkRecord.dstActions, name, value))
        case "media_encryption_mode":
            self = .mediaEncryptionMode(try Self.oneOf(TrunkRecord.mediaEncryptionModes, name, value))
        case "authentication_method.type":
            self = .authenticationType(try Self.oneOf(AuthenticationMethod.typeNames, name, value))
        case "emergency_enable_all": self = .emergencyEnableAll(try Self.boolean(name, value))
        case "id": self = .ids(Set(Self.list(try Self.nonBlank(name, value))))
        case "default_did.id":
            _ = try Self.nonBlank(name, value)
            self = .defaultDid
        default: throw .filterNotAllowed(name)
        }
    }

    /// True when `trunk` satisfies this condition.
    func matches(_ trunk: TrunkRecord) -> Bool {
        switch self {
        case .names(let names): names.contains(trunk.name)
        case .nameContains(let fragments):
            fragments.contains { trunk.name.range(of: $0, options: .caseInsensitive) != nil || $0.isEmpty }
        case .externalReferenceID(let reference): trunk.externalReferenceID == reference
        case .onCliMismatchAction(let actions): actions.contains(trunk.onCliMismatchAction)
        case .allowAnyDidAsCli(let flag): trunk.allowAnyDidAsCli == flag
        case .status(let status): trunk.status == status
        case .thresholdReached(let flag): trunk.thresholdReached == flag
        case .defaultDstAction(let action): trunk.defaultDstAction == action
        case .mediaEncryptionMode(let mode): trunk.mediaEncryptionMode == mode
        case .authenticationType(let type): trunk.authentication.typeName == type
        case .emergencyEnableAll(let flag): trunk.emergencyEnableAll == flag
        case .ids(let ids): ids.contains(trunk.id)
        case .defaultDid: false
        }
    }

    private static func list(_ value: String) -> [String] {
        value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    private static func nonBlank(_ name: String, _ value: String) throws(ApiError) -> String {
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalidFilterValue(name, value) }
        return value
    }

    private static func boolean(_ name: String, _ value: String) throws(ApiError) -> Bool {
        switch value {
        case "true": return true
        case "false": return false
        default: throw .invalidFilterValue(name, value)
        }
    }

    private static func oneOf(_ allowed: [String], _ name: String, _ value: String) throws(ApiError) -> String {
        guard allowed.contains(value) else { throw .invalidFilterValue(name, value) }
        return value
    }
}
