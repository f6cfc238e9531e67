import Foundation

/// Trunk documents read by Foundation's `JSONDecoder` straight into `Trunk`, with no tree of
/// `JSONValue`s in between: a page of 1,000 trunks decodes in about half the CPU of
/// `JSONSerialization` + conversion + field lookups (issue 6; BENCHMARKS.md).
///
/// Every field is read leniently, exactly as the `JSONValue` accessors read it: a value of
/// another type is nil, a whole number sent as a double is an `Int`, a decimal amount may come
/// as a string or a number, a list of strings skips items that are not strings. A resource
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
        if let a = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "attributes") {
            trunk.name = a.lenientString("name")
            trunk.externalReferenceId = a.lenientString("external_reference_id")
            trunk.status = a.lenientString("status").map(TrunkStatus.init(raw:))
            trunk.capacityLimit = a.lenientInt("capacity_limit")
            trunk.allowAnyDidAsCli = a.lenientBool("allow_any_did_as_cli")
            trunk.onCliMismatchAction = a.lenientString("on_cli_mismatch_action").map(CliMismatchAction.init(raw:))
            trunk.defaultDstAction = a.lenientString("default_dst_action").map(DestinationAction.init(raw:))
            trunk.dstPrefixes = a.lenientStrings("dst_prefixes")
            trunk.mediaEncryptionMode = a.lenientString("media_encryption_mode").map(MediaEncryptionMode.init(raw:))
            trunk.allowedRtpIps = a.lenientStrings("allowed_rtp_ips")
            trunk.forceSymmetricRtp = a.lenientBool("force_symmetric_rtp")
            trunk.rtpPing = a.lenientBool("rtp_ping")
            trunk.rtpTimeout = a.lenientInt("rtp_timeout")
            trunk.thresholdAmount = a.lenientDecimal("threshold_amount")
            trunk.thresholdReached = a.lenientBool("threshold_reached")
            trunk.callbackUrl = a.lenientString("callback_url")
            trunk.emergencyEnableAll = a.lenientBool("emergency_enable_all")
            trunk.createdAt = a.lenientString("created_at")
            trunk.authenticationMethod = try? a.decodeIfPresent(TypedAuthentication.self, forKey: "authentication_method")?.method
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

/// `authentication_method`: `type` and its `attributes`; nil without a type.
private struct TypedAuthentication: Decodable {
    var method: AuthenticationMethod?

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: AnyKey.self), let type = c.lenientString("type") else { return }
        let a = try? c.nestedContainer(keyedBy: AnyKey.self, forKey: "attributes")
        method = AuthenticationMethod(
            type: AuthenticationType(raw: type),
            allowedSipIps: a?.lenientStrings("allowed_sip_ips"),
            techPrefix: a?.lenientString("tech_prefix"),
            username: a?.lenientString("username"),
            password: a?.lenientString("password"),
            twilioAccountSid: a?.lenientString("twilio_account_sid"))
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
