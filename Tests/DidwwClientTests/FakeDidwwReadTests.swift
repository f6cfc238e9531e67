import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

@Suite("Reading trunks from FakeDidww through curl")
struct FakeDidwwReadTests {
    @Test func twoPagesOfTwentyOutOfFortyTwo() async throws {
        try await FakeAccount.with { account in
            let client = account.client()

            let first = try await client.list(TrunkListQuery(pageNumber: 1, pageSize: 20))
            let second = try await client.list(TrunkListQuery(pageNumber: 2, pageSize: 20))
            let last = try await client.list(TrunkListQuery(pageNumber: 3, pageSize: 20))

            #expect(first.totalRecords == 42)
            #expect(second.totalRecords == 42)
            #expect(first.trunks.count == 20)
            #expect(second.trunks.count == 20)
            #expect(last.trunks.count == 2)
            #expect(Set(first.trunks.map(\.id)).isDisjoint(with: second.trunks.map(\.id)))
            #expect(first.apiVersion == "2026-04-16")
            #expect(first.nextLink?.contains("page%5Bnumber%5D=2") == true)
            #expect(second.nextLink?.contains("page%5Bnumber%5D=3") == true)
            #expect(last.nextLink == nil)
            let logged = account.server.requests()
            #expect(logged.map(\.path) == Array(repeating: "/v3/voice_out_trunks", count: 3))
            #expect(logged[1].query == "page%5Bnumber%5D=2&page%5Bsize%5D=20")
        }
    }

    @Test func statusFilterReturnsOnlyBlockedTrunks() async throws {
        try await FakeAccount.with { account in
            let page = try await account.client().list(TrunkListQuery(pageSize: 100, filters: ["status": "blocked"]))

            #expect(!page.trunks.isEmpty)
            #expect(page.trunks.allSatisfy { $0.status == .blocked })
            #expect(page.trunks.contains { $0.name == "Chicago Sales" })
            #expect(page.totalRecords == page.trunks.count)
            #expect(account.server.requests().first?.query.contains("filter%5Bstatus%5D=blocked") == true)
        }
    }

    @Test func nameFilterKeepsAPlusSign() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)
            let body = Data(#"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"A+B Office"}}}"#.utf8)
            _ = try await client.update(id: id, body: body)

            let page = try await client.list(TrunkListQuery(filters: ["name": "A+B Office"]))

            #expect(page.trunks.map(\.id) == [id])
        }
    }

    @Test func descendingNameSortOrdersNamesDescending() async throws {
        try await FakeAccount.with { account in
            let page = try await account.client().list(
                TrunkListQuery(pageSize: 100, sort: [.init(field: "name", descending: true)]))

            let names = page.trunks.compactMap(\.name)
            #expect(names.count == 42)
            #expect(names == names.sorted(by: >))
            #expect(account.server.requests().first?.query.hasSuffix("&sort=-name") == true)
        }
    }

    @Test func includedDIDsCarryTheirNumbers() async throws {
        try await FakeAccount.with { account in
            let page = try await account.client().list(TrunkListQuery(include: ["dids"]))

            let berlin = try #require(page.trunks.first { $0.name == "Berlin Office" })
            let dids = try #require(berlin.dids)
            #expect(dids.count == 2)
            #expect(dids.allSatisfy { ($0.number ?? "").allSatisfy(\.isNumber) && $0.number?.isEmpty == false })
        }
    }

    @Test func getReturnsOneTrunkWithDIDsAndEmergencyDIDs() async throws {
        try await FakeAccount.with { account in
            let client = account.client()
            let oslo = try #require(try await client.list(TrunkListQuery(filters: ["name": "Oslo Emergency"])).trunks.first)

            let trunk = try await client.get(id: oslo.id)

            #expect(trunk.id == oslo.id)
            #expect(trunk.name == "Oslo Emergency")
            #expect(trunk.dids?.count == 3)
            #expect(trunk.emergencyDids?.count == 2)
            #expect(trunk.emergencyDids?.allSatisfy { $0.number != nil } == true)
            #expect(account.server.requests().last?.query == "include=dids,emergency_dids")
        }
    }

    @Test func unknownTrunkIsNotFound() async throws {
        try await FakeAccount.with { account in
            let error = await #expect(throws: DidwwError.self) {
                try await account.client().get(id: "01234567-89ab-cdef-0123-456789abcdef")
            }

            guard case .notFound = error else {
                Issue.record("expected notFound, got \(String(describing: error))")
                return
            }
            #expect(error?.userMessage == "Trunk not found (404).")
        }
    }

    @Test func wrongKeyIsUnauthorizedAndNeverEchoed() async throws {
        try await FakeAccount.with { account in
            let wrongKey = "wrong-key-0d9e8f7a6b"
            let client = account.client(apiKey: wrongKey)

            let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }

            let unwrapped = try #require(error)
            #expect(unwrapped.status == 401)
            #expect(unwrapped.userMessage == "The API key was refused (401). Check DIDWW_API_KEY.")
            for text in [unwrapped.userMessage, "\(unwrapped)", String(reflecting: unwrapped)] {
                #expect(!text.contains(wrongKey))
                #expect(!text.contains(ClientFixtures.apiKey))
            }
        }
    }

    @Test func slowAnswerTimesOutAfterTheClientTimeout() async throws {
        try await FakeAccount.with { account in
            let late = ClientFixtures.lateAnswerMilliseconds
            account.server.setLatency(milliseconds: late)
            let client = account.client(timeout: 1)
            let clock = ContinuousClock()
            let started = clock.now

            let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }

            let elapsed = started.duration(to: clock.now)
            #expect(error == .transport(.timedOut(seconds: 1, requestSent: true)))
            #expect(error?.userMessage == "No answer within 1 s.")
            #expect(elapsed >= .milliseconds(900) && elapsed < .milliseconds(late / 2), "gave up after the timeout, long before the answer")
        }
    }

    @Test func refusedConnectionIsAPlainTransportError() async throws {
        let refusing = try LoopbackSocket(listening: false)
        defer { refusing.close() }
        let port = refusing.port
        let client = ClientFixtures.client(URL(string: "http://127.0.0.1:\(port)/v3")!)

        let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }

        guard case let .retriesExhausted(attempts, _, last)? = error else {
            Issue.record("expected the read to be retried, got \(String(describing: error))")
            return
        }
        #expect(attempts == 3)
        #expect(last == .transport(.connectionRefused(host: "127.0.0.1", port: Int(port))))
        #expect(error?.userMessage.hasSuffix("Could not connect to 127.0.0.1:\(port): connection refused.") == true)
        #expect(error?.userMessage.hasPrefix("Gave up after 3 tries in ") == true)
        #expect(error?.mayHaveReachedServer == false)
    }
}
