import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `b` with every trunk marked, through the real runner, curl client and fake: one PATCH per
/// trunk that changes, each after a read of that trunk, and none for a trunk already blocked.
@Suite("Blocking the marked trunks")
struct BulkBlockRunnerTests {
    @Test("One PATCH per changed trunk, each read again first; none for a trunk already blocked")
    func onePatchPerChangedTrunk() async throws {
        try await RunnerHarness.with { harness in
            let listed = try await harness.press([.char("*")])
            #expect(listed.marks.count == RunnerHarness.trunkCount)
            // One trunk is blocked beforehand, so that the review has one "already so".
            let first = try #require(listed.trunks.first { $0.status == .active })
            #expect(harness.server.mutateTrunk(id: first.id, attribute: "status", value: "blocked"))
            try await harness.press([.char("r")])
            let state = try await harness.press([.char("b"), .char("b")])
            let change = try #require(state.bulkChange?.change)
            let alreadyBlocked = Set(change.items.filter { change.body(of: $0) == nil }.map(\.trunk.id))
            #expect(alreadyBlocked.contains(first.id))
            let changing = change.changing.map(\.trunk.id)
            harness.server.clearRequestLog()
            try await harness.type("block")
            let done = try await harness.press([.char("y")])

            #expect(done.bulkChange?.phase == .done, "the results stay: \(harness.screen)")
            let patches = harness.server.requests().filter { $0.method == "PATCH" }
            #expect(patches.map { String($0.path.split(separator: "/").last ?? "") }.sorted() == changing.sorted(),
                    "one PATCH per changed trunk")
            for id in alreadyBlocked {
                #expect(!patches.contains { $0.path.hasSuffix(id) }, "no request for a trunk already blocked")
            }
            let requests = harness.server.requests()
            for id in changing {
                let read = requests.firstIndex { $0.method == "GET" && $0.path.hasSuffix("/voice_out_trunks/\(id)") }
                let patch = requests.firstIndex { $0.method == "PATCH" && $0.path.hasSuffix(id) }
                #expect(read != nil && patch != nil && read! < patch!, "the trunk is read again before its PATCH")
            }
            #expect(done.marks.isEmpty, "every trunk blocked: none stays marked")
            #expect(done.trunks.allSatisfy { $0.status == .blocked })
            #expect(harness.server.trunkIDs().count == RunnerHarness.trunkCount)
        }
    }
}
