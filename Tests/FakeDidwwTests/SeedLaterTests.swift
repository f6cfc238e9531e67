import FakeDidww
import Foundation
import Synchronization
import Testing

/// A fake whose account is seeded after it starts listening (demo mode): it reports progress up to
/// every trunk, and a request that came before the seeding ended is answered with the whole account.
@Suite("seeding later")
struct SeedLaterTests {
    @Test func aRequestMadeWhileSeedingIsAnsweredOnceTheAccountIsReady() async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 2_500), seeding: .later)
        let base = try await server.start().absoluteString
        #expect(server.trunkIDs().isEmpty, "nothing is seeded yet")
        let early = Task { try await CurlClient().get(base + "/voice_out_trunks?page[size]=1") }
        let deadline = ContinuousClock.now + .seconds(10)
        while server.requests().isEmpty && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(server.answeredRequestCount() == 0, "the request waits for the account")
        let reports = Mutex<[Int]>([])
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                server.seed { seeded, total in reports.withLock { $0.append(total == 2_500 ? seeded : -1) } }
                done.resume()
            }
        }
        let reply = try await early.value
        await server.stop()
        #expect(reply.status == 200)
        #expect((reply.json["meta"] as? [String: Any])?["total_records"] as? Int == 2_500)
        #expect(reports.withLock { $0 } == [1_000, 2_000, 2_500])
        #expect(server.trunkIDs().count == 2_500)
        #expect(server.trunkIDs() == FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 2_500)).trunkIDs(),
                "the same account as one seeded at once")
    }
}
