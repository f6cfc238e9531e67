import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `v` shows the preview where it is hidden and hides it where it is shown, so one press always
/// changes the screen; the status line says which. Frames at 120×40 (list alone, every column)
/// and 200×60 (side by side) are goldens.
@Suite struct PreviewToggleTests {
    /// The 20 seeded trunks listed at `rows` × `columns`, the first selected.
    static func list(rows: Int, columns: Int, preview: PreviewMode = .auto) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        state.preview = preview
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: SeededTrunks.all, totalRecords: SeededTrunks.all.count), number: 1, generation: 0)
        return state
    }

    @Test func at120x40TheKeyShowsThePreviewAndThenHidesIt() {
        var state = Self.list(rows: 40, columns: 120)
        #expect(!state.previewShown, "auto at 120×40: the list alone")
        #expect(state.press([.char("v")]).isEmpty)
        #expect(state.preview == .on && state.previewShown)
        #expect(state.message?.text == "preview on · v hides it")
        #expect(state.frame().split(separator: "\n")[1].contains("┐┌─ "), "the detail beside the list")
        _ = state.press([.char("v")])
        #expect(state.preview == .off && !state.previewShown)
        #expect(state.message?.text == "preview off · v shows it")
        _ = state.press([.char("j")])
        #expect(state.message == nil, "the next key clears the note")
    }

    @Test func at200x60TheKeyHidesThePreviewFirst() {
        var state = Self.list(rows: 60, columns: 200)
        #expect(state.previewShown)
        _ = state.press([.char("v")])
        #expect(state.preview == .off && !state.previewShown)
        _ = state.press([.char("v")])
        #expect(state.preview == .on && state.previewShown)
    }

    @Test func tooSmallForAnyPreviewTheStatusLineSaysWhy() {
        var state = Self.list(rows: 24, columns: 80)
        _ = state.press([.char("v")])
        #expect(state.preview == .on && !state.previewShown)
        #expect(state.message?.text == "preview on: shows from 120 columns or 40 rows; this terminal is 80×24")
        #expect(state.frame().contains("preview on: shows from 120 columns"))
        _ = state.press([.char("v")])
        #expect(state.preview == .off, "from on, the next press turns it off")
        _ = state.handle(.resized(rows: 40, columns: 120))
        #expect(!state.previewShown, "off stays off when the window grows")
    }

    @Test func hidingThePreviewFromTheDetailKeepsTheDetailOpen() {
        var state = SeededTrunks.detailState("Berlin Office", rows: 48, columns: 160)
        #expect(state.pane == .detail && state.previewShown)
        _ = state.press([.char("v")])
        #expect(state.pane == .detail && !state.previewShown)
        #expect(state.frame().split(separator: "\n")[1].hasPrefix("┌─ Berlin Office"), "the detail alone, full width")
        _ = state.press([.escape])
        #expect(state.pane == .list && state.frame().split(separator: "\n")[1].hasPrefix("┌─ Trunks"))
    }

    @Test func theSelectionStaysInViewWhenTheListShrinks() {
        var state = Self.list(rows: 45, columns: 100)
        _ = state.press([.char("G")])
        #expect(state.selection == 19 && state.listScroll == 0, "40 rows of trunks: all 20 in view")
        _ = state.press([.char("v")])
        #expect(state.previewShown && state.listViewportRows == 16)
        #expect(state.listScroll == 4, "the last trunk stays in view after stacking")
    }

    @Test func theKeyIsRemappableAndTheFormDoesNotTakeIt() {
        var state = Self.list(rows: 40, columns: 120)
        _ = state.press([.char("e")])
        _ = state.press([.char("v")])
        #expect(state.preview == .auto, "in the form, v is not the toggle")
        let (keymap, problems) = KeyRemapper.apply(
            [TrunksConfig.KeyRemap(context: "list", command: "toggle_preview", keys: ["P"], line: 1)], to: .standard, source: "c")
        #expect(problems.isEmpty, "\(problems)")
        var remapped = Self.list(rows: 40, columns: 120)
        remapped.keymap = keymap
        _ = remapped.press([.char("P")])
        #expect(remapped.preview == .on)
    }

    @Test func listAloneAt120x40ShowsEveryColumn() {
        let state = ListSnapshotTests.state(rows: 40, columns: 120)
        let grid = Screen.render(state, rows: 40, columns: 120)
        SnapshotAssertion.assertFrame(grid, named: "list-120x40")
        for column in ListColumn.drawn { #expect(grid.line(2).contains(column.rawValue)) }
    }

    @Test func previewBesideTheListAt200x60() {
        var state = ListSnapshotTests.state(rows: 60, columns: 200)
        _ = state.press([.char("j")])
        SnapshotAssertion.assertFrame(Screen.render(state, rows: 60, columns: 200), named: "preview-200x60")
    }
}

/// `:preview auto|on|off` sets the preview for the session (the way back to `auto`, which `v`
/// never chooses); `:preview` alone names it.
@Suite struct PreviewCommandTests {
    @Test func setsEachModeAndNamesTheOneInForce() {
        var state = PreviewToggleTests.list(rows: 40, columns: 120)
        _ = state.press([.char(":")])
        _ = state.type("preview on")
        _ = state.press([.enter])
        #expect(state.preview == .on && state.previewShown)
        _ = state.press([.char(":")])
        _ = state.type("preview auto")
        _ = state.press([.enter])
        #expect(state.preview == .auto && !state.previewShown)
        #expect(state.message?.text == "preview auto: shows from 160 columns or 50 rows; this terminal is 120×40")
        _ = state.press([.char(":")])
        _ = state.type("preview")
        _ = state.press([.enter])
        #expect(state.message?.text == "preview auto: hidden at this size · :preview auto|on|off changes it, v toggles")
        _ = state.press([.char(":")])
        _ = state.type("preview sideways")
        _ = state.press([.enter])
        #expect(state.preview == .auto && state.message?.kind == .warning)
    }

    @Test func tabCompletesTheSettings() {
        #expect(CommandRegistry.standard.command(named: "preview") != nil)
        if case .words(let words) = CommandLineCommand.preview.completion { #expect(words == ["auto", "on", "off"]) }
        else { Issue.record("completes words") }
    }

    @Test func wideListHintsNameTheKey() {
        let state = PreviewToggleTests.list(rows: 40, columns: 120)
        #expect(state.frame().split(separator: "\n").last?.contains("v preview") == true)
        let small = PreviewToggleTests.list(rows: 24, columns: 80)
        #expect(small.frame().split(separator: "\n").last?.contains("v preview") == false, "80 columns keep the older hints")
    }
}
