import Foundation
import TrunkModel

extension DidwwClient {
    /// `GET /voice_out_trunks` with `query`; one page of trunks and the total count.
    public func list(_ query: TrunkListQuery) async throws -> TrunkPage {
        let response = try await exchange(.get, path: ["voice_out_trunks"], query: query.percentEncodedQuery)
        return try decode(response) { try TrunkDocuments.decodeList($0) }
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
        let response = try await exchange(.patch, path: ["voice_out_trunks", id], query: Self.includeDids, body: body)
        return try decode(response) { try TrunkDocuments.decodeSingle($0) }
    }

    /// `POST /voice_out_trunks` with a ready JSON:API body; returns the created trunk with its DIDs.
    public func create(body: Data) async throws -> Trunk {
        let response = try await exchange(.post, path: ["voice_out_trunks"], query: Self.includeDids, body: body)
        return try decode(response) { try TrunkDocuments.decodeSingle($0) }
    }

    /// `DELETE /voice_out_trunks/{id}`.
    public func delete(id: String) async throws {
        _ = try await exchange(.delete, path: ["voice_out_trunks", id])
    }

    /// `POST /voice_out_trunk_regenerate_credentials` for one trunk; read the trunk again for the new credentials.
    public func regenerateCredentials(trunkID: String) async throws {
        _ = try await exchange(.post, path: ["voice_out_trunk_regenerate_credentials"],
                               body: TrunkDocuments.regenerateCredentialsBody(trunkID: trunkID))
    }

    /// `include=dids,emergency_dids`, percent-encoded.
    static let includeDids = QueryEncoding.percentEncodedQuery([URLQueryItem(name: "include", value: "dids,emergency_dids")])

    func decode<Value>(_ response: HTTPResponse, _ decoder: (Data) throws -> Value) throws -> Value {
        do {
            return try decoder(response.body)
        } catch {
            throw DidwwError.decoding(detail: String(describing: error))
        }
    }
}
