import DidwwClient
import Foundation
import TrunkModel
import TrunkUI

/// Adapts `DidwwClient` to what the UI asks for.
struct ClientTrunkService: TrunkService {
    let client: DidwwClient

    func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        try await client.list(TrunkListQuery(pageNumber: number, pageSize: size, filters: query.filters,
                                             sort: query.sort.map { .init(field: $0.field, descending: $0.descending) }))
    }

    func trunk(id: String) async throws -> Trunk {
        try await client.get(id: id)
    }

    func update(id: String, body: Data) async throws -> Trunk {
        try await client.update(id: id, body: body)
    }

    func trunkDocument(id: String) async throws -> Data {
        try await client.document(id: id)
    }

    func regenerateCredentials(id: String) async throws {
        try await client.regenerateCredentials(trunkID: id)
    }

    func create(body: Data) async throws -> Trunk {
        try await client.create(body: body)
    }

    func delete(id: String) async throws {
        try await client.delete(id: id)
    }

    func accountDids() async throws -> [DidRef] {
        try await client.allDids()
    }
}
