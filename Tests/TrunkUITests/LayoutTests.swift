import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// Where the panes go for each terminal size and preview setting: `auto` shows the preview only
/// where the list keeps its room (side by side from 160 columns, stacked from 50 rows), `on` wherever
/// it fits (120 columns, 40 rows), `off` never; the form takes the detail's place.
@Suite struct LayoutTests {
    static func state(rows: Int, columns: Int, focus: Pane = .list, preview: PreviewMode = .auto) -> AppState {
        var state = SeededTrunks.detailState("Berlin Office", rows: rows, columns: columns)
        switch focus {
        case .list: state.focus = .list
        case .detail: break
        case .form: _ = state.press([.char("e")])
        }
        state.preview = preview
        return state
    }

    /// One row of the table: a size, a setting, and how the body must be shared.
    struct Case: Sendable, CustomTestStringConvertible {
        var rows: Int
        var columns: Int
        var preview: PreviewMode
        var expected: Viewport.Arrangement
        var testDescription: String { "\(columns)×\(rows) preview \(preview.rawValue) → \(expected)" }
    }

    static let table: [Case] = [
        Case(rows: 24, columns: 80, preview: .auto, expected: .single),
        Case(rows: 40, columns: 120, preview: .auto, expected: .single),
        Case(rows: 39, columns: 100, preview: .auto, expected: .single),
        Case(rows: 49, columns: 159, preview: .auto, expected: .single),
        Case(rows: 50, columns: 100, preview: .auto, expected: .stacked),
        Case(rows: 24, columns: 160, preview: .auto, expected: .sideBySide),
        Case(rows: 48, columns: 160, preview: .auto, expected: .sideBySide),
        Case(rows: 60, columns: 200, preview: .auto, expected: .sideBySide),
        Case(rows: 24, columns: 80, preview: .on, expected: .single),
        Case(rows: 39, columns: 119, preview: .on, expected: .single),
        Case(rows: 24, columns: 120, preview: .on, expected: .sideBySide),
        Case(rows: 40, columns: 120, preview: .on, expected: .sideBySide),
        Case(rows: 40, columns: 100, preview: .on, expected: .stacked),
        Case(rows: 39, columns: 100, preview: .on, expected: .single),
        Case(rows: 24, columns: 80, preview: .off, expected: .single),
        Case(rows: 40, columns: 120, preview: .off, expected: .single),
        Case(rows: 50, columns: 100, preview: .off, expected: .single),
        Case(rows: 60, columns: 200, preview: .off, expected: .single),
    ]

    @Test(arguments: table)
    func panesForSizeAndSetting(_ row: Case) throws {
        #expect(Viewport.arrangement(row.preview, rows: row.rows, columns: row.columns) == row.expected)
        let state = Self.state(rows: row.rows, columns: row.columns, preview: row.preview)
        let panes = Viewport.panes(state, rows: row.rows, columns: row.columns)
        let body = Rect(row: 1, column: 0, height: row.rows - 2, width: row.columns)
        switch row.expected {
        case .sideBySide:
            let listWidth = row.columns * 11 / 20
            #expect(panes.list == Rect(row: 1, column: 0, height: body.height, width: listWidth))
            #expect(panes.right == Rect(row: 1, column: listWidth, height: body.height, width: row.columns - listWidth))
        case .stacked:
            let listHeight = body.height * 9 / 20
            #expect(panes.list == Rect(row: 1, column: 0, height: listHeight, width: row.columns))
            #expect(panes.right == Rect(row: 1 + listHeight, column: 0, height: body.height - listHeight, width: row.columns))
        case .single:
            #expect(panes.list == body && panes.right == nil, "the list alone")
            let detail = Viewport.panes(Self.state(rows: row.rows, columns: row.columns, focus: .detail, preview: row.preview),
                                      rows: row.rows, columns: row.columns)
            #expect(detail.list == nil && detail.right == body, "Enter: the detail alone")
        }
        #expect(state.previewShown == (row.expected != .single))
    }

    @Test func theThresholdsOfAutoLeaveTheListItsRoom() {
        #expect(Viewport.auto == Viewport.Thresholds(sideBySideColumns: 160, stackedRows: 50))
        #expect(Viewport.on == Viewport.Thresholds(sideBySideColumns: 120, stackedRows: 40))
        #expect(Viewport.thresholds(.off) == nil)
        let beside = Viewport.panes(Self.state(rows: 48, columns: 160), rows: 48, columns: 160).list!
        #expect(ListColumnLayout.chosen(width: beside.width - 2).count == 6, "the name and five columns beside the preview")
        let stacked = Viewport.panes(Self.state(rows: 50, columns: 100), rows: 50, columns: 100).list!
        #expect(stacked.height - 3 == 18, "18 trunk rows above the preview")
    }

    @Test("side by side: list left, detail right", arguments: [(24, 160), (48, 160), (60, 200)])
    func sideBySide(rows: Int, columns: Int) throws {
        let top = Self.state(rows: rows, columns: columns).frame().split(separator: "\n")[1]
        #expect(top.hasPrefix("┌─ Trunks") && top.contains("┐┌─ Berlin Office"))
    }

    @Test func stackedWhenTall() throws {
        let state = Self.state(rows: 50, columns: 100)
        let right = try #require(Viewport.panes(state, rows: 50, columns: 100).right)
        let rows = state.frame().split(separator: "\n").map(String.init)
        #expect(rows[1].hasPrefix("┌─ Trunks") && rows[right.row].hasPrefix("┌─ Berlin Office"))
    }

    @Test func theFormTakesTheDetailsPlace() {
        var stacked = Self.state(rows: 50, columns: 100)
        _ = stacked.press([.char("e")])
        #expect(Viewport.panes(stacked, rows: 50, columns: 100).list == nil, "narrow: the form alone")
        var wide = Self.state(rows: 48, columns: 160)
        _ = wide.press([.char("e")])
        let panes = Viewport.panes(wide, rows: 48, columns: 160)
        #expect(panes.list != nil && panes.right != nil)
        #expect(wide.frame().contains("┐┌─ Edit Berlin Office"), "wide: list and form side by side")
        var off = Self.state(rows: 48, columns: 160, preview: .off)
        _ = off.press([.char("e")])
        #expect(Viewport.panes(off, rows: 48, columns: 160).list == nil, "preview off: the form alone")
    }

    @Test func clicksUseTheSameGeometry() {
        var state = Self.state(rows: 40, columns: 120)
        state.focus = .list
        _ = state.handle(.key(.mouse(MouseEvent(.click, row: 20, column: 100))))
        #expect(state.pane == .list, "at 120×40 the list is alone: a click at column 100 is on the list")
        state.preview = .on
        state.focus = .list
        _ = state.handle(.key(.mouse(MouseEvent(.click, row: 20, column: 100))))
        #expect(state.pane == .detail, "with the preview on, column 100 is the detail pane")
    }
}
