/// A create or update body after its structure has been checked: `data.type` is always needed; a
/// POST may not carry a client `id`; a PATCH needs `data.id` equal to the path id and changes only
/// the members it sends.
///
/// Structural problems are 400 (malformed JSON, missing `data`, not-allowed attributes or
/// relationships: code 105) or 409 (wrong `data.type`, or `data.id` different from the path id,
/// as JSON:API requires for a type/id that does not match the endpoint). Field values are not
/// judged here; `TrunkValidator` does that and answers 422.
struct TrunkWriteRequest: Sendable {
    /// The attributes sent, unvalidated.
    var attributes: [String: JSONValue]
    /// The DID ids sent per relationship (`dids`, `emergency_dids`); absent when not sent.
    var relationshipIDs: [String: [String]]

    /// The attributes a client may write.
    static let writableAttributes = Set(TrunkRecord.attributeNames).subtracting(readOnlyAttributes)
    /// Attributes the server computes; sending one is 400 "Param not allowed".
    static let readOnlyAttributes: Set<String> = ["threshold_reached", "created_at"]

    /// Parses `data` of a POST (`pathID` nil) or PATCH/PUT body; throws the 400/409 errors.
    init(document: JSONValue?, pathID: String?) throws(ApiErrorList) {
        guard let document else { throw ApiErrorList(.malformedBody("The request body is not valid JSON.")) }
        guard let data = document.objectValue?["data"] else { throw ApiErrorList(.paramMissing("data")) }
        guard let members = data.objectValue else { throw ApiErrorList(.malformedBody("data must be an object.")) }
        var notAllowed = members.keys.sorted()
            .filter { !["type", "id", "attributes", "relationships"].contains($0) }
            .map(ApiError.paramNotAllowed)
        guard let type = members["type"]?.stringValue else { throw ApiErrorList(.paramMissing("data.type")) }
        guard type == "voice_out_trunks" else {
            throw ApiErrorList(.conflict("data.type must be voice_out_trunks, not \(type)."))
        }
        if let pathID {
            guard let id = members["id"]?.stringValue else { throw ApiErrorList(.paramMissing("data.id")) }
            guard id == pathID else { throw ApiErrorList(.conflict("data.id \(id) does not match the URL id \(pathID).")) }
        } else if members["id"] != nil {
            notAllowed.append(.paramNotAllowed("id"))
        }
        let attributesValue = members["attributes"] ?? .object([:])
        guard let attributes = attributesValue.objectValue else {
            throw ApiErrorList(.malformedBody("data.attributes must be an object."))
        }
        notAllowed += attributes.keys.sorted().filter { !Self.writableAttributes.contains($0) }.map(ApiError.paramNotAllowed)
        notAllowed += Self.notAllowedAuthenticationMembers(attributes["authentication_method"])
        let relationships = try Self.parseRelationships(members["relationships"], notAllowed: &notAllowed)
        guard notAllowed.isEmpty else { throw ApiErrorList(notAllowed) }
        self.attributes = attributes
        self.relationshipIDs = relationships
    }

    private static func notAllowedAuthenticationMembers(_ method: JSONValue?) -> [ApiError] {
        guard let members = method?.objectValue else { return [] }
        var errors = members.keys.sorted().filter { $0 != "type" && $0 != "attributes" }
            .map { ApiError.paramNotAllowed("authentication_method.\($0)") }
        let allowed: Set<String>
        switch members["type"]?.stringValue {
        case "credentials_and_ip": allowed = ["allowed_sip_ips", "tech_prefix", "username", "password"]
        case "twilio": allowed = ["twilio_account_sid"]
        default: return errors
        }
        let keys = members["attributes"]?.objectValue?.keys.sorted() ?? []
        errors += keys.filter { !allowed.contains($0) }
            .map { ApiError.paramNotAllowed("authentication_method.attributes.\($0)") }
        return errors
    }

    private static func parseRelationships(
        _ value: JSONValue?, notAllowed: inout [ApiError]
    ) throws(ApiErrorList) -> [String: [String]] {
        guard let value else { return [:] }
        guard let members = value.objectValue else {
            throw ApiErrorList(.malformedBody("data.relationships must be an object."))
        }
        var result: [String: [String]] = [:]
        for (name, relationship) in members.sorted(by: { $0.key < $1.key }) {
            switch name {
            case "dids", "emergency_dids":
                guard let linkage = relationship.objectValue?["data"]?.arrayValue else {
                    throw ApiErrorList(.invalidLinkage(name))
                }
                var ids: [String] = []
                for identifier in linkage {
                    guard let id = didIdentifier(identifier) else { throw ApiErrorList(.invalidLinkage(name)) }
                    ids.append(id)
                }
                result[name] = ids
            case "default_did":
                guard let linkage = relationship.objectValue?["data"],
                      linkage.isNull || didIdentifier(linkage) != nil else {
                    throw ApiErrorList(.invalidLinkage(name))
                }
            default:
                notAllowed.append(.paramNotAllowed(name))
            }
        }
        return result
    }

    private static func didIdentifier(_ value: JSONValue) -> String? {
        guard let members = value.objectValue, members["type"]?.stringValue == "dids" else { return nil }
        return members["id"]?.stringValue
    }
}

/// One or more API errors answered together (e.g. every not-allowed parameter of a request).
struct ApiErrorList: Error, Sendable {
    var errors: [ApiError]

    /// A list of several errors.
    init(_ errors: [ApiError]) {
        self.errors = errors
    }

    /// A list of one error.
    init(_ error: ApiError) {
        self.errors = [error]
    }
}
