import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `p r 44` on 50 marked trunks through the real runner, curl client and fake, with one trunk
/// changed by someone else after the review and one PATCH answered 503: one PATCH per trunk that
/// changes, none for the conflicting one, the failure in the results, and the pace kept.
@Suite("Removing a prefix from 50 marked trunks")
struct BulkPrefixRunnerTests {
    static let trunkCount = 50

    @Test("One PATCH per changed trunk, none for a conflict, a 503 reported and left marked, at most 20 requests a second")
    func fiftyTrunksWithConflictAndFailure() async throws {
        try await RunnerHarness.with(trunkCount: Self.trunkCount) { harness in
            // 47 trunks hold 44 among their prefixes; 3 do not (already so: no request).
            let ids = harness.server.trunkIDs()
            #expect(ids.count == Self.trunkCount)
            let without = Set(ids.suffix(3))
            for id in ids {
                #expect(harness.server.mutateTrunk(id: id, attribute: "dst_prefixes", value: without.contains(id) ? ["33"] : ["44", "49"]))
            }
            try await harness.press([.char("r")])
            let marked = try await harness.press([.char("*")])
            #expect(marked.marks.count == Self.trunkCount)

            let reviewed = try await harness.press([.char("p"), .char("r"), .char("4"), .char("4"), .enter])
            let change = try #require(reviewed.bulkChange?.change)
            let changing = change.changing.map(\.trunk.id)
            #expect(changing.count == Self.trunkCount - without.count)

            // Between the review and the sending: someone changes one trunk's prefixes, and the
            // server fails the first PATCH.
            let conflicting = changing[changing.count / 2]
            #expect(harness.server.mutateTrunk(id: conflicting, attribute: "dst_prefixes", value: ["44", "49", "1"]))
            harness.server.addFault(FaultRule(method: "PATCH", endpoint: .update, kind: .status(503), count: 1))
            harness.server.clearRequestLog()
            try await harness.type(String(changing.count))
            let done = try await harness.press([.char("y")])
            #expect(done.bulkChange?.phase == .done, "the results stay: \(harness.screen)")

            let requests = harness.server.requests()
            let patches = requests.filter { $0.method == "PATCH" }
            let patched = patches.map { String($0.path.split(separator: "/").last ?? "") }
            #expect(patched.sorted() == changing.filter { $0 != conflicting }.sorted(), "one PATCH per changed trunk")
            #expect(!patched.contains(conflicting), "no PATCH for the trunk changed meanwhile")
            let failed = try #require(patches.first { $0.fault == "503" }.map { String($0.path.split(separator: "/").last ?? "") })
            #expect(patches.filter { $0.fault != nil }.count == 1)

            let sending = try #require(done.bulkChange?.sending)
            guard case .failed? = sending.outcomes[failed] else {
                Issue.record("the 503 is reported as a failure: \(String(describing: sending.outcomes[failed]))")
                return
            }
            guard case .skipped(let why)? = sending.outcomes[conflicting] else {
                Issue.record("the conflict is skipped: \(String(describing: sending.outcomes[conflicting]))")
                return
            }
            #expect(why.hasPrefix("changed meanwhile"))
            #expect(done.marks.count == 2 && done.marks.contains(failed) && done.marks.contains(conflicting),
                    "the failed and the conflicting trunk stay marked")
            #expect(done.trunks.elements.first { $0.id == conflicting }?.dstPrefixes == ["44", "49", "1"], "their change is kept")
            #expect(done.trunks.elements.filter { !without.contains($0.id) && $0.id != conflicting && $0.id != failed }
                .allSatisfy { $0.dstPrefixes == ["49"] }, "44 is gone from every other trunk")

            // The pace, as the server saw it: no 21 requests within any second (the read that
            // settles the failed PATCH counts too).
            let times = requests.compactMap(\.receivedAt).sorted()
            #expect(times.count == requests.count)
            for index in times.indices.dropLast(20) {
                let window = times[index + 20] - times[index]
                #expect(window >= 1, "21 requests within \(window) s")
            }
        }
    }
}
