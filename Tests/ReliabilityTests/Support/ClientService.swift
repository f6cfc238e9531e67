import DidwwClient
import Foundation
import TrunkModel
import TrunkUI

/// The program's adapter of `DidwwClient` to `TrunkService`, as `trunks` builds it (the
/// executable's copy cannot be imported by tests).
struct ClientService: StatusReportingTrunkService {
    let client: DidwwClient

    func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        try await client.list(TrunkListQuery(pageNumber: number, pageSize: size, filters: query.filters,
                                             sort: query.sort.map { .init(field: $0.field, descending: $0.descending) }))
    }

    func trunk(id: String) async throws -> Trunk { try await client.get(id: id) }
    func trunkDocument(id: String) async throws -> Data { try await client.document(id: id) }

    func answeredUpdate(id: String, body: Data) async throws -> (trunk: Trunk, status: Int) {
        let answer = try await client.updateAnswered(id: id, body: body)
        return (answer.value, answer.status)
    }

    func answeredCreate(body: Data) async throws -> (trunk: Trunk, status: Int) {
        let answer = try await client.createAnswered(body: body)
        return (answer.value, answer.status)
    }

    func answeredDelete(id: String) async throws -> Int { try await client.delete(id: id) }
    func answeredRegenerateCredentials(id: String) async throws -> Int { try await client.regenerateCredentials(trunkID: id) }
    func accountDids() async throws -> [DidRef] { try await client.allDids() }
}
