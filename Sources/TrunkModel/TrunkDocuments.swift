import Foundation

/// One page of the trunk list as the server returned it.
public struct TrunkPage: Equatable, Sendable {
    public var trunks: [Trunk]
    /// `meta.total_records`: how many trunks match, over all pages.
    public var totalRecords: Int?
    /// `meta.api_version`: the version that served the request.
    public var apiVersion: String?
    /// `links.next`, absent on the last page.
    public var nextLink: String?

    /// A page of trunks.
    public init(trunks: [Trunk], totalRecords: Int? = nil, apiVersion: String? = nil, nextLink: String? = nil) {
        self.trunks = trunks
        self.totalRecords = totalRecords
        self.apiVersion = apiVersion
        self.nextLink = nextLink
    }
}

/// A document could not be read as a trunk or trunk list.
public struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong, in plain words.
    public var description: String
}

/// Reading and writing JSON:API documents of `voice_out_trunks`.
public enum TrunkDocuments {
    /// The JSON:API type of trunks.
    public static let resourceType = "voice_out_trunks"

    /// Decodes a collection document (`GET /voice_out_trunks`).
    public static func decodeList(_ data: Data) throws -> TrunkPage {
        let document = try parse(data)
        guard let items = document["data"]?.array else {
            throw DocumentError(description: "the answer has no list of trunks (no \"data\" array)")
        }
        let numbers = includedNumbers(document)
        return TrunkPage(
            trunks: items.compactMap { trunk(from: $0, numbers: numbers) },
            totalRecords: document["meta"]?["total_records"]?.int,
            apiVersion: document["meta"]?["api_version"]?.string,
            nextLink: document["links"]?["next"]?.string)
    }

    /// Decodes a single-resource document (`GET /voice_out_trunks/{id}`, PATCH and POST answers).
    public static func decodeSingle(_ data: Data) throws -> Trunk {
        let document = try parse(data)
        guard let resource = document["data"], let trunk = trunk(from: resource, numbers: includedNumbers(document)) else {
            throw DocumentError(description: "the answer holds no trunk (no \"data\" object with an id)")
        }
        return trunk
    }

    /// `meta.api_version` of any document, nil when absent or unreadable.
    public static func apiVersion(of data: Data) -> String? {
        (try? parse(data))?["meta"]?["api_version"]?.string
    }

    /// The body of `POST /voice_out_trunk_regenerate_credentials` for one trunk.
    public static func regenerateCredentialsBody(trunkID: String) -> Data {
        JSONValue.object(["data": .object([
            "type": .string("voice_out_trunk_regenerate_credentials"),
            "relationships": .object(["voice_out_trunk": .object(["data": .object([
                "type": .string(resourceType), "id": .string(trunkID),
            ])])]),
        ])]).encoded()
    }

    static func parse(_ data: Data) throws -> JSONValue {
        do {
            return try JSONValue.parse(data)
        } catch {
            throw DocumentError(description: "the answer is not JSON")
        }
    }

    /// The `dids` resources of `included`, by id (number, blocked, terminated, description).
    private static func includedNumbers(_ document: JSONValue) -> [String: DidRef] {
        var dids: [String: DidRef] = [:]
        for item in document["included"]?.array ?? [] where item["type"]?.string == "dids" {
            guard let id = item["id"]?.string else { continue }
            let attributes = item["attributes"]
            dids[id] = DidRef(id: id, number: attributes?["number"]?.string,
                              blocked: attributes?["blocked"]?.bool, terminated: attributes?["terminated"]?.bool,
                              note: attributes?["description"]?.string)
        }
        return dids
    }

    /// One resource object → `Trunk`; nil when it has no id.
    static func trunk(from resource: JSONValue, numbers: [String: DidRef]) -> Trunk? {
        guard let id = resource["id"]?.string ?? resource["id"]?.int.map(String.init) else { return nil }
        var trunk = Trunk(id: id)
        let a = resource["attributes"] ?? .object([:])
        trunk.name = a["name"]?.string
        trunk.externalReferenceId = a["external_reference_id"]?.string
        trunk.status = a["status"]?.string.map(TrunkStatus.init(raw:))
        trunk.capacityLimit = a["capacity_limit"]?.int
        trunk.allowAnyDidAsCli = a["allow_any_did_as_cli"]?.bool
        trunk.onCliMismatchAction = a["on_cli_mismatch_action"]?.string.map(CliMismatchAction.init(raw:))
        trunk.defaultDstAction = a["default_dst_action"]?.string.map(DestinationAction.init(raw:))
        trunk.dstPrefixes = a["dst_prefixes"]?.strings
        trunk.mediaEncryptionMode = a["media_encryption_mode"]?.string.map(MediaEncryptionMode.init(raw:))
        trunk.allowedRtpIps = a["allowed_rtp_ips"]?.strings
        trunk.forceSymmetricRtp = a["force_symmetric_rtp"]?.bool
        trunk.rtpPing = a["rtp_ping"]?.bool
        trunk.rtpTimeout = a["rtp_timeout"]?.int
        trunk.thresholdAmount = a["threshold_amount"]?.decimalString
        trunk.thresholdReached = a["threshold_reached"]?.bool
        trunk.callbackUrl = a["callback_url"]?.string
        trunk.emergencyEnableAll = a["emergency_enable_all"]?.bool
        trunk.createdAt = a["created_at"]?.string
        trunk.authenticationMethod = a["authentication_method"].flatMap(authenticationMethod(from:))
        trunk.spentAmount = resource["meta"]?["spent_amount"]?.decimalString
        trunk.dids = linkage(resource["relationships"]?["dids"], numbers: numbers)
        trunk.emergencyDids = linkage(resource["relationships"]?["emergency_dids"], numbers: numbers)
        return trunk
    }

    private static func authenticationMethod(from value: JSONValue) -> AuthenticationMethod? {
        guard let type = value["type"]?.string else { return nil }
        let a = value["attributes"] ?? .object([:])
        return AuthenticationMethod(
            type: AuthenticationType(raw: type),
            allowedSipIps: a["allowed_sip_ips"]?.strings,
            techPrefix: a["tech_prefix"]?.string,
            username: a["username"]?.string,
            password: a["password"]?.string,
            twilioAccountSid: a["twilio_account_sid"]?.string)
    }

    private static func linkage(_ relationship: JSONValue?, numbers: [String: DidRef]) -> [DidRef]? {
        guard let items = relationship?["data"]?.array else { return nil }
        return items.compactMap { item in
            item["id"]?.string.map { numbers[$0] ?? DidRef(id: $0) }
        }
    }
}
