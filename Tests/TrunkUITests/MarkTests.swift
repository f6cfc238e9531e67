import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Marks in the list: Space, `V`, `*`, Ctrl-\ and `:unmark`; marks kept across filter, sort and
/// refresh; the header's count and the row's marker.
@Suite struct MarkTests {
    static let six: [Trunk] = [
        UIFixtures.trunk(1, name: "acme-fra-1"), UIFixtures.trunk(2, name: "acme-fra-2"),
        UIFixtures.trunk(3, name: "beta-ber-1", status: .blocked), UIFixtures.trunk(4, name: "acme-ams-1"),
        UIFixtures.trunk(5, name: "beta-ber-2"), UIFixtures.trunk(6, name: "acme-ams-2"),
    ]

    static func sixLoaded() -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: six, totalRecords: 6), number: 1, generation: 0)
        return state
    }

    static func markedNames(_ state: AppState) -> [String] {
        state.markedTrunks.compactMap(\.name)
    }

    @Test func spaceMarksTheTrunkAndMovesDownAndUnmarksOnASecondPress() {
        var state = Self.sixLoaded()
        _ = state.press([.char(" "), .char(" ")])
        #expect(Self.markedNames(state) == ["acme-fra-1", "acme-fra-2"])
        #expect(state.selection == 2, "each Space moves down")
        #expect(Screen.headerTexts(state).allSatisfy { $0.contains("6 trunks · 2 marked") })
        _ = state.press([.char("k"), .char(" ")])
        #expect(Self.markedNames(state) == ["acme-fra-1"], "Space on a marked trunk unmarks it")
        #expect(state.selection == 2)
        _ = state.press([.char("G"), .char(" ")])
        #expect(state.selection == 5, "on the last row Space marks and stays")
        #expect(Self.markedNames(state) == ["acme-fra-1", "acme-ams-2"])
    }

    @Test func capitalVMarksFromTheLastMarkToTheSelection() {
        var state = Self.sixLoaded()
        _ = state.press([.char("j"), .char(" "), .char("j"), .char("j"), .char("V")])
        #expect(Self.markedNames(state) == ["acme-fra-2", "beta-ber-1", "acme-ams-1", "beta-ber-2"])
        #expect(state.message?.text.contains("Marked 4 trunks") == true)
        // Upwards from the new anchor works as well.
        _ = state.press([.char("g"), .char("V")])
        #expect(Self.markedNames(state) == ["acme-fra-1", "acme-fra-2", "beta-ber-1", "acme-ams-1", "beta-ber-2"])
    }

    @Test func capitalVWithoutAMarkInViewMarksTheSelectionAlone() {
        var state = Self.sixLoaded()
        _ = state.press([.char("j"), .char("j"), .char("V")])
        #expect(Self.markedNames(state) == ["beta-ber-1"])
        #expect(state.message?.text.contains("V again marks from it") == true)
    }

    @Test func starMarksEveryTrunkTheFilterShowsAndMarksSurviveFilterAndSort() {
        var state = Self.sixLoaded()
        _ = state.press([.char("/")])
        _ = state.type("acme")
        _ = state.press([.enter, .char("*")])
        #expect(Self.markedNames(state) == ["acme-fra-1", "acme-fra-2", "acme-ams-1", "acme-ams-2"])
        #expect(state.message?.text.contains("Marked the 4 trunks shown") == true)
        _ = state.press([.escape])
        #expect(state.visible.count == 6, "the filter is cleared")
        #expect(state.marks.count == 4, "marks outlive the filter")
        _ = state.press([.char("s"), .char("S")])
        #expect(state.sort.column == .name)
        #expect(state.marks.count == 4, "and the sort")
        let shownMarked = state.visible.map { state.trunks[$0] }.filter { state.marks.contains($0.id) }.compactMap(\.name)
        #expect(shownMarked == ["acme-fra-2", "acme-fra-1", "acme-ams-2", "acme-ams-1"], "marked rows follow the sort")
    }

    @Test func aRefreshKeepsMarksAndDropsATrunkGoneFromTheServerSayingWhich() {
        var state = Self.sixLoaded()
        _ = state.press([.char("*")])
        _ = state.handle(.key(.char("r")))
        let kept = Self.six.filter { $0.name != "beta-ber-1" && $0.name != "acme-ams-2" }
        _ = state.deliverPage(TrunkPage(trunks: kept, totalRecords: kept.count), number: 1, generation: state.listGeneration)
        #expect(Self.markedNames(state) == ["acme-fra-1", "acme-fra-2", "acme-ams-1", "beta-ber-2"])
        #expect(state.marks.count == 4)
        #expect(state.message?.text == "2 marked trunks are gone from the server and no longer marked: acme-ams-2, beta-ber-1")
        #expect(state.message?.kind == .warning)
    }

    @Test func aRefreshWithEveryMarkedTrunkStillThereSaysNothingOfMarks() {
        var state = Self.sixLoaded()
        _ = state.press([.char(" ")])
        state.showOnly(Self.six)
        #expect(state.marks.count == 1)
        #expect(state.message?.text.contains("marked") != true)
    }

    @Test(arguments: [[Key.ctrl("\\")], [Key.char(":")] + "unmark".map { Key.char($0) } + [Key.enter]])
    func ctrlBackslashAndUnmarkClearEveryMark(keys: [Key]) {
        var state = Self.sixLoaded()
        _ = state.press([.char("*")])
        _ = state.press(keys)
        #expect(state.marks.isEmpty)
        #expect(state.message?.text == "Unmarked 6 trunks")
        #expect(Screen.headerTexts(state).allSatisfy { !$0.contains("marked") })
        _ = state.press(keys)
        #expect(state.message?.text == "No trunk is marked")
    }

    @Test func spaceVAndStarAreListKeysOnlyAndInTheHelp() {
        let keymap = Keymap.standard
        #expect(keymap.command(for: .char(" "), in: .list) == .toggleMark)
        #expect(keymap.command(for: .char("V"), in: .list) == .markRange)
        #expect(keymap.command(for: .char("*"), in: .list) == .markAll)
        #expect(keymap.command(for: .ctrl("\\"), in: .list) == .clearMarks)
        for key in [Key.char(" "), .char("V"), .char("*"), .ctrl("\\")] {
            #expect(keymap.bindings.filter { $0.keys.contains(key) && ($0.context == .list || $0.context == .global) }.count == 1,
                    "\(key.displayName) is bound once in the list")
        }
        #expect(keymap.command(for: .char(" "), in: .form) == .toggleField, "Space still toggles a yes/no field in the form")
    }

    @Test func marksAreAllowedInReadOnlyMode() {
        var state = Self.sixLoaded()
        state.readOnly = true
        _ = state.press([.char(" "), .char("*")])
        #expect(state.marks.count == 6)
    }

    @Test func aMarkedRowShowsItsMarkerAsACharacterSoMonoShowsIt() {
        var state = Self.sixLoaded()
        _ = state.press([.char("j"), .char(" ")])
        let grid = Screen.render(state, rows: 24, columns: 80)
        let lines = SnapshotAssertion.textLines(grid, 0..<80)
        let marked = lines.first { $0.contains("acme-fra-2") }
        let unmarked = lines.first { $0.contains("acme-fra-1") }
        let selected = lines.first { $0.contains("beta-ber-1") }
        #expect(marked?.hasPrefix("│ *acme-fra-2") == true, "\(marked ?? "")")
        #expect(unmarked?.hasPrefix("│  acme-fra-1") == true, "\(unmarked ?? "")")
        #expect(selected?.hasPrefix("│▶ beta-ber-1") == true, "\(selected ?? "")")
        // Mono (and NO_COLOR) draw by attributes only: the marker is a character in the row.
        let row = lines.firstIndex { $0.contains("acme-fra-2") } ?? 0
        #expect(grid[row, 2].text == ListPane.markCharacter)
        _ = state.press([.char("k")])
        let selectedMarked = SnapshotAssertion.textLines(Screen.render(state, rows: 24, columns: 80), 0..<80)
            .first { $0.contains("acme-fra-2") }
        #expect(selectedMarked?.hasPrefix("│▶*acme-fra-2") == true, "\(selectedMarked ?? "")")
    }
}
