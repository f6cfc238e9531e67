import FoundationEssentials

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

extension TrunkPage {
    /// True when no page can follow this one, whatever `totalRecords` claims: it holds fewer
    /// trunks than were asked for (none at all included), or it has no `links.next`.
    public func isLast(askedSize: Int) -> Bool {
        trunks.isEmpty || trunks.count < askedSize || nextLink == nil
    }

    /// `totalRecords` when it is a count at all (not negative); a server's mistake otherwise.
    public var possibleTotal: Int? {
        totalRecords.flatMap { $0 >= 0 ? $0 : nil }
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

    /// Every attribute `Trunk` reads. List requests ask for exactly these
    /// (`fields[voice_out_trunks]`): the list, its search and its filters use all of them, and
    /// the relationships' links, which the list never reads, were 40% of each page.
    public static let attributeNames = [
        "name", "external_reference_id", "status", "capacity_limit", "allow_any_did_as_cli",
        "on_cli_mismatch_action", "default_dst_action", "dst_prefixes", "media_encryption_mode",
        "allowed_rtp_ips", "force_symmetric_rtp", "rtp_ping", "rtp_timeout", "threshold_amount",
        "threshold_reached", "callback_url", "emergency_enable_all", "created_at", "authentication_method",
    ]

    /// Decodes a collection document (`GET /voice_out_trunks`).
    public static func decodeList(_ data: Data) throws -> TrunkPage {
        do {
            return try decodeTyped(TrunkListDocument.self, data).page
        } catch is MissingData {
            throw DocumentError(description: "the answer has no list of trunks (no \"data\" array)")
        }
    }

    /// Decodes a single-resource document (`GET /voice_out_trunks/{id}`, PATCH and POST answers).
    public static func decodeSingle(_ data: Data) throws -> Trunk {
        do {
            return try decodeTyped(TrunkSingleDocument.self, data).trunk
        } catch is MissingData {
            throw DocumentError(description: "the answer holds no trunk (no \"data\" object with an id)")
        }
    }

    /// A document this program sends (a PATCH, or a POST, whose resource has no id yet) read as
    /// the trunk it describes; the id is `newID` when the document has none. Nil when unreadable.
    public static func decodeSent(_ data: Data, newID: String = "new") -> Trunk? {
        if let trunk = try? decodeSingle(data) { return trunk }
        guard case .object(var root)? = try? parse(data), case .object(var resource)? = root["data"] else { return nil }
        resource["id"] = .string(newID)
        root["data"] = .object(resource)
        return try? decodeSingle(JSONValue.object(root).encoded())
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
}
