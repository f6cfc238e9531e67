import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// The client says before each wait that it will try again, and when each try starts and ends,
/// through the real curl transport and the fake with injected faults; a change that is not
/// retried says nothing.
@Suite("Retry notices")
struct RetryNoticeTests {
    static let policy = RetryPolicy(maximumRetries: 3, initialDelay: 0.01, maximumDelay: 0.5, maximumElapsed: 60, jitter: 0)

    private func client(_ account: FakeAccount, _ notices: TestLocked<[RetryNotice]>) -> DidwwClient {
        DidwwClient(baseURL: account.baseURL, apiKey: ClientFixtures.apiKey, transport: CurlTransport(), timeout: ClientFixtures.patientTimeout,
                    retryPolicy: Self.policy, retryObserver: { notice in notices.withLock { $0.append(notice) } })
    }

    @Test func eachRetryOfAReadIsAnnouncedWithTheTryAndTheReason() async throws {
        try await FakeAccount.with { account in
            let notices = TestLocked<[RetryNotice]>([])
            account.server.setFaults([try FaultRule(spec: "GET list=503*2")])
            let page = try await client(account, notices).list(TrunkListQuery(pageSize: 5))
            #expect(page.trunks.count == 5)
            let seen = notices.withLock { $0 }
            #expect(seen.map(\.failedTries) == [1, 2])
            #expect(seen.allSatisfy { $0.method == "GET" && $0.maximumTries == 4 && $0.reason.contains("(503)") })
            #expect(seen.first?.summary.hasPrefix("Retrying in a moment (try 2 of 4): The DIDWW server failed (503)") == true,
                    "\(seen.first?.summary ?? "")")
            #expect(!seen.contains { $0.reason.contains(ClientFixtures.apiKey) })
        }
    }

    @Test func aChangeThatIsNotRetriedAnnouncesNothing() async throws {
        try await FakeAccount.with { account in
            let notices = TestLocked<[RetryNotice]>([])
            let id = try #require(account.server.trunkIDs().first)
            account.server.setFaults([try FaultRule(spec: "PATCH update=503")])
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"x"}}}"#
            await #expect(throws: DidwwError.self) { try await client(account, notices).update(id: id, body: Data(body.utf8)) }
            #expect(notices.withLock { $0 }.isEmpty)
        }
    }

    @Test func eachTryIsReportedWhenItStartsAndWhenItEnds() async throws {
        try await FakeAccount.with { account in
            let tries = TestLocked<[TryNotice]>([])
            account.server.setFaults([try FaultRule(spec: "GET list=503*2")])
            let client = DidwwClient(baseURL: account.baseURL, apiKey: ClientFixtures.apiKey, transport: CurlTransport(),
                                     timeout: ClientFixtures.patientTimeout, retryPolicy: Self.policy,
                                     tryObserver: { notice in tries.withLock { $0.append(notice) } })
            _ = try await client.list(TrunkListQuery(pageSize: 5))
            _ = try await client.list(TrunkListQuery(pageSize: 5))
            let seen = tries.withLock { $0 }
            #expect(seen.map(\.phase) == [.started, .ended, .started, .ended, .started, .ended, .started, .ended])
            #expect(seen.map(\.tryNumber) == [1, 1, 2, 2, 3, 3, 1, 1])
            #expect(seen.allSatisfy { $0.method == "GET" && $0.maximumTries == 4 })
            let requests = seen.map(\.request)
            #expect(Set(requests.prefix(6)).count == 1 && Set(requests.suffix(2)).count == 1 && requests[0] != requests[7],
                    "the tries of one request share its number; the next request has another: \(requests)")
        }
    }

    @Test func aWholeNumberOfSecondsIsSaidAsSuch() {
        let notice = RetryNotice(method: "GET", failedTries: 3, maximumTries: 6, delay: 2.2, reason: "Could not connect.")
        #expect(notice.summary == "Retrying in 2 s (try 4 of 6): Could not connect.")
        #expect(notice.detail == "(try 4 of 6): Could not connect.")
    }
}
