/// Drafts of trunks that do not exist yet: a blank one with the server's defaults, or a clone.
public enum NewTrunk {
    /// The id of a draft the server has not created yet.
    public static let draftID = ""

    /// The trunk as the server would create it when only a name and an authentication method are
    /// sent (the API's documented defaults, and what a live create answers): active, allow all destinations,
    /// reject calls with a foreign CLI, no encryption, RTP timeout 30 s, a 3000.0 USD 24-hour
    /// limit, no capacity limit, no RTP restriction. Name and method are left empty: the user
    /// must choose them.
    public static func serverDefaults() -> Trunk {
        var trunk = Trunk(id: draftID)
        trunk.status = .active
        trunk.allowAnyDidAsCli = false
        trunk.onCliMismatchAction = .rejectCall
        trunk.defaultDstAction = .allowAll
        trunk.dstPrefixes = []
        trunk.mediaEncryptionMode = .disabled
        trunk.forceSymmetricRtp = false
        trunk.rtpPing = false
        trunk.rtpTimeout = 30
        trunk.thresholdAmount = "3000.0"
        trunk.emergencyEnableAll = false
        return trunk
    }

    /// A draft for a new trunk that starts from `source`: the name is cleared, and nothing the
    /// server owns or that is a credential is copied (id, created_at, spend, threshold_reached,
    /// SIP username and password, Twilio account SID), nor the DID links. An `ip_only` source
    /// becomes `credentials_and_ip` with the same addresses, since only DIDWW support sets
    /// `ip_only`. A value of the source that was unreadable starts as the server's default.
    public static func clone(of source: Trunk) -> Trunk {
        var trunk = source
        let defaults = serverDefaults()
        for key in source.unreadable.keys where key != .authType {
            trunk.set(key, defaults.value(key))
        }
        trunk.unreadable = [:]
        trunk.id = draftID
        trunk.name = nil
        trunk.createdAt = nil
        trunk.spentAmount = nil
        trunk.thresholdReached = nil
        trunk.dids = nil
        trunk.emergencyDids = nil
        if let method = source.authenticationMethod {
            let type: AuthenticationType = method.type == .twilio ? .twilio : .credentialsAndIp
            trunk.authenticationMethod = AuthenticationMethod(
                type: type, allowedSipIps: type == .twilio ? nil : method.allowedSipIps,
                techPrefix: type == .twilio ? nil : method.techPrefix)
        }
        return trunk
    }
}

extension DraftDiff {
    /// True when the draft is of a trunk the server has not created yet.
    public var isCreate: Bool { original.id == NewTrunk.draftID }

    /// The JSON:API POST document that creates the draft: `name`, `authentication_method` and
    /// `on_cli_mismatch_action` always (the docs mark them required), every other attribute only
    /// when it differs from what the server would apply by default (`original`, normally
    /// `NewTrunk.serverDefaults()`), and `relationships.dids` / `emergency_dids` when the draft
    /// links DIDs. No id: the server assigns it.
    public func createDocument() -> JSONValue {
        var attributes: [String: JSONValue] = [:]
        for change in changes where !change.key.isAuthentication && change.key != .dids && change.key != .emergencyDids {
            attributes[change.key.rawValue] = Self.json(change.new)
        }
        attributes[FieldKey.name.rawValue] = Self.json(draft.value(.name))
        attributes[FieldKey.onCliMismatchAction.rawValue] = Self.json(draft.value(.onCliMismatchAction))
        if draft.authenticationMethod != nil {
            attributes["authentication_method"] = authenticationJSON()
        }
        var data: [String: JSONValue] = [
            "type": .string(TrunkDocuments.resourceType),
            "attributes": .object(attributes),
        ]
        let relationships = relationshipsJSON()
        if !relationships.isEmpty { data["relationships"] = .object(relationships) }
        return .object(["data": .object(data)])
    }
}
