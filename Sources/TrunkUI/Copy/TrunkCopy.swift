import FoundationEssentials
import TrunkModel

/// What `y` can copy from a trunk: its id, its name, its JSON with secrets masked, its SIP
/// username, its SIP password (only once revealed), or a summary for a ticket. Pure.
public enum TrunkCopy: String, Sendable, CaseIterable {
    case id, name, json, username, password, summary

    /// The mask written in place of a secret.
    public static let mask = "********"

    /// The text to copy for `trunk`; secrets are masked unless `revealSecrets` (a masked
    /// password is nothing to copy: empty).
    public func text(of trunk: Trunk, revealSecrets: Bool = false) -> String {
        switch self {
        case .id: return trunk.id
        case .name: return trunk.name ?? ""
        case .json: return Self.json(of: trunk, revealSecrets: revealSecrets).text(pretty: true)
        case .username: return trunk.authenticationMethod?.username ?? ""
        case .password: return revealSecrets ? trunk.authenticationMethod?.password ?? "" : ""
        case .summary: return TrunkSummary.text(of: trunk, lastCheck: nil)
        }
    }

    /// What it is called when there is none to copy.
    var noun: String {
        switch self {
        case .id, .name: return rawValue
        case .json: return "JSON"
        case .username: return "SIP username"
        case .password: return "SIP password"
        case .summary: return "summary"
        }
    }

    /// How the status line names what was copied.
    func words(revealed: Bool) -> String {
        switch self {
        case .id, .name: return rawValue
        case .json: return revealed ? "JSON, secrets REVEALED" : "JSON, secrets masked"
        case .username: return "SIP username"
        case .password: return "SIP password (revealed)"
        case .summary: return "summary (no secrets)"
        }
    }

    /// The trunk as a JSON:API resource built from the field table: every field that applies to
    /// its authentication type, secrets masked unless revealed.
    static func json(of trunk: Trunk, revealSecrets: Bool) -> JSONValue {
        let type = trunk.authenticationMethod?.type
        var attributes: [String: JSONValue] = [:]
        var authentication: [String: JSONValue] = [:]
        var relationships: [String: JSONValue] = [:]
        for group in FieldGroup.allCases {
            for field in FieldTable.fields(in: group, for: type) where field.key != .authType {
                let value = trunk.value(field.key)
                // A value the server sent unreadable is left out rather than copied as something else.
                guard let plain = json(value) else { continue }
                let json = field.isSecret && !revealSecrets && value != .null ? JSONValue.string(mask) : plain
                switch field.key {
                case .dids, .emergencyDids: relationships[field.key.rawValue] = json
                case let key where key.isAuthentication: authentication[key.attributeName] = json
                default: attributes[field.key.attributeName] = json
                }
            }
        }
        if let type {
            attributes["authentication_method"] = .object(["type": .string(type.rawValue), "attributes": .object(authentication)])
        }
        var data: [String: JSONValue] = ["type": .string(TrunkDocuments.resourceType), "id": .string(trunk.id),
                                         "attributes": .object(attributes)]
        if !relationships.isEmpty { data["relationships"] = .object(relationships) }
        return .object(["data": .object(data)])
    }

    private static func json(_ value: FieldValue) -> JSONValue? {
        switch value {
        case .unreadable: return nil
        case .null: return .null
        case .text(let text), .decimal(let text): return .string(text)
        case .integer(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .dids(let refs): return .array(refs.map { .object(["type": .string("dids"), "id": .string($0.id)]) })
        }
    }
}
