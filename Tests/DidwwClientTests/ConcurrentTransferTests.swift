import DidwwClient
import FakeDidww
import Foundation
import Synchronization
import Testing
import TrunkModel

/// Pages asked for at once must be on the wire at once: every request of a full pool reaches the
/// server before the first answer comes back, however few cores the machine has.
@Suite struct ConcurrentTransferTests {
    @Test func aFullPoolOfRequestsIsOnTheWireAtOnce() async throws {
        let capacity = 8
        // Answers late enough that all the requests reach the server first however loaded the machine.
        try await FakeAccount.with(latencyMilliseconds: 10_000) { account in
            let client = DidwwClient(baseURL: account.baseURL, apiKey: ClientFixtures.apiKey,
                                     transport: CurlTransport(maximumConcurrentTransfers: capacity), timeout: ClientFixtures.patientTimeout)
            let answered = AnswerCount()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...capacity {
                    group.addTask {
                        _ = try await client.list(TrunkListQuery(pageNumber: number, pageSize: 5))
                        answered.value.add(1, ordering: .relaxed)
                    }
                }
                let deadline = ContinuousClock.now + .seconds(30)
                while account.server.requests().count < capacity, answered.value.load(ordering: .relaxed) == 0,
                      ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(account.server.requests().count == capacity, "requests the server had received")
                #expect(answered.value.load(ordering: .relaxed) == 0, "…before the first answer (each takes 10 s)")
                try await group.waitForAll()
            }
        }
    }
}

/// Answers received so far, shared with the request tasks.
private final class AnswerCount: Sendable {
    let value = Atomic<Int>(0)
}
