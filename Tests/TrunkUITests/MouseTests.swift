import ScreenKit
import Testing
@testable import TrunkUI

/// `--mouse`: a click on a list row selects it, the wheel scrolls what is under the pointer,
/// and nothing happens while a dialog or prompt waits for keys.
@Suite struct MouseTests {
    @Test func clickOnARowSelectsIt() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        #expect(state.press([.mouse(MouseEvent(.click, row: 5, column: 10))]).isEmpty)
        #expect(state.selectedTrunk?.name == "Zürich Ost", "row 5 is the third trunk (box top, header, two rows above)")
        _ = state.press([.mouse(MouseEvent(.click, row: 2, column: 10))])
        #expect(state.selectedTrunk?.name == "Zürich Ost", "a click on the column header selects nothing")
        _ = state.press([.mouse(MouseEvent(.click, row: 20, column: 10))])
        #expect(state.selectedTrunk?.name == "Zürich Ost", "a click below the last trunk selects nothing")
    }

    @Test func wheelMovesTheSelection() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        _ = state.press([.mouse(MouseEvent(.wheelDown, row: 8, column: 10))])
        #expect(state.selectedTrunk?.name == "Zürich Ost", "three rows down, clamped to the last")
        _ = state.press([.mouse(MouseEvent(.wheelUp, row: 8, column: 10))])
        #expect(state.selectedTrunk?.name == "Berlin Office")
    }

    @Test func clickInTheDetailHalfFocusesIt() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 40, columns: 160)
        _ = state.press([.mouse(MouseEvent(.click, row: 10, column: 150))])
        #expect(state.pane == .detail)
        _ = state.press([.mouse(MouseEvent(.click, row: 4, column: 10))])
        #expect(state.pane == .list && state.selectedTrunk?.name == "東京 outbound")
    }

    @Test func clicksAreIgnoredWhileAPromptWaits() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        _ = state.press([.char("y")])
        _ = state.press([.mouse(MouseEvent(.click, row: 5, column: 10))])
        #expect(state.copyPending && state.selectedTrunk?.name == "Berlin Office")
        _ = state.press([.escape, .char("?")])
        _ = state.press([.mouse(MouseEvent(.click, row: 5, column: 10))])
        #expect(state.selectedTrunk?.name == "Berlin Office")
    }
}
