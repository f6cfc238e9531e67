import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// `accountDidList(limit:)` against FakeDidww seeded with more DIDs than the limit: it reads pages
/// of 100 up to the limit, and says how many were read of how many.
@Suite("Account DIDs read up to a limit, through curl")
struct AccountDidListTests {
    static func withAccount<Result>(dids: Int, _ body: (DidwwClient, FakeDidwwServer) async throws -> Result) async throws -> Result {
        var config = FakeDidwwConfig(trunkCount: 5, seed: 7, apiKey: ClientFixtures.apiKey)
        config.didCount = dids
        let server = FakeDidwwServer(config: config)
        let base = try await server.start()
        do {
            let client = DidwwClient(baseURL: base, apiKey: ClientFixtures.apiKey, transport: CurlTransport())
            let result = try await body(client, server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test func aListCutAtTheLimitSaysHowManyTheAccountHas() async throws {
        try await Self.withAccount(dids: 250) { client, server in
            let list = try await client.accountDidList(limit: 150)

            #expect(list.dids.count == 150 && Set(list.dids.map(\.id)).count == 150)
            #expect(list.truncation == AccountDidList.Truncation(read: 150, total: 250))
            let queries = server.requests().filter { $0.path == "/v3/dids" }.map(\.query)
            #expect(queries == ["page%5Bnumber%5D=1&page%5Bsize%5D=100", "page%5Bnumber%5D=2&page%5Bsize%5D=100"],
                    "pages of 100, and no page past the limit")
            let second = try await client.dids(pageNumber: 2, pageSize: 100)
            #expect(list.dids.suffix(50).map(\.id) == second.dids.prefix(50).map(\.id), "the first 150 in server order")
        }
    }

    @Test(arguments: [250, 300, 10_000])
    func aLimitTheAccountFitsInReadsEveryDid(limit: Int) async throws {
        try await Self.withAccount(dids: 250) { client, server in
            let list = try await client.accountDidList(limit: limit)

            #expect(list.dids.count == 250 && list.truncation == nil)
            #expect(server.requests().filter { $0.path == "/v3/dids" }.count == 3, "stops at the last page")
        }
    }

    @Test func theStandardAccountIsReadWholeInOneRequest() async throws {
        try await Self.withAccount(dids: FakeDidwwConfig.defaultDidCount) { client, server in
            let list = try await client.accountDidList()
            #expect(list.dids.count == 64 && list.truncation == nil)
            #expect(server.requests().count == 1)
        }
    }
}
