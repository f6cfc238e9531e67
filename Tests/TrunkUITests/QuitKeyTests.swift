import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `q` in the detail goes back, as in less and tig (on an account of 20,000 trunks, quitting by
/// habit meant loading them all again); in the list it quits as before.
@Suite struct QuitKeyTests {
    @Test func qInTheDetailGoesBackToTheList() {
        var state = SeededTrunks.detailState("Berlin Office")
        let selected = state.selection
        let effects = state.press([.char("q")])
        #expect(effects.isEmpty && !state.quitting && !state.confirmQuit)
        #expect(state.pane == .list && state.selection == selected, "back on the trunk it came from")
    }

    @Test func qInTheRawJSONGoesBackToTheTrunkThenToTheList() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let id = SeededTrunks.named("Berlin Office").id
        _ = state.press([.char("J")])
        _ = state.deliver(.loadTrunkJSON(id: id), .document(.success(try #require(SeededTrunks.documents[id]))))
        #expect(state.frame().contains("J, q or Esc back"))
        _ = state.press([.char("q")])
        #expect(state.pane == .detail && state.detailView.rawJSON == nil)
        _ = state.press([.char("q")])
        #expect(state.pane == .list && !state.quitting)
    }

    @Test func qInTheListStillQuits() {
        var state = KeymapCommandTests.list()
        #expect(state.press([.char("q")]) == [.quit])
    }

    @Test func qInTheListAfterTheDetailQuits() {
        var state = SeededTrunks.detailState("Berlin Office")
        #expect(state.press([.char("q"), .char("q")]) == [.quit])
    }

    @Test func theHelpSaysWhatQDoesInTheDetail() {
        var state = SeededTrunks.detailState("Berlin Office", rows: 60, columns: 200)
        _ = state.press([.char("?")])
        let text = HelpText.lines(state, width: 66).map(\.text).joined(separator: "\n")
        #expect(text.contains("Esc/q         back to the list"), "\(text)")
    }
}
