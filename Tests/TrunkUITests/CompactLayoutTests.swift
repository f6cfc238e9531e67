import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// From 60×16 up to 80×24 the program draws a compact layout (the header in one line, fewer
/// keys named, no preview), and every dialog fits there; below 60×16 a "too small" screen says
/// what it needs and what it has, wrapped to its width.
@Suite struct CompactLayoutTests {
    static func listed(rows: Int, columns: Int) -> AppState {
        var state = KeymapCommandTests.list()
        _ = state.handle(.resized(rows: rows, columns: columns))
        return state
    }

    static func lines(_ state: AppState) -> [String] {
        state.frame().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [(16, 60), (23, 80), (23, 120), (16, 79)])
    func theListIsDrawnWithItsHeaderInOneLine(rows: Int, columns: Int) {
        let state = Self.listed(rows: rows, columns: columns)
        let lines = Self.lines(state)
        #expect(lines[0].contains("trunks") && lines[0].contains("20 trunks"), "the count always shows: \(lines[0])")
        #expect(lines[1].hasPrefix("┌─ Trunks"), "the list right under the one-line header")
        #expect(lines.contains { $0.contains("Berlin Office") })
        #expect(state.keyContext == .list && !state.isTooSmall)
    }

    @Test func aNarrowHeaderGivesUpTheAPIVersionAndKeepsItsBadges() {
        var state = Self.listed(rows: 16, columns: 60)
        state.readOnly = true
        state.listError = "The DIDWW server failed (503)."
        let header = Self.lines(state)[0]
        #expect(header.contains("20 trunks") && header.contains("READ-ONLY") && header.contains("STALE"), "\(header)")
        #expect(!header.contains("API 2026-04-16"), "the version gives way first: \(header)")
        let wide = Self.lines(Self.listed(rows: 24, columns: 120))[0]
        #expect(wide.contains("API 2026-04-16") && wide.contains("updated"))
    }

    @Test func below80ColumnsTheListNamesTheKeysUsedMost() {
        let state = Self.listed(rows: 16, columns: 60)
        let hint = Self.lines(state).last ?? ""
        for item in ["Enter open", "/ filter", "e edit", "? help"] {
            #expect(hint.contains(item), "\(item) in \(hint)")
        }
        #expect(!hint.contains("v preview"), "no preview shows below 120 columns: \(hint)")
        #expect(Self.lines(Self.listed(rows: 24, columns: 80)).last?.contains("p prefixes") == true, "80 columns as before")
    }

    @Test(arguments: [(15, 60), (16, 59), (12, 40), (8, 24), (3, 12)])
    func belowSixtyBySixteenTheScreenSaysWhatItNeedsWrapped(rows: Int, columns: Int) {
        let state = Self.listed(rows: rows, columns: columns)
        #expect(state.isTooSmall && state.keyContext == .tooSmall)
        let lines = Self.lines(state)
        #expect(lines.count == rows && lines.allSatisfy { DisplayWidth.of($0) <= columns })
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.hasPrefix("Terminal too small"), "\(words)")
        if rows >= 8 {
            #expect(words.contains("\(columns)×\(rows);") && words.contains("needs at least 60×16."), "both sizes, whole: \(words)")
            #expect(words.contains("q quits"), "\(words)")
        }
    }

    /// Each dialog, question and overlay opened where it opens, then shown at 60×16: its box
    /// is whole on the screen and its keys (the way out included) are on it.
    struct DialogCase: Sendable, CustomTestStringConvertible {
        var context: KeyContext
        var keys: [String]
        var testDescription: String { context.rawValue }
    }

    static let dialogs: [DialogCase] = [
        DialogCase(context: .review, keys: ["[ y Send ]", "n, Esc or Enter back"]),
        DialogCase(context: .conflict, keys: ["t theirs", "m mine", "n or Esc back"]),
        DialogCase(context: .help, keys: ["any other key closes"]),
        DialogCase(context: .messages, keys: ["any other key closes"]),
        DialogCase(context: .alert, keys: ["any key closes this"]),
        DialogCase(context: .audit, keys: ["Enter undo", "Esc close"]),
        DialogCase(context: .quitQuestion, keys: ["y quits · any other key goes back", "stay on disk as a draft"]),
        DialogCase(context: .restoreDrafts, keys: ["y restore", "d delete", "Esc later"]),
        DialogCase(context: .deleteConfirmation, keys: ["Enter deletes when the name matches", "Esc keeps the trunk"]),
        DialogCase(context: .regenerateConfirmation, keys: ["Enter confirms only when the name matches", "Esc cancels"]),
        DialogCase(context: .numberTester, keys: ["Enter keeps the answer", "Esc closes"]),
        DialogCase(context: .picker, keys: ["Enter picks", "Esc keeps the value"]),
    ]

    @Test(arguments: dialogs)
    func everyDialogFitsAtSixtyBySixteen(_ row: DialogCase) throws {
        var state = KeymapCommandTests.start(row.context)
        _ = state.handle(.resized(rows: 16, columns: 60))
        #expect(state.keyContext == row.context)
        let grid = Screen.render(state, rows: 16, columns: 60)
        let frame = grid.plainText()
        var top = Int.max, left = Int.max, bottom = -1, right = -1
        for y in 0..<grid.rows {
            for x in 0..<grid.columns where grid[y, x].surface == .dialog {
                top = min(top, y); left = min(left, x); bottom = max(bottom, y); right = max(right, x)
            }
        }
        try #require(bottom >= 0, "a dialog is drawn:\n\(frame)")
        #expect(grid[top, left].text == "┌" && grid[top, right].text == "┐" && grid[bottom, left].text == "└"
                && grid[bottom, right].text == "┘", "the whole box is on the screen:\n\(frame)")
        let words = frame.replacingOccurrences(of: "│", with: " ").split(separator: "\n")
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }.joined(separator: "\n")
        for key in row.keys {
            #expect(words.contains(key), "\(key) shows:\n\(frame)")
        }
        #expect(!frame.contains("…│"), "no line of it is cut at its border:\n\(frame)")
    }
}
