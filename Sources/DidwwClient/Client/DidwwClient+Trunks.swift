import FoundationEssentials
import TrunkModel
import OwnThread

extension DidwwClient {
    /// `GET /voice_out_trunks` with `query`; one page of trunks and the total count.
    public func list(_ query: TrunkListQuery) async throws -> TrunkPage {
        let response = try await exchange(.get, path: ["voice_out_trunks"], query: query.percentEncodedQuery,
                                          callerChecksVersion: true)
        let page: TrunkPage
        do {
            // A page of hundreds of trunks is decoded off the cooperative pool, so the next
            // pages' requests are not kept waiting behind it (and the server idle).
            page = try await OwnThread.run("trunks.decode") { try self.decode(response) { try TrunkDocuments.decodeList($0) } }
        } catch {
            try checkServedVersion(response)
            throw error
        }
        try checkServedVersion(page.apiVersion, status: response.status)
        return page
    }

    /// `GET /voice_out_trunks/{id}`, by default with its DIDs and emergency DIDs included.
    public func get(id: String, include: [String] = ["dids", "emergency_dids"]) async throws -> Trunk {
        let query = include.isEmpty ? nil : QueryEncoding.percentEncodedQuery(
            [URLQueryItem(name: "include", value: include.joined(separator: ","))])
        let response = try await exchange(.get, path: ["voice_out_trunks", id], query: query)
        return try decode(response) { try TrunkDocuments.decodeSingle($0) }
    }

    /// `GET /voice_out_trunks/{id}` as the server sends it (for showing the raw JSON), by default
    /// with its DIDs and emergency DIDs included. Holds secrets: mask them before showing it.
    public func document(id: String, include: [String] = ["dids", "emergency_dids"]) async throws -> Data {
        let query = include.isEmpty ? nil : QueryEncoding.percentEncodedQuery(
            [URLQueryItem(name: "include", value: include.joined(separator: ","))])
        return try await exchange(.get, path: ["voice_out_trunks", id], query: query).body
    }

    /// `PATCH /voice_out_trunks/{id}` with a ready JSON:API body; returns the trunk as saved.
    ///
    /// Never retried when the outcome is unknown: on a `DidwwError` whose `mayHaveReachedServer`
    /// is true, read the trunk again before deciding anything.
    /// The answer carries the DIDs and emergency DIDs (`include=dids,emergency_dids`), so a
    /// changed set comes back with its numbers.
    public func update(id: String, body: Data) async throws -> Trunk {
        try await updateAnswered(id: id, body: body).value
    }

    /// `update(id:body:)`, with the HTTP status the server answered (for the audit trail).
    public func updateAnswered(id: String, body: Data) async throws -> Answered<Trunk> {
        let response = try await exchange(.patch, path: ["voice_out_trunks", id], query: Self.includeDids, body: body)
        return Answered(value: try decode(response) { try TrunkDocuments.decodeSingle($0) }, status: response.status)
    }

    /// `POST /voice_out_trunks` with a ready JSON:API body; returns the created trunk with its DIDs.
    public func create(body: Data) async throws -> Trunk {
        try await createAnswered(body: body).value
    }

    /// `create(body:)`, with the HTTP status the server answered (for the audit trail).
    public func createAnswered(body: Data) async throws -> Answered<Trunk> {
        let response = try await exchange(.post, path: ["voice_out_trunks"], query: Self.includeDids, body: body)
        return Answered(value: try decode(response) { try TrunkDocuments.decodeSingle($0) }, status: response.status)
    }

    /// `DELETE /voice_out_trunks/{id}`; returns the HTTP status the server answered.
    @discardableResult
    public func delete(id: String) async throws -> Int {
        try await exchange(.delete, path: ["voice_out_trunks", id]).status
    }

    /// `POST /voice_out_trunk_regenerate_credentials` for one trunk; read the trunk again for the
    /// new credentials. Returns the HTTP status the server answered.
    @discardableResult
    public func regenerateCredentials(trunkID: String) async throws -> Int {
        try await exchange(.post, path: ["voice_out_trunk_regenerate_credentials"],
                           body: TrunkDocuments.regenerateCredentialsBody(trunkID: trunkID)).status
    }

    /// `include=dids,emergency_dids`, percent-encoded.
    static let includeDids = QueryEncoding.percentEncodedQuery([URLQueryItem(name: "include", value: "dids,emergency_dids")])

    func decode<Value>(_ response: HTTPResponse, _ decoder: (Data) throws -> Value) throws -> Value {
        do {
            return try decoder(response.body)
        } catch {
            throw DidwwError.decoding(status: response.status, detail: String(describing: error))
        }
    }
}
