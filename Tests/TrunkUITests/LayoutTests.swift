import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// Where the panes go: side by side from 120 columns, list above detail when narrower but tall,
/// one pane at a time at the smallest sizes; the form takes the detail's place.
@Suite struct LayoutTests {
    static func state(rows: Int, columns: Int, focus: Pane = .list) -> AppState {
        var state = SeededTrunks.detailState("Berlin Office", rows: rows, columns: columns)
        state.focus = focus
        return state
    }

    @Test("side by side from 120 columns", arguments: [(24, 120), (48, 160), (60, 200)])
    func sideBySide(rows: Int, columns: Int) throws {
        let panes = Layout.panes(Self.state(rows: rows, columns: columns), rows: rows, columns: columns)
        let list = try #require(panes.list), right = try #require(panes.right)
        #expect(list.row == right.row && list.height == right.height && list.right == right.column)
        #expect(right.right == columns)
        let top = Self.state(rows: rows, columns: columns).frame().split(separator: "\n")[1]
        #expect(top.hasPrefix("┌─ Trunks") && top.contains("┐┌─ Berlin Office"))
    }

    @Test func stackedBelow120ColumnsWhenTall() throws {
        let state = Self.state(rows: 48, columns: 100)
        let panes = Layout.panes(state, rows: 48, columns: 100)
        let list = try #require(panes.list), right = try #require(panes.right)
        #expect(list.column == 0 && right.column == 0 && list.width == 100 && right.width == 100)
        #expect(list.bottom == right.row, "the detail stands right below the list")
        let rows = state.frame().split(separator: "\n").map(String.init)
        #expect(rows[1].hasPrefix("┌─ Trunks") && rows[right.row].hasPrefix("┌─ Berlin Office"))
    }

    @Test func onePaneAtATimeWhenSmall() {
        #expect(Layout.panes(Self.state(rows: 24, columns: 119), rows: 24, columns: 119).right == nil)
        let detail = Layout.panes(Self.state(rows: 24, columns: 80, focus: .detail), rows: 24, columns: 80)
        #expect(detail.list == nil && detail.right?.width == 80)
    }

    @Test func theFormTakesTheDetailsPlace() {
        var narrow = Self.state(rows: 48, columns: 100)
        _ = narrow.press([.char("e")])
        #expect(Layout.panes(narrow, rows: 48, columns: 100).list == nil, "narrow: the form alone")
        var wide = Self.state(rows: 48, columns: 160)
        _ = wide.press([.char("e")])
        let panes = Layout.panes(wide, rows: 48, columns: 160)
        #expect(panes.list != nil && panes.right != nil)
        #expect(wide.frame().contains("┐┌─ Edit Berlin Office"), "wide: list and form side by side")
    }
}
