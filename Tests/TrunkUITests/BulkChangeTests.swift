import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `b` with trunks marked: which change, one review of every trunk, then one trunk at a time
/// with the single save's read-again guard, at the API's pace; the results, and the marks left.
@Suite struct BulkChangeTests {
    /// acme-fra-1, acme-fra-2 and beta-ber-1 (already blocked) marked, in a list of six.
    static func threeMarked() -> AppState {
        var state = MarkTests.sixLoaded()
        _ = state.press([.char(" "), .char(" "), .char(" ")])
        return state
    }

    static func status(_ trunk: Trunk, _ status: TrunkStatus) -> Trunk {
        var changed = trunk
        changed.status = status
        return changed
    }

    /// The time moves on by `seconds` (a tick, as the runner's wake-up posts).
    static func later(_ state: inout AppState, _ seconds: TimeInterval = AppState.bulkRequestSpacing) -> [Effect] {
        state.handle(.tick(state.now.addingTimeInterval(seconds)))
    }

    static func readAgain(_ state: inout AppState, _ trunk: Trunk) -> [Effect] {
        state.deliver(where: { $0 == .bulkRead(trunkID: trunk.id) }, .trunk(.success(trunk)), what: "the read of \(trunk.name ?? "")")
    }

    static func saved(_ state: inout AppState, _ trunk: Trunk) -> [Effect] {
        state.deliver(where: { $0 == .bulkSave(trunkID: trunk.id) }, .change(.success(ChangeMade(trunk: trunk))),
                      what: "the PATCH of \(trunk.name ?? "")")
    }

    @Test func bWithMarksAsksWhichChangeThenReviewsEveryTrunk() throws {
        var state = Self.threeMarked()
        #expect(state.press([.char("b")]).isEmpty)
        let asked = try #require(state.bulkChange)
        #expect(asked.phase == .choosing)
        #expect(state.keyContext == .bulkChange)
        _ = state.press([.char("b")])
        let review = try #require(state.bulkChange)
        #expect(review.phase == .reviewing)
        #expect(review.change?.countsText == "3 trunks, 2 change, 1 already blocked (no request)")
        let text = BulkChangeText.lines(review, width: 90).map(\.0)
        #expect(Array(text.prefix(7)) == [
            " 3 trunks, 2 change, 1 already blocked (no request)",
            "",
            " 2 trunks: status Active → Blocked",
            "     acme-fra-1",
            "     acme-fra-2",
            " 1 trunk: already blocked (no request)",
            "     beta-ber-1",
        ], "the trunks grouped by their identical change, the changes first")
        #expect(text.contains { $0.contains("\"status\"") && $0.contains("\"blocked\"") }, "the exact body of one PATCH")
        #expect(review.confirmText == "block")
        #expect(state.press([.char("y")]).isEmpty, "y alone does not block")
        #expect(state.message?.text.contains("Type block") == true)
        _ = state.type("block")
        let effects = state.press([.char("y")])
        #expect(effects.calls == [.loadTrunk(id: Self.threeMarkedIDs[0])], "the first trunk is read again first")
    }

    static let threeMarkedIDs = MarkTests.six.prefix(3).map(\.id)

    @Test func unblockNeedsNoWordAndMoreThanTenNeedTheCountTyped() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("b"), .char("u")])
        #expect(state.bulkChange?.change?.countsText == "3 trunks, 1 changes, 2 already active (no request)")
        #expect(state.bulkChange?.confirmText == nil)
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: Self.threeMarkedIDs[2])])

        let many = (1...12).map { UIFixtures.trunk($0, name: String(format: "t%02d", $0)) }
        var big = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000))
        _ = big.start()
        _ = big.deliverPage(TrunkPage(trunks: many, totalRecords: 12), number: 1, generation: 0)
        _ = big.press([.char("*"), .char("b"), .char("b")])
        #expect(big.bulkChange?.confirmText == "block 12")
        _ = big.type("block")
        #expect(big.press([.char("y")]).isEmpty, "the word alone is not enough for more than ten")
        _ = big.type(" 12")
        #expect(big.press([.char("y")]).calls.count == 1)
    }

    @Test func readOnlyRefusesBeforeAnythingIsSent() {
        var state = Self.threeMarked()
        state.readOnly = true
        #expect(state.press([.char("b")]).isEmpty)
        #expect(state.bulkChange == nil)
        #expect(state.message?.text.hasPrefix("Read-only mode") == true)
        #expect(state.requests.count == 0)
    }

    @Test func escBeforeSendingCancelsAndNothingIsSent() {
        var state = Self.threeMarked()
        #expect(state.press([.char("b"), .char("b"), .escape]).isEmpty)
        #expect(state.bulkChange == nil)
        #expect(state.marks.count == 3)
        #expect(state.message?.text == "Cancelled: nothing was sent")
    }

    @Test func sendingIsOneTrunkAtATimeAtTheAPIsPaceAConflictSkippedAFailureLeftMarked() {
        let four = [MarkTests.six[0], MarkTests.six[1], MarkTests.six[2], MarkTests.six[3]]
        var state = MarkTests.sixLoaded()
        _ = state.press([.char(" "), .char(" "), .char(" "), .char(" "), .char("b"), .char("b")])
        #expect(state.bulkChange?.change?.countsText == "4 trunks, 3 change, 1 already blocked (no request)")
        _ = state.type("block")
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: four[0].id)])

        // The first is as reviewed: its PATCH waits for its turn (20 requests a second), then goes.
        let waited = Self.readAgain(&state, four[0])
        #expect(waited == [.wake(after: .milliseconds(55))], "no second request within 55 ms of the first")
        let patch = Self.later(&state)
        guard case .request(_, .patch(let id, let body))? = patch.last else { Issue.record("a PATCH: \(patch)"); return }
        #expect(id == four[0].id)
        #expect(body == BulkChange([four[0]], .status(.blocked)).body(of: BulkChange([four[0]], .status(.blocked)).items[0])?.encoded())
        _ = Self.saved(&state, Self.status(four[0], .blocked))
        #expect(state.bulkChange?.sending?.outcomes[four[0].id] == .changed)
        #expect(Self.later(&state).calls == [.loadTrunk(id: four[1].id)])
        #expect(state.message?.text == "Sending: 2 of 4 · 0 conflicts · 0 failed")

        // The second was set to another status meanwhile: skipped, never overwritten.
        _ = Self.readAgain(&state, Self.status(four[1], .unknown("suspended")))
        #expect(state.bulkChange?.sending?.outcomes[four[1].id] == .skipped("changed meanwhile: status is now suspended"))
        #expect(Self.later(&state).calls == [.loadTrunk(id: four[3].id)], "the already blocked one is not asked for")

        // The fourth's PATCH fails.
        _ = Self.readAgain(&state, four[3])
        #expect(Self.later(&state).calls.count == 1)
        _ = state.deliver(where: { $0 == .bulkSave(trunkID: four[3].id) }, .change(.failure(RequestFailure("HTTP 500"))),
                          what: "the PATCH")
        guard let done = state.bulkChange else { Issue.record("the results stay until closed"); return }
        #expect(done.phase == .done)
        #expect(done.sending?.progressText == "4 of 4 · 1 conflict · 1 failed")
        let lines = BulkChangeText.lines(done, width: 90).map(\.0)
        #expect(lines.contains { $0.hasPrefix(" ✓ acme-fra-1") })
        #expect(lines.contains { $0.hasPrefix(" – acme-fra-2") && $0.contains("skipped: changed meanwhile") })
        #expect(lines.contains { $0.hasPrefix(" ✓ beta-ber-1") && $0.contains("no request") })
        #expect(lines.contains { $0.hasPrefix(" ✗ acme-ams-1") && $0.contains("failed: HTTP 500") })
        #expect(MarkTests.markedNames(state) == ["acme-fra-2", "acme-ams-1"], "failed and skipped trunks stay marked")
        #expect(state.message?.text == "1 of 4 blocked · 4 of 4 · 1 conflict · 1 failed · 2 still marked")
        #expect(state.trunks.first { $0.id == four[0].id }?.status == .blocked, "the list shows the change")
        _ = state.press([.escape])
        #expect(state.bulkChange == nil)
    }

    @Test func escWhileSendingStopsAfterTheRequestInFlight() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("b"), .char("b")])
        _ = state.type("block")
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: Self.threeMarkedIDs[0])])
        #expect(state.press([.escape]).isEmpty, "the read in flight is not called back")
        #expect(state.bulkChange?.phase == .sending)
        #expect(state.message?.text == "Stopping after the request in flight…")
        let after = Self.readAgain(&state, MarkTests.six[0])
        #expect(after.calls.isEmpty, "nothing is sent after Esc")
        #expect(Self.later(&state).calls.isEmpty)
        let done = try #require(state.bulkChange)
        #expect(done.phase == .done)
        #expect(done.sending?.outcomes[Self.threeMarkedIDs[0]] == .skipped("stopped before it was sent"))
        #expect(done.sending?.outcomes[Self.threeMarkedIDs[1]] == .skipped("stopped before it was sent"))
        #expect(MarkTests.markedNames(state) == ["acme-fra-1", "acme-fra-2"], "the trunks not sent stay marked")
    }

    @Test func withoutMarksBStillBlocksTheSelectedTrunkAlone() {
        var state = MarkTests.sixLoaded()
        _ = state.press([.char("b")])
        #expect(state.bulkChange == nil)
        #expect(state.review?.diff.original.name == "acme-fra-1")
    }
}

/// The status line names the keys that act in the bulk change's phase now (not every binding of
/// its context, as other prompts do: the choice, the review and the sending take different keys).
@Suite struct BulkChangeHintTests {
    @Test func theHintFollowsThePhase() {
        var state = BulkChangeTests.threeMarked()
        _ = state.press([.char("b")])
        #expect(Screen.hints(state) == " b block them · u unblock them · Esc cancel / stop / close")
        _ = state.press([.char("b")])
        #expect(Screen.hints(state) == " type block first · y send · Esc cancel / stop / close · ↓ scroll")
        _ = state.type("block")
        _ = state.press([.char("y")])
        #expect(Screen.hints(state) == " Esc cancel / stop / close")
    }
}
