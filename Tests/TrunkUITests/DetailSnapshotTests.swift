import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Golden frames of the detail pane (Snapshots/detail-*.txt and .roles.txt), drawn from the fake
/// API's seeded trunks. At 160×48 only the detail pane's columns are compared, so a change to the
/// list beside it does not touch these goldens.
@Suite struct DetailSnapshotTests {
    /// The detail pane's columns at `columns` wide (the whole width when it stands alone).
    static func detailColumns(_ state: AppState) -> Range<Int>? {
        guard let pane = Viewport.panes(state, rows: state.terminalSize.rows, columns: state.terminalSize.columns).right,
              pane.column > 0 else { return nil }
        return pane.column..<(pane.column + pane.width)
    }

    static func assert(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = Screen.render(state, rows: state.terminalSize.rows, columns: state.terminalSize.columns)
        SnapshotAssertion.assertFrame(grid, named: name, columns: detailColumns(state), sourceLocation: sourceLocation)
    }

    @Test func credentialsTrunkAt80x24() {
        Self.assert(SeededTrunks.detailState("Chicago Sales"), "detail-80x24-chicago")
    }

    @Test func credentialsTrunkRevealedAt160x48() {
        var state = SeededTrunks.detailState("Berlin Office", rows: 48, columns: 160)
        _ = state.press([.char("x")])
        _ = state.tick(3)
        Self.assert(state, "detail-160x48-berlin-revealed")
    }

    @Test func unicodeNameWithTheNumberTesterAt80x24() {
        var state = SeededTrunks.detailState("東京 outbound")
        _ = state.press([.char("t")])
        _ = state.type("99#+81 3 1234 5678")
        Self.assert(state, "detail-80x24-tokyo-tester")
    }

    @Test func threeHundredPrefixesAt160x48() {
        var state = SeededTrunks.detailState("Vienna", rows: 48, columns: 160)
        _ = state.press([.pageDown])
        Self.assert(state, "detail-160x48-vienna-prefixes")
    }

    @Test func nullEverywhereAtTheEndAt80x24() {
        var state = SeededTrunks.detailState("Paris Minimal")
        _ = state.press([.char("G")])
        Self.assert(state, "detail-80x24-paris-minimal-end")
    }

    @Test func ipOnlyAt160x48() {
        Self.assert(SeededTrunks.detailState("Dublin Support", rows: 48, columns: 160), "detail-160x48-dublin-ip-only")
    }

    @Test func twilioAt80x24() {
        Self.assert(SeededTrunks.detailState("Frankfurt Twilio"), "detail-80x24-frankfurt-twilio")
    }

    @Test func didsAndEmergencyDidsAt160x48() {
        var state = SeededTrunks.detailState("Oslo Emergency", rows: 48, columns: 160)
        _ = state.press([.char("G")])
        Self.assert(state, "detail-160x48-oslo-dids")
    }

    @Test func rawJSONAt80x24() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let id = SeededTrunks.named("Berlin Office").id
        _ = state.press([.char("J")])
        _ = state.deliver(.loadTrunkJSON(id: id), .document(.success(try #require(SeededTrunks.documents[id]))))
        Self.assert(state, "detail-80x24-raw-json")
    }

    @Test func regenerateConfirmationAt80x24() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("R")])
        _ = state.type("Berlin")
        _ = state.press([.enter])
        Self.assert(state, "detail-80x24-regenerate-wrong-name")
    }

    /// The cases above at the other size, so every kind of trunk has a golden at both sizes.
    @Test("each kind of trunk at the other size", arguments: [
        ("Dublin Support", 24, 80, false, "detail-80x24-dublin-ip-only"),
        ("Vienna", 24, 80, true, "detail-80x24-vienna-prefixes"),
        ("Chicago Sales", 48, 160, false, "detail-160x48-chicago"),
        ("Frankfurt Twilio", 48, 160, false, "detail-160x48-frankfurt-twilio"),
        ("東京 outbound", 48, 160, false, "detail-160x48-tokyo"),
        ("Paris Minimal", 48, 160, true, "detail-160x48-paris-minimal-end"),
    ])
    func otherSize(name: String, rows: Int, columns: Int, toTheEnd: Bool, golden: String) {
        var state = SeededTrunks.detailState(name, rows: rows, columns: columns)
        if toTheEnd { _ = state.press([name == "Vienna" ? .pageDown : .char("G")]) }
        Self.assert(state, golden)
    }
}
