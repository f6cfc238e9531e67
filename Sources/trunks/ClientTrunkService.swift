import DidwwClient
import Foundation
import TrunkModel
import TrunkUI

/// Adapts `DidwwClient` to what the UI asks for.
struct ClientTrunkService: TrunkService {
    let client: DidwwClient

    func listPage(number: Int, size: Int) async throws -> TrunkPage {
        try await client.list(TrunkListQuery(pageNumber: number, pageSize: size))
    }

    func trunk(id: String) async throws -> Trunk {
        try await client.get(id: id)
    }

    func update(id: String, body: Data) async throws -> Trunk {
        try await client.update(id: id, body: body)
    }

    func create(body: Data) async throws -> Trunk {
        try await client.create(body: body)
    }

    func delete(id: String) async throws {
        try await client.delete(id: id)
    }
}
