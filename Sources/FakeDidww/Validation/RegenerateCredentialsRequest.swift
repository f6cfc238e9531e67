/// A `POST /v3/voice_out_trunk_regenerate_credentials` body (`data.type` and the
/// `voice_out_trunk` relationship naming the trunk), structurally checked; the 201 answer carries
/// only an id, and only `credentials_and_ip` trunks have credentials to regenerate (else 422).
struct RegenerateCredentialsRequest: Sendable {
    /// The resource type of the request and of the 201 answer.
    static let type = "voice_out_trunk_regenerate_credentials"

    /// The trunk whose credentials are to be replaced.
    var trunkID: String

    /// Reads the trunk linkage; 400 for a malformed body, 409 for a wrong `data.type`, 422 when
    /// the `voice_out_trunk` linkage is missing.
    init(document: JSONValue?) throws(ApiErrorList) {
        guard let document else { throw ApiErrorList(.malformedBody("The request body is not valid JSON.")) }
        guard let data = document.objectValue?["data"]?.objectValue else { throw ApiErrorList(.paramMissing("data")) }
        let notAllowed = data.keys.sorted().filter { !["type", "relationships"].contains($0) }
        guard notAllowed.isEmpty else { throw ApiErrorList(notAllowed.map(ApiError.paramNotAllowed)) }
        guard let type = data["type"]?.stringValue else { throw ApiErrorList(.paramMissing("data.type")) }
        guard type == Self.type else { throw ApiErrorList(.conflict("data.type must be \(Self.type), not \(type).")) }
        let linkage = data["relationships"]?.value(atPath: ["voice_out_trunk", "data"])
        guard let members = linkage?.objectValue, members["type"]?.stringValue == "voice_out_trunks",
              let id = members["id"]?.stringValue, !id.isEmpty else {
            throw ApiErrorList(.invalid("voice_out_trunk", "can't be blank", pointer: "/data/relationships/voice_out_trunk"))
        }
        trunkID = id
    }
}
