import FoundationEssentials

/// Trunk documents read by Foundation's `JSONDecoder` straight into `Trunk`, with no tree of
/// `JSONValue`s in between: a page of 1,000 trunks decodes in about half the CPU of
/// `JSONSerialization` + conversion + field lookups (BENCHMARKS.md).
///
/// Every field is read leniently, exactly as the `JSONValue` accessors read it: a whole number
/// sent as a double is an `Int`, a decimal amount may come as a string or a number, a list of
/// strings skips items that are not strings. A value of another type is nil and noted in
/// `Trunk.unreadable` (see `AttributeReader`); unknown attributes are ignored. A resource
/// without an id is skipped. Only a text that is not JSON, or a document without `data` of the
/// right shape, fails.
extension TrunkDocuments {
    /// The document had no `data` of the expected shape.
    struct MissingData: Error {}

    static func decodeTyped<Document: Decodable>(_ type: Document.Type, _ data: Data) throws -> Document {
        do {
            return try JSONDecoder().decode(Document.self, from: data)
        } catch is MissingData {
            throw MissingData()
        } catch {
            throw DocumentError(description: "the answer is not JSON")
        }
    }
}

/// `GET /voice_out_trunks`: `data` (array), `included`, `meta`, `links`.
struct TrunkListDocument: Decodable {
    var page: TrunkPage

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: AnyKey.self),
              let items = try? c.decode([TrunkResource].self, forKey: "data") else {
            throw TrunkDocuments.MissingData()
        }
        let numbers = (try? c.decodeIfPresent([IncludedDid?].self, forKey: "included")).flatMap { $0 } ?? []
        let meta = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "meta")
        let links = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "links")
        page = TrunkPage(trunks: items.compactMap { $0.trunk(numbers: IncludedDid.byID(numbers)) },
                         totalRecords: meta?.lenientInt("total_records"),
                         apiVersion: meta?.lenientString("api_version"),
                         nextLink: links?.lenientString("next"))
    }
}

/// A single-resource document: `data` (object) and `included`.
struct TrunkSingleDocument: Decodable {
    var trunk: Trunk

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: AnyKey.self),
              let resource = try? c.decode(TrunkResource.self, forKey: "data") else {
            throw TrunkDocuments.MissingData()
        }
        let numbers = (try? c.decodeIfPresent([IncludedDid?].self, forKey: "included")).flatMap { $0 } ?? []
        guard let trunk = resource.trunk(numbers: IncludedDid.byID(numbers)) else { throw TrunkDocuments.MissingData() }
        self.trunk = trunk
    }
}

/// One `voice_out_trunks` resource object; `trunk` is nil when it has no id.
private struct TrunkResource: Decodable {
    var decoded: Trunk?
    var didIDs: [String]?
    var emergencyDidIDs: [String]?

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: AnyKey.self),
              let id = c.lenientString("id") ?? c.lenientInt("id").map(String.init) else { return }
        var trunk = Trunk(id: id)
        if let attributes = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "attributes") {
            var a = AttributeReader(attributes)
            trunk.name = a.string("name", .name)
            trunk.externalReferenceId = a.string("external_reference_id", .externalReferenceId)
            trunk.status = a.string("status", .status).map(TrunkStatus.init(raw:))
            trunk.capacityLimit = a.int("capacity_limit", .capacityLimit)
            trunk.allowAnyDidAsCli = a.bool("allow_any_did_as_cli", .allowAnyDidAsCli)
            trunk.onCliMismatchAction = a.string("on_cli_mismatch_action", .onCliMismatchAction).map(CliMismatchAction.init(raw:))
            trunk.defaultDstAction = a.string("default_dst_action", .defaultDstAction).map(DestinationAction.init(raw:))
            trunk.dstPrefixes = a.strings("dst_prefixes", .dstPrefixes)
            trunk.mediaEncryptionMode = a.string("media_encryption_mode", .mediaEncryptionMode).map(MediaEncryptionMode.init(raw:))
            trunk.allowedRtpIps = a.strings("allowed_rtp_ips", .allowedRtpIps)
            trunk.forceSymmetricRtp = a.bool("force_symmetric_rtp", .forceSymmetricRtp)
            trunk.rtpPing = a.bool("rtp_ping", .rtpPing)
            trunk.rtpTimeout = a.int("rtp_timeout", .rtpTimeout)
            trunk.thresholdAmount = a.decimal("threshold_amount", .thresholdAmount)
            trunk.thresholdReached = a.bool("threshold_reached", .thresholdReached)
            trunk.callbackUrl = a.string("callback_url", .callbackUrl)
            trunk.emergencyEnableAll = a.bool("emergency_enable_all", .emergencyEnableAll)
            trunk.createdAt = a.string("created_at", .createdAt)
            trunk.authenticationMethod = TypedAuthentication.read(from: &a)
            trunk.unreadable = a.unreadable
        }
        if let meta = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "meta") {
            trunk.spentAmount = meta.lenientDecimal("spent_amount")
        }
        // A list page asks for attributes only: no relationships, and no error built for their absence.
        if c.contains("relationships"), let relationships = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "relationships") {
            didIDs = relationships.linkage("dids")
            emergencyDidIDs = relationships.linkage("emergency_dids")
        }
        decoded = trunk
    }

    /// The trunk with its DID linkage resolved against the included DIDs.
    func trunk(numbers: [String: DidRef]) -> Trunk? {
        guard var trunk = decoded else { return nil }
        trunk.dids = didIDs.map { $0.map { numbers[$0] ?? DidRef(id: $0) } }
        trunk.emergencyDids = emergencyDidIDs.map { $0.map { numbers[$0] ?? DidRef(id: $0) } }
        return trunk
    }
}

/// `authentication_method`: `type` and its `attributes`.
private enum TypedAuthentication {
    /// The method, or nil when absent or null; a member without a text `type` is noted as an
    /// unreadable method, a member of the wrong type inside it under its own field.
    static func read(from outer: inout AttributeReader) -> AuthenticationMethod? {
        let key: AnyKey = "authentication_method"
        guard let c = try? outer.container.nestedContainer(keyedBy: AnyKey.self, forKey: key),
              let type = c.lenientString("type") else {
            outer.noteIfPresent(.authType, key)
            return nil
        }
        var method = AuthenticationMethod(type: AuthenticationType(raw: type))
        guard let attributes = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "attributes") else { return method }
        var a = AttributeReader(attributes)
        method.allowedSipIps = a.strings("allowed_sip_ips", .allowedSipIps)
        method.techPrefix = a.string("tech_prefix", .techPrefix)
        method.username = a.string("username", .username)
        method.password = a.string("password", .password)
        method.twilioAccountSid = a.string("twilio_account_sid", .twilioAccountSid)
        outer.unreadable.merge(a.unreadable) { _, inner in inner }
        return method
    }
}

/// A `dids` resource of `included` (other types are nil).
private struct IncludedDid: Decodable {
    var did: DidRef?

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: AnyKey.self), c.lenientString("type") == "dids",
              let id = c.lenientString("id") else { return }
        let a = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "attributes")
        did = DidRef(id: id, number: a?.lenientString("number"), blocked: a?.lenientBool("blocked"),
                     terminated: a?.lenientBool("terminated"), note: a?.lenientString("description"))
    }

    static func byID(_ items: [IncludedDid?]) -> [String: DidRef] {
        var dids: [String: DidRef] = [:]
        for case let did? in items.map({ $0?.did }) { dids[did.id] = did }
        return dids
    }
}

/// Any JSON object key.
struct AnyKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// A string; nil when absent, null or another type.
    func lenientString(_ key: AnyKey) -> String? {
        (try? decodeIfPresent(String.self, forKey: key)).flatMap { $0 }
    }

    /// A boolean; nil when absent, null or another type.
    func lenientBool(_ key: AnyKey) -> Bool? {
        (try? decodeIfPresent(Bool.self, forKey: key)).flatMap { $0 }
    }

    /// An integer, or a whole double below 1e15 (as `JSONValue.int`); nil otherwise.
    func lenientInt(_ key: AnyKey) -> Int? {
        if let value = (try? decodeIfPresent(Int.self, forKey: key)).flatMap({ $0 }) { return value }
        return lenientValue(key)?.int
    }

    /// A decimal amount sent as a string or a number (as `JSONValue.decimalString`).
    func lenientDecimal(_ key: AnyKey) -> String? {
        if let text = lenientString(key) { return text }
        return lenientValue(key)?.decimalString
    }

    /// An array of strings, skipping items that are not strings; nil when not an array.
    func lenientStrings(_ key: AnyKey) -> [String]? {
        if let items = (try? decodeIfPresent([String].self, forKey: key)).flatMap({ $0 }) { return items }
        return lenientValue(key)?.strings
    }

    /// The ids of a relationship's `data` linkage array; nil without one.
    func linkage(_ key: AnyKey) -> [String]? {
        guard let relationship = try? nestedContainer(keyedBy: AnyKey.self, forKey: key),
              let items = (try? relationship.decodeIfPresent([JSONValue].self, forKey: "data")).flatMap({ $0 }) else {
            return nil
        }
        return items.compactMap { $0["id"]?.string }
    }

    /// The value as a `JSONValue`, for the uncommon shapes the typed reads above refuse.
    private func lenientValue(_ key: AnyKey) -> JSONValue? {
        (try? decodeIfPresent(JSONValue.self, forKey: key)).flatMap { $0 }
    }
}
