import Foundation

/// The six outbound-trunk endpoints (list, show, create, update, delete, regenerate credentials),
/// each turning one request into an `ApiResponse`.
struct TrunkEndpoints {
    let context: ServerContext
    let query: QueryParameters
    /// The API version serving this request: its rules and its `meta.api_version`.
    var apiVersion: String

    private var baseURL: String { context.linkBase }

    /// `GET /v3/voice_out_trunks`.
    func list() throws(ApiError) -> ApiResponse {
        let listQuery = try ListQuery(query: query)
        let (page, total, dids) = context.withStore { store in
            let result = store.list(listQuery)
            return (result.page, result.total, store.didsByID)
        }
        let builder = documentBuilder(shape: listQuery.shape, dids: dids)
        return .encoded(200, builder.collection(page: page, total: total, query: listQuery))
    }

    /// `GET /v3/voice_out_trunks/{id}`.
    func show(id: String) throws(ApiError) -> ApiResponse {
        let shape = try ResponseShape(query: query)
        let (trunk, dids) = context.withStore { ($0.trunk(id: id), $0.didsByID) }
        guard let trunk else { return .errors([.recordNotFound(id)]) }
        return .encoded(200, documentBuilder(shape: shape, dids: dids).single(trunk))
    }

    /// `POST /v3/voice_out_trunks`.
    func create(body: Data) throws(ApiError) -> ApiResponse {
        let shape = try ResponseShape(query: query)
        let request: TrunkWriteRequest
        do {
            request = try TrunkWriteRequest(document: JSONValue.parse(body), pathID: nil)
        } catch {
            return .errors(error.errors)
        }
        let (result, dids) = context.withStore { ($0.create(request, rules: VersionRules(apiVersion)), $0.didsByID) }
        return respond(result, status: 201, shape: shape, dids: dids)
    }

    /// `PATCH` (or `PUT`) `/v3/voice_out_trunks/{id}`.
    func update(id: String, body: Data) throws(ApiError) -> ApiResponse {
        let shape = try ResponseShape(query: query)
        guard context.withStore({ $0.trunk(id: id) }) != nil else { return .errors([.recordNotFound(id)]) }
        let request: TrunkWriteRequest
        do {
            request = try TrunkWriteRequest(document: JSONValue.parse(body), pathID: id)
        } catch {
            return .errors(error.errors)
        }
        let (result, dids) = context.withStore { ($0.update(id: id, request, rules: VersionRules(apiVersion)), $0.didsByID) }
        return respond(result, status: 200, shape: shape, dids: dids)
    }

    /// `DELETE /v3/voice_out_trunks/{id}`.
    func delete(id: String) -> ApiResponse {
        context.withStore { $0.delete(id: id) } ? .noContent : .errors([.recordNotFound(id)])
    }

    /// `POST /v3/voice_out_trunk_regenerate_credentials`.
    func regenerateCredentials(body: Data) -> ApiResponse {
        let trunkID: String
        do {
            trunkID = try RegenerateCredentialsRequest(document: JSONValue.parse(body)).trunkID
        } catch {
            return .errors(error.errors)
        }
        switch context.withStore({ $0.regenerateCredentials(trunkID: trunkID) }) {
        case .success(let receiptID):
            return .document(201, ["data": .object([
                "id": .string(receiptID), "type": .string(RegenerateCredentialsRequest.type),
            ])])
        case .failure(let list):
            return .errors(list.errors)
        }
    }

    private func documentBuilder(shape: ResponseShape, dids: [String: DidRecord]) -> TrunkDocumentBuilder {
        TrunkDocumentBuilder(baseURL: baseURL, shape: shape, didsByID: dids, apiVersion: apiVersion)
    }

    private func respond(
        _ result: Result<TrunkRecord, ApiErrorList>, status: Int, shape: ResponseShape, dids: [String: DidRecord]
    ) -> ApiResponse {
        switch result {
        case .success(let trunk):
            .encoded(status, documentBuilder(shape: shape, dids: dids).single(trunk))
        case .failure(let list):
            .errors(list.errors)
        }
    }
}
