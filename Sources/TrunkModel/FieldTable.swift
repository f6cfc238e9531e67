/// The one table that drives the form, the detail view and validation.
public enum FieldTable {
    private static let credentialTypes: Set<AuthenticationType> = [.credentialsAndIp, .ipOnly]

    /// Every field, in display order.
    public static let fields: [TrunkField] = makeFields()

    private static func makeFields() -> [TrunkField] {
        var rows: [TrunkField] = []
        rows.append(TrunkField(key: .name, label: "Name", group: .general, widget: .text(emptyMeans: nil), hint: "required, unique", isSecret: false))
        rows.append(TrunkField(key: .status, label: "Status", group: .general, widget: .picker(TrunkStatus.knownValues.map(\.rawValue)), hint: nil, isSecret: false))
        rows.append(TrunkField(key: .externalReferenceId, label: "External reference", group: .general, widget: .text(emptyMeans: "none"), hint: "up to 100 characters", isSecret: false))
        rows.append(TrunkField(key: .callbackUrl, label: "Callback URL", group: .general, widget: .text(emptyMeans: "none"), hint: "http(s) URL called when the 24-hour limit is reached", isSecret: false))
        rows.append(TrunkField(key: .createdAt, label: "Created", group: .general, widget: .readOnly, isSecret: false))
        rows.append(TrunkField(key: .authType, label: "Method", group: .authentication, widget: .picker(AuthenticationType.selectable.map(\.rawValue)), hint: "IP only is set by DIDWW support", isSecret: false))
        rows.append(TrunkField(key: .allowedSipIps, label: "Allowed SIP IPs", group: .authentication, widget: .list(limit: TrunkRules.maxAllowedIps), hint: "IPv4/IPv6 address or CIDR subnet", authTypes: credentialTypes, isSecret: false))
        rows.append(TrunkField(key: .techPrefix, label: "Tech prefix", group: .authentication, widget: .text(emptyMeans: "none"), hint: "up to 8 of 0-9 and #", authTypes: credentialTypes, isSecret: false))
        rows.append(TrunkField(key: .username, label: "SIP username", group: .authentication, widget: .readOnly, authTypes: [.credentialsAndIp], isSecret: false))
        rows.append(TrunkField(key: .password, label: "SIP password", group: .authentication, widget: .readOnly, authTypes: [.credentialsAndIp], isSecret: true))
        rows.append(TrunkField(key: .twilioAccountSid, label: "Twilio account SID", group: .authentication, widget: .text(emptyMeans: nil), hint: "AC + 32 hex characters", authTypes: [.twilio], isSecret: true))
        rows.append(TrunkField(key: .allowedRtpIps, label: "Allowed RTP IPs", group: .authentication, widget: .list(limit: TrunkRules.maxAllowedIps), hint: "empty = no restriction", isSecret: false))
        rows.append(TrunkField(key: .forceSymmetricRtp, label: "Force symmetric RTP", group: .media, widget: .toggle, isSecret: false))
        rows.append(TrunkField(key: .rtpPing, label: "RTP ping", group: .media, widget: .toggle, isSecret: false))
        rows.append(TrunkField(key: .rtpTimeout, label: "RTP timeout", group: .media, widget: .integer(emptyMeans: nil), hint: "30–600 seconds", isSecret: false))
        rows.append(TrunkField(key: .mediaEncryptionMode, label: "Media encryption", group: .media, widget: .picker(MediaEncryptionMode.knownValues.map(\.rawValue)), isSecret: false))
        rows.append(TrunkField(key: .thresholdAmount, label: "24-hour limit (USD)", group: .termination, section: "Limits and notifications", widget: .decimal(emptyMeans: "no limit"), hint: "0–100000", isSecret: false))
        rows.append(TrunkField(key: .thresholdReached, label: "Limit reached", group: .termination, section: "Limits and notifications", widget: .readOnly, isSecret: false))
        rows.append(TrunkField(key: .capacityLimit, label: "Capacity limit", group: .termination, section: "Limits and notifications", widget: .integer(emptyMeans: "unlimited"), hint: "0–32767 calls, empty = unlimited", isSecret: false))
        rows.append(TrunkField(key: .allowAnyDidAsCli, label: "Allow any DID as CLI", group: .termination, section: "CLI settings", widget: .toggle, isSecret: false))
        rows.append(TrunkField(key: .onCliMismatchAction, label: "On CLI mismatch", group: .termination, section: "CLI settings", widget: .picker(CliMismatchAction.knownValues.map(\.rawValue)), isSecret: false))
        rows.append(TrunkField(key: .dids, label: "CLI DIDs", group: .termination, section: "CLI settings", widget: .didSet, hint: "caller ID, picked by number", isSecret: false))
        rows.append(TrunkField(key: .defaultDstAction, label: "Default destination action", group: .termination, section: "Destination dialling", widget: .picker(DestinationAction.knownValues.map(\.rawValue)), isSecret: false))
        rows.append(TrunkField(key: .dstPrefixes, label: "Destination prefixes", group: .termination, section: "Destination dialling", widget: .list(limit: nil), hint: "digits only", isSecret: false))
        rows.append(TrunkField(key: .emergencyEnableAll, label: "Enable all eligible DIDs", group: .emergency, widget: .toggle, isSecret: false))
        rows.append(TrunkField(key: .emergencyDids, label: "Emergency DIDs", group: .emergency, widget: .didSet, hint: "emergency calls, picked by number", isSecret: false))
        return rows
    }

    /// The table row of `key`.
    public static func field(_ key: FieldKey) -> TrunkField {
        fields.first { $0.key == key }!
    }

    /// The fields of `group` that apply to authentication `type`, in display order.
    public static func fields(in group: FieldGroup, for type: AuthenticationType?) -> [TrunkField] {
        fields.filter { $0.group == group && $0.applies(to: type) }
    }
}
