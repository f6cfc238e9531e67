/// Encodes one trunk as a `voice_out_trunks` resource object (`id`, `type`, every attribute,
/// `relationships` with links and, when included, `data` linkage, and `meta.spent_amount` as a
/// decimal string), honouring sparse fieldsets and include linkage. Typed encoding keeps 1000-row
/// pages fast.
struct TrunkResourceView: Encodable {
    let trunk: TrunkRecord
    let shape: ResponseShape
    /// The server's base URL, e.g. `http://127.0.0.1:8080/v3`.
    let baseURL: String

    private enum ResourceKey: String, CodingKey {
        case id, type, attributes, relationships, meta
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ResourceKey.self)
        try container.encode(trunk.id, forKey: .id)
        try container.encode("voice_out_trunks", forKey: .type)
        var attributes = container.nestedContainer(keyedBy: NameKey.self, forKey: .attributes)
        try encodeAttributes(into: &attributes)
        let relationships = TrunkRecord.relationshipNames.filter(shape.keepsTrunkField)
        if !relationships.isEmpty {
            var members = container.nestedContainer(keyedBy: NameKey.self, forKey: .relationships)
            for name in relationships {
                try members.encode(RelationshipView(view: self, name: name), forKey: NameKey(name))
            }
        }
        try container.encode(["spent_amount": DecimalText.format(trunk.spentAmount)], forKey: .meta)
    }

    private func encodeAttributes(into container: inout KeyedEncodingContainer<NameKey>) throws {
        func put(_ name: String, _ value: some Encodable) throws {
            guard shape.keepsTrunkField(name) else { return }
            try container.encode(value, forKey: NameKey(name))
        }
        func putOptional(_ name: String, _ value: (some Encodable)?) throws {
            guard shape.keepsTrunkField(name) else { return }
            if let value {
                try container.encode(value, forKey: NameKey(name))
            } else {
                try container.encodeNil(forKey: NameKey(name))
            }
        }
        try put("name", trunk.name)
        try put("status", trunk.status)
        try putOptional("external_reference_id", trunk.externalReferenceID)
        try putOptional("capacity_limit", trunk.capacityLimit)
        try put("allow_any_did_as_cli", trunk.allowAnyDidAsCli)
        try put("on_cli_mismatch_action", trunk.onCliMismatchAction)
        try put("default_dst_action", trunk.defaultDstAction)
        try put("dst_prefixes", trunk.dstPrefixes)
        try put("media_encryption_mode", trunk.mediaEncryptionMode)
        try putOptional("allowed_rtp_ips", trunk.allowedRTPIPs)
        try put("force_symmetric_rtp", trunk.forceSymmetricRTP)
        try put("rtp_ping", trunk.rtpPing)
        try putOptional("rtp_timeout", trunk.rtpTimeout)
        try putOptional("threshold_amount", trunk.thresholdAmount.map(DecimalText.format))
        try put("threshold_reached", trunk.thresholdReached)
        try putOptional("callback_url", trunk.callbackURL)
        try put("emergency_enable_all", trunk.emergencyEnableAll)
        try put("created_at", trunk.createdAt)
        try put("authentication_method", AuthenticationView(method: trunk.authentication))
    }

    private struct RelationshipView: Encodable {
        let view: TrunkResourceView
        let name: String

        private enum Key: String, CodingKey {
            case links, data, related, type, id
            case linkToSelf = "self"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let trunkURL = "\(view.baseURL)/voice_out_trunks/\(view.trunk.id)"
            var links = container.nestedContainer(keyedBy: Key.self, forKey: .links)
            try links.encode("\(trunkURL)/relationships/\(name)", forKey: .linkToSelf)
            try links.encode("\(trunkURL)/\(name)", forKey: .related)
            guard view.shape.includes(name) else { return }
            var linkage = container.nestedUnkeyedContainer(forKey: .data)
            for id in name == "dids" ? view.trunk.didIDs : view.trunk.emergencyDidIDs {
                var identifier = linkage.nestedContainer(keyedBy: Key.self)
                try identifier.encode("dids", forKey: .type)
                try identifier.encode(id, forKey: .id)
            }
        }
    }
}

/// Encodes an `authentication_method` object: `{"type": ..., "attributes": {...}}`, a nested
/// object inside `attributes` (not a JSON:API relationship) whose attributes depend on the type.
private struct AuthenticationView: Encodable {
    let method: AuthenticationMethod

    private enum Key: String, CodingKey {
        case type, attributes
        case allowedSIPIPs = "allowed_sip_ips"
        case techPrefix = "tech_prefix"
        case username, password
        case twilioAccountSID = "twilio_account_sid"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(method.typeName, forKey: .type)
        var attributes = container.nestedContainer(keyedBy: Key.self, forKey: .attributes)
        switch method {
        case let .credentialsAndIP(ips, techPrefix, username, password):
            try attributes.encode(ips, forKey: .allowedSIPIPs)
            try attributes.encode(techPrefix, forKey: .techPrefix)
            try attributes.encode(username, forKey: .username)
            try attributes.encode(password, forKey: .password)
        case let .ipOnly(ips, techPrefix):
            try attributes.encode(ips, forKey: .allowedSIPIPs)
            try attributes.encode(techPrefix, forKey: .techPrefix)
        case .twilio(let sid):
            try attributes.encode(sid, forKey: .twilioAccountSID)
        }
    }
}

/// A coding key made from any attribute or member name.
struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    /// The key `name`.
    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
