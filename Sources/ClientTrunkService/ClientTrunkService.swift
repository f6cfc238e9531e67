import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// Adapts `DidwwClient` to what the UI asks for; changes report the status the server answered.
/// Its own target, so the program and the tests that drive the runner over real HTTP use the
/// same adapter.
public struct ClientTrunkService: TrunkService {
    public let client: DidwwClient
    /// How many of the account's DIDs the DID editor reads at most.
    public let didReadLimit: Int

    public init(client: DidwwClient, didReadLimit: Int = AccountDidList.defaultLimit) {
        self.client = client
        self.didReadLimit = didReadLimit
    }

    /// A page of the list: every attribute, no relationships (`TrunkDocuments.attributeNames`).
    public func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        try await client.list(TrunkListQuery(pageNumber: number, pageSize: size, filters: query.filters,
                                             sort: query.sort.map { .init(field: $0.field, descending: $0.descending) },
                                             fields: TrunkDocuments.attributeNames))
    }

    public func trunk(id: String) async throws -> Trunk {
        try await client.get(id: id)
    }

    public func trunkDocument(id: String) async throws -> Data {
        try await client.document(id: id)
    }

    public func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk> {
        let answer = try await client.updateAnswered(id: id, body: body)
        return ChangeReceipt(answer.value, status: answer.status)
    }

    public func create(body: Data) async throws -> ChangeReceipt<Trunk> {
        let answer = try await client.createAnswered(body: body)
        return ChangeReceipt(answer.value, status: answer.status)
    }

    public func delete(id: String) async throws -> ChangeReceipt<String> {
        ChangeReceipt(id, status: try await client.delete(id: id))
    }

    public func regenerateCredentials(id: String) async throws -> ChangeReceipt<String> {
        ChangeReceipt(id, status: try await client.regenerateCredentials(trunkID: id))
    }

    public func accountDids() async throws -> [DidRef] {
        try await client.allDids()
    }

    public func accountDidList() async throws -> AccountDidList {
        try await client.accountDidList(limit: didReadLimit)
    }

    /// The client refuses every change from now on.
    public func enterReadOnly() {
        client.enterReadOnly()
    }
}
