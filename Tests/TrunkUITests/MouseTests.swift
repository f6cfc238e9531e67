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
        #expect(state.selectedTrunk?.name == "Zürich Ost", "a click on the column header selects nothing (it sorts)")
        _ = state.press([.mouse(MouseEvent(.click, row: 20, column: 10))])
        #expect(state.selectedTrunk?.name == "Zürich Ost", "a click below the last trunk selects nothing")
    }

    static func click(row: Int, column: Int = 10, at time: Double?) -> Key {
        .mouse(MouseEvent(.click, row: row, column: column, time: time))
    }

    @Test func aDoubleClickOnARowOpensThatTrunk() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        #expect(state.press([Self.click(row: 4, at: 100.0)]).isEmpty)
        #expect(state.selectedTrunk?.name == "東京 outbound" && state.pane == .list)
        let effects = state.press([Self.click(row: 4, at: 100.3)])
        #expect(state.pane == .detail && state.selectedTrunk?.name == "東京 outbound")
        #expect(effects.calls == [.loadTrunk(id: UIFixtures.trunks[1].id)])
        #expect(state.lastClick == nil, "a third click is a single one again")
    }

    /// Two clicks make a double click only on the same row, soon enough, both with their time.
    @Test(arguments: [
        (4, 100.0, 4, 100.5, "too far apart"),
        (4, 100.0, 5, 100.1, "on two rows"),
        (4, nil, 4, nil, "without times"),
        (4, 100.0, 4, nil, "the second without a time"),
        (4, 100.4, 4, 100.0, "the clock going back"),
    ] as [(Int, Double?, Int, Double?, String)])
    func twoClicksThatAreNotADoubleClick(firstRow: Int, first: Double?, secondRow: Int, second: Double?, why: String) {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        let effects = state.press([Self.click(row: firstRow, at: first), Self.click(row: secondRow, at: second)])
        #expect(state.pane == .list && effects.isEmpty, "\(why)")
    }

    @Test func aKeyBetweenTwoClicksMakesThemTwoSingleClicks() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        _ = state.press([Self.click(row: 4, at: 100.0), .char("k"), Self.click(row: 4, at: 100.2)])
        #expect(state.pane == .list && state.selectedTrunk?.name == "東京 outbound")
    }

    /// The screen column where the list's header shows `label` (columns share the width by what
    /// the rows hold, so they are found where they are drawn).
    static func header(_ label: String, _ state: AppState) -> Int {
        let line = Screen.render(state, rows: 24, columns: 80).line(2)
        guard let range = line.range(of: label) else { return -1 }
        return line.distance(from: line.startIndex, to: range.lowerBound)
    }

    @Test func aClickOnAColumnsHeaderSortsByItAndAgainReverses() {
        var state = UIFixtures.loadedState()
        state.terminalSize = (rows: 24, columns: 80)
        _ = state.press([Self.click(row: 2, column: Self.header("Status", state), at: 1)])
        #expect(state.sort == ListSort(column: .status, descending: false))
        _ = state.press([Self.click(row: 2, column: Self.header("Status", state) + 3, at: 2)])
        #expect(state.sort == ListSort(column: .status, descending: true))
        #expect(state.visible.map { state.trunks[$0].name }.first == "Zürich Ost", "blocked first")
        #expect(Screen.render(state, rows: 24, columns: 80).line(2).contains("Status ▼"))
        _ = state.press([Self.click(row: 2, column: Self.header("Name", state), at: 3)])
        #expect(state.sort == ListSort(column: .name, descending: false))
        _ = state.press([Self.click(row: 2, column: Self.header("24h limit", state), at: 4)])
        #expect(state.sort == ListSort(column: .limit, descending: false))
        _ = state.press([.char("s")])
        #expect(state.sort.column == .spent)
        _ = state.press([Self.click(row: 2, column: Self.header("24h spent", state) + 2, at: 5)])
        #expect(state.sort == ListSort(column: .spent, descending: true), "the 24h header reverses the sort it names")
        _ = state.press([Self.click(row: 2, column: 1, at: 6)])
        #expect(state.sort == ListSort(column: .spent, descending: true), "the row marker is no column")
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
