/// A trunk's `authentication_method`: `credentials_and_ip` (SIP IPs, tech prefix, server-generated
/// username and password), `ip_only` (set by DIDWW support only) or `twilio` (the account SID).
enum AuthenticationMethod: Sendable, Equatable {
    case credentialsAndIP(allowedSIPIPs: [String]?, techPrefix: String?, username: String, password: String)
    case ipOnly(allowedSIPIPs: [String]?, techPrefix: String?)
    case twilio(accountSID: String)

    /// The three type names, as the API spells them.
    static let typeNames = ["credentials_and_ip", "ip_only", "twilio"]

    /// The `type` member, as the API spells it.
    var typeName: String {
        switch self {
        case .credentialsAndIP: "credentials_and_ip"
        case .ipOnly: "ip_only"
        case .twilio: "twilio"
        }
    }

    /// The SIP allowlist, or nil for Twilio (which has none) and for an unset list.
    var allowedSIPIPs: [String]? {
        switch self {
        case .credentialsAndIP(let ips, _, _, _), .ipOnly(let ips, _): ips
        case .twilio: nil
        }
    }

    /// The response form: `{"type": ..., "attributes": {...}}`.
    var json: JSONValue {
        let attributes: [String: JSONValue]
        switch self {
        case let .credentialsAndIP(ips, techPrefix, username, password):
            attributes = [
                "allowed_sip_ips": Self.optionalList(ips),
                "tech_prefix": techPrefix.map(JSONValue.string) ?? .null,
                "username": .string(username),
                "password": .string(password),
            ]
        case let .ipOnly(ips, techPrefix):
            attributes = [
                "allowed_sip_ips": Self.optionalList(ips),
                "tech_prefix": techPrefix.map(JSONValue.string) ?? .null,
            ]
        case .twilio(let sid):
            attributes = ["twilio_account_sid": .string(sid)]
        }
        return .object(["type": .string(typeName), "attributes": .object(attributes)])
    }

    /// Reads the response form back leniently (for direct test edits); nil when it is not one.
    init?(json: JSONValue) {
        guard let type = json.value(atPath: ["type"])?.stringValue else { return nil }
        let attributes = json.value(atPath: ["attributes"])?.objectValue ?? [:]
        let ips = attributes["allowed_sip_ips"]?.arrayValue?.compactMap(\.stringValue)
        let techPrefix = attributes["tech_prefix"]?.stringValue
        switch type {
        case "credentials_and_ip":
            self = .credentialsAndIP(
                allowedSIPIPs: ips, techPrefix: techPrefix,
                username: attributes["username"]?.stringValue ?? "",
                password: attributes["password"]?.stringValue ?? "")
        case "ip_only":
            self = .ipOnly(allowedSIPIPs: ips, techPrefix: techPrefix)
        case "twilio":
            self = .twilio(accountSID: attributes["twilio_account_sid"]?.stringValue ?? "")
        default:
            return nil
        }
    }

    private static func optionalList(_ list: [String]?) -> JSONValue {
        list.map { .array($0.map(JSONValue.string)) } ?? .null
    }
}
