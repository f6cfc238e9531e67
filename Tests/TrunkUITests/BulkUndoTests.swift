import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Undo of a change made to many trunks: `u` right after it, or `Enter` on any of its lines in
/// the audit trail, opens the reverse as one review of those trunks; `o` undoes one trunk's part.
@Suite struct BulkUndoTests {
    /// acme-fra-1 and acme-fra-2 blocked through the marks (beta-ber-1 was blocked already).
    static func blockedTwo() -> AppState {
        var state = BulkChangeTests.threeMarked()
        _ = state.press([.char("b"), .char("b")])
        _ = state.type("block")
        _ = state.press([.char("y")])
        for trunk in MarkTests.six.prefix(2) {
            _ = BulkChangeTests.readAgain(&state, trunk)
            _ = BulkChangeTests.later(&state)
            _ = BulkChangeTests.saved(&state, BulkChangeTests.status(trunk, .blocked))
            _ = BulkChangeTests.later(&state)
        }
        return state
    }

    @Test func uAfterAChangeToManyTrunksReviewsItsReverseForTheTrunksItChanged() throws {
        var state = Self.blockedTwo()
        #expect(state.bulkChange?.phase == .done)
        _ = state.press([.escape])
        #expect(state.marks.isEmpty)
        #expect(state.press([.char("u")]).isEmpty, "nothing is read or sent before the review")
        let undo = try #require(state.bulkChange)
        #expect(undo.kind == .undo && undo.phase == .reviewing)
        let ids = MarkTests.six.prefix(2).map(\.id)
        #expect(undo.change?.edit == .perTrunk([ids[0]: [.status: .text("active")], ids[1]: [.status: .text("active")]]))
        #expect(undo.change?.items.map(\.trunk.id) == ids, "the trunk already blocked before is left alone")
        #expect(BulkChangeText.title(undo) == "Undo the change on 2 marked trunks")
        #expect(BulkChangeText.lines(undo, width: 90).map(\.0).prefix(3) == [
            " 2 trunks, 2 change", "", " 2 trunks: Status Blocked → Active",
        ])
        #expect(MarkTests.markedNames(state) == ["acme-fra-1", "acme-fra-2"], "marked, so a trunk not put back stays marked")
        _ = state.press([.char("y")])
        #expect(state.bulkChange?.sending != nil)
    }

    @Test func aTrunkSomeoneChangedSinceIsSkippedNotOverwritten() {
        var state = Self.blockedTwo()
        _ = state.press([.escape, .char("u"), .char("y")])
        var theirs = MarkTests.six[0]
        theirs.status = .unknown("suspended")
        _ = BulkChangeTests.readAgain(&state, theirs)
        #expect(state.bulkChange?.sending?.outcomes[theirs.id] == .skipped("changed meanwhile: status is now suspended"))
    }

    static func groupLines() -> [AuditEntry] {
        let status = { (old: String, new: String) in
            AuditEntry.Change(field: "status", old: old, new: new, oldValue: .text(old.lowercased()), newValue: .text(new.lowercased()))
        }
        var lines = [
            AuditFixtures.line(1, name: "acme-fra-1", changes: [status("Active", "Blocked")]),
            AuditFixtures.line(2, name: "acme-fra-2", changes: [status("Active", "Blocked")]),
            AuditFixtures.line(4, name: "acme-ams-1", changes: [status("Active", "Blocked")], outcome: "failed"),
            AuditFixtures.line(5, name: "beta-ber-2", changes: [AuditEntry.Change(field: "name", old: "b", new: "beta-ber-2",
                                                                                  oldValue: .text("b"), newValue: .text("beta-ber-2"))]),
        ]
        for index in 0..<3 { lines[index].batch = "g-1" }
        return lines
    }

    @Test func enterOnALineOfAChangeToManyTrunksReviewsTheReverseOfTheWholeChange() throws {
        var state = MarkTests.sixLoaded()
        for index in 0..<2 { state.trunks[index].status = .blocked }
        state.showAudit(Self.groupLines())
        state.auditTrail?.selection = 1
        #expect(state.press([.enter]).isEmpty)
        #expect(state.auditTrail == nil)
        let undo = try #require(state.bulkChange)
        #expect(undo.change?.items.map(\.name) == ["acme-fra-1", "acme-fra-2"], "the failed line changed nothing; another change is not in the group")
        #expect(undo.change?.changingCount == 2)
    }

    @Test func oUndoesOnlyTheSelectedTrunksPart() {
        var state = MarkTests.sixLoaded()
        state.showAudit(Self.groupLines())
        state.auditTrail?.selection = 1
        let effects = state.press([.char("o")])
        #expect(effects.calls == [.loadTrunk(id: MarkTests.six[1].id)])
        #expect(state.bulkChange == nil && state.pendingUndo?.trunkID == MarkTests.six[1].id)
    }
}
