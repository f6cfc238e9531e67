import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `/` searches inside what a pane shows, as in less and tig: the detail (the trunk or its raw
/// JSON) scrolls the match into view and marks it; a list editor selects the item that holds it;
/// `n`/`N` step through the matches.
@Suite struct TextSearchTests {
    static let vienna = "Vienna wholesale"

    /// The rows of `grid` holding `text`, with the column it starts at.
    static func places(of text: String, in grid: Grid) -> [(row: Int, column: Int)] {
        (0..<grid.rows).compactMap { row in
            let line = grid.line(row)
            guard let range = line.range(of: text) else { return nil }
            return (row, DisplayWidth.of(String(line[..<range.lowerBound])))
        }
    }

    /// True when the cells of `text` at `place` are drawn in the selection role.
    static func marked(_ text: String, at place: (row: Int, column: Int), in grid: Grid) -> Bool {
        (0..<text.count).allSatisfy { grid[place.row, place.column + $0].role == .selection }
    }

    @Test func typingScrollsTheFirstMatchIntoViewAndMarksIt() throws {
        var state = SeededTrunks.detailState(Self.vienna)
        #expect(!state.frame().contains("44206"), "the prefix is below the first screen")
        _ = state.press([.char("/")])
        #expect(state.keyContext == .searchLine)
        _ = state.type("44206")
        let grid = Screen.render(state, rows: 24, columns: 80)
        let place = try #require(Self.places(of: "44206", in: grid).first { $0.row < 23 }, "\(grid.text)")
        #expect(Self.marked("44206", at: place, in: grid))
        #expect(grid.line(23).hasPrefix("/44206 match 1 of 1 · Enter keeps · Esc goes back"), "\(grid.line(23))")
        _ = state.press([.enter])
        #expect(state.keyContext == .detail && state.detailView.search?.words == "44206")
        #expect(state.message?.text == "Match 1 of 1 · n next, N previous")
        let kept = Screen.render(state, rows: 24, columns: 80)
        #expect(Self.marked("44206", at: place, in: kept), "the match stays marked once the search is kept")
    }

    @Test func nAndNStepThroughTheMatchesAndGoRound() throws {
        var state = SeededTrunks.detailState(Self.vienna)
        _ = state.press([.char("/")])
        _ = state.type("capacity")
        _ = state.press([.enter])
        let lines = state.detailSearchText
        let count = TextSearch(words: "capacity").matches(in: lines).count
        #expect(count >= 1)
        #expect(state.detailView.search?.current == 0)
        _ = state.press([.char("n")])
        #expect(state.detailView.search?.current == (count > 1 ? 1 : 0))
        _ = state.press([.char("N"), .char("N")])
        #expect(state.detailView.search?.current == count - 1, "N before the first goes round to the last")
        #expect(state.message?.text.contains("went round to the end") == true)
    }

    @Test func manyMatchesOnOneLineAreSteppedOneByOne() throws {
        var state = SeededTrunks.detailState(Self.vienna)
        _ = state.press([.char("/")])
        _ = state.type("4410")
        _ = state.press([.enter])
        let matches = TextSearch(words: "4410").matches(in: state.detailSearchText)
        let pair = try #require(Dictionary(grouping: matches, by: \.line).values.first { $0.count == 2 },
                                "44101 and 44106 on one line of prefixes: \(matches)")
        let target = try #require(matches.firstIndex(of: pair[1]))
        var presses = 0
        while state.detailView.search?.current != target && presses < matches.count {
            _ = state.press([.char("n")])
            presses += 1
        }
        #expect(state.detailView.search?.current == target)
        let grid = Screen.render(state, rows: 24, columns: 80)
        // The list of prefixes is below the policy, which names both too.
        let shown = try #require(Self.places(of: "44106", in: grid).last)
        let other = try #require(Self.places(of: "44101", in: grid).last)
        #expect(shown.row == other.row)
        #expect(Self.marked("4410", at: shown, in: grid) && !Self.marked("4410", at: other, in: grid),
                "only the match shown is marked:\n\(grid.text)")
    }

    @Test func escGoesBackToWhereTheSearchStarted() {
        var state = SeededTrunks.detailState(Self.vienna)
        _ = state.press([.char("/")])
        _ = state.type("44206")
        #expect(state.detailScroll > 0)
        _ = state.press([.escape])
        #expect(state.detailScroll == 0 && state.detailView.search == nil && state.keyContext == .detail)
    }

    @Test func slashOpensOnTheLastSearchSelected() {
        var state = SeededTrunks.detailState(Self.vienna)
        _ = state.press([.char("/")])
        _ = state.type("44206")
        _ = state.press([.enter, .char("/")])
        #expect(state.detailView.searchLine?.input.text == "44206" && state.detailView.searchLine?.input.isSelected == true)
        _ = state.type("1100")
        #expect(state.detailView.search?.words == "1100", "typing replaces the last search")
    }

    @Test func nWithNothingSearchedSaysHow() {
        var state = SeededTrunks.detailState("Berlin Office")
        let effects = state.press([.char("n")])
        #expect(effects.isEmpty && state.form == nil, "n in the detail does not open a new trunk")
        #expect(state.message?.text == "Nothing searched for yet: / searches the text")
    }

    @Test func notFoundIsSaid() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("/")])
        _ = state.type("zzzz")
        #expect(Screen.render(state, rows: 24, columns: 80).line(23).hasPrefix("/zzzz not found"))
        _ = state.press([.enter])
        #expect(state.message?.text == "Not found: zzzz")
        _ = state.press([.char("n")])
        #expect(state.message?.text == "Not found: zzzz")
    }

    @Test func aMaskedSecretIsNotFound() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let password = try #require(SeededTrunks.named("Berlin Office").authenticationMethod?.password)
        _ = state.press([.char("/")])
        _ = state.type(password)
        _ = state.press([.enter])
        #expect(state.message?.text == "Not found: \(password)", "the search sees only what is drawn")
        _ = state.press([.char("x"), .char("n")])
        #expect(state.message?.text.hasPrefix("Match 1 of 1") == true, "revealed, it is drawn, and found")
    }

    @Test func theRawJSONIsSearchedWhenItIsOpen() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        let id = SeededTrunks.named("Berlin Office").id
        _ = state.press([.char("J")])
        _ = state.deliver(.loadTrunkJSON(id: id), .document(.success(try #require(SeededTrunks.documents[id]))))
        _ = state.press([.char("/")])
        _ = state.type("\"self\"")
        _ = state.press([.enter])
        let raw = try #require(state.detailView.rawJSON)
        #expect(raw.scroll > 0, "the match was below the first screen")
        let grid = Screen.render(state, rows: 24, columns: 80)
        let place = try #require(Self.places(of: "\"self\"", in: grid).first)
        #expect(Self.marked("\"self\"", at: place, in: grid))
        _ = state.press([.escape])
        #expect(state.detailView.rawJSON == nil && state.detailView.search?.current == nil,
                "back on the trunk, the next n starts from the top of its view")
    }

    // MARK: the list editor

    /// Vienna's 320 prefixes in the list editor.
    static func viennaPrefixes() -> AppState {
        var state = SeededTrunks.detailState(Self.vienna)
        _ = state.press([.char("p")])
        return state
    }

    static func editor(_ state: AppState) -> ListEditorState? { KeymapCommandTests.editor(state) }

    @Test func findDeleteNextDeleteAmongThreeHundredPrefixes() throws {
        var state = Self.viennaPrefixes()
        #expect(Self.editor(state)?.items.count == 320)
        _ = state.press([.char("/")])
        _ = state.type("4420")
        var editor = try #require(Self.editor(state))
        #expect(editor.items[editor.selected] == "44201")
        let frame = Screen.render(state, rows: 24, columns: 80).text
        #expect(frame.contains("find: 4420  item 1 of 2 that match"), "\(frame)")
        _ = state.press([.enter, .char("x")])
        _ = state.press([.char("n")])
        editor = try #require(Self.editor(state))
        #expect(editor.items[editor.selected] == "44206")
        #expect(state.message?.text == "Match 1 of 1 · n next, N previous", "one left after the delete")
        _ = state.press([.char("x"), .char("n")])
        editor = try #require(Self.editor(state))
        #expect(editor.items.count == 318 && !editor.items.contains("44201") && !editor.items.contains("44206"))
        #expect(state.message?.text == "No item holds 4420")
        #expect(state.form?.draft.dstPrefixes?.count == 318, "both deletes are in the draft")
    }

    @Test func nAndNInTheEditorGoFromTheSelectedItem() throws {
        var state = Self.viennaPrefixes()
        _ = state.press([.char("/")])
        _ = state.type("441")
        _ = state.press([.enter])
        let first = try #require(Self.editor(state)?.selected)
        #expect(Self.editor(state)?.items[first] == "44101")
        _ = state.press([.char("n")])
        #expect(Self.editor(state)?.items[Self.editor(state)?.selected ?? 0] == "44106")
        _ = state.press([.char("N"), .char("N")])
        let last = try #require(Self.editor(state))
        #expect(last.items[last.selected].contains("441") && last.selected > first, "N before the first goes round to the last")
    }

    @Test func otherMatchesInViewAreMarked() throws {
        var state = Self.viennaPrefixes()
        _ = state.press([.char("/")])
        _ = state.type("4410")
        _ = state.press([.enter])
        let grid = Screen.render(state, rows: 40, columns: 100)
        let other = try #require(Self.places(of: "44106", in: grid).first)
        #expect(Self.marked("4410", at: other, in: grid))
    }

    @Test func escOnTheEditorsSearchLineGoesBackAndQIsTyped() {
        var state = Self.viennaPrefixes()
        _ = state.press([.char("G"), .char("/")])
        let origin = Self.editor(state)?.selected
        let effects = state.press([.char("q"), .char("?")])
        #expect(effects.isEmpty && !state.quitting && !state.showHelp, "q and ? are typed on the line")
        #expect(Self.editor(state)?.searchLine?.input.text == "q?")
        _ = state.press([.escape])
        #expect(Self.editor(state)?.searchLine == nil && Self.editor(state)?.selected == origin)
    }
}
