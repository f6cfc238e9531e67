import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `/` opens on the filter in force, selected: typing starts a new filter instead of adding to the
/// old one (`/berlin`, then `/paris`, was `/berlinparis (0)`); `→` or End keeps it to edit on.
@Suite struct FilterLineSelectionTests {
    static func filtered(_ text: String) -> AppState {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("/")])
        _ = state.type(text)
        _ = state.press([.enter])
        return state
    }

    static func names(_ state: AppState) -> [String] {
        state.visible.map { state.trunks[$0].name ?? "" }
    }

    @Test func typingAfterSlashStartsANewFilter() {
        var state = Self.filtered("berlin")
        #expect(Self.names(state) == ["Berlin Office"])
        _ = state.press([.char("/")])
        #expect(state.filterInput?.text == "berlin" && state.filterInput?.isSelected == true)
        _ = state.type("paris")
        #expect(state.filterInput?.text == "paris" && state.filter == "paris")
        #expect(Self.names(state) == ["Paris Minimal"])
        _ = state.press([.enter])
        #expect(state.filter == "paris")
    }

    @Test(arguments: [Key.right, .end, .ctrl("e")])
    func rightOrEndKeepsTheFilterToEditOn(key: Key) {
        var state = Self.filtered("status:blocked")
        _ = state.press([.char("/"), key])
        #expect(state.filterInput?.isSelected == false)
        _ = state.type(" nomatch")
        #expect(state.filterInput?.text == "status:blocked nomatch")
    }

    @Test func backspaceOnTheSelectedFilterClearsIt() {
        var state = Self.filtered("berlin")
        _ = state.press([.char("/"), .backspace])
        #expect(state.filterInput?.text == "" && state.filter.isEmpty && state.visible.count == SeededTrunks.all.count)
    }

    @Test func theSelectedFilterIsDrawnSelected() throws {
        var state = Self.filtered("berlin")
        _ = state.press([.char("/")])
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.line(23).hasPrefix("/berlin 1 match"))
        #expect((1...6).allSatisfy { grid[23, $0].role == .selection }, "the old filter is selected")
        _ = state.press([.end])
        let after = Screen.render(state, rows: 24, columns: 80)
        #expect((1...6).allSatisfy { after[23, $0].role == .input }, "→/End: plain text again")
    }

    @Test func anEmptyFilterOpensAnEmptyLine() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("/")])
        #expect(state.filterInput?.text == "" && state.filterInput?.isSelected == false)
    }
}

/// The selected state of a text input, key by key.
@Suite struct TextInputSelectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var keys: [Key]
        var text: String
        var cursor: Int
        var testDescription: String { keys.map(\.displayName).joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(keys: [.char("x")], text: "x", cursor: 1),
        Case(keys: [.paste("4420")], text: "4420", cursor: 4),
        Case(keys: [.backspace], text: "", cursor: 0),
        Case(keys: [.delete], text: "", cursor: 0),
        Case(keys: [.ctrl("u")], text: "", cursor: 0),
        Case(keys: [.ctrl("w")], text: "", cursor: 0),
        Case(keys: [.right, .char("!")], text: "berlin!", cursor: 7),
        Case(keys: [.end, .char("!")], text: "berlin!", cursor: 7),
        Case(keys: [.left, .char("!")], text: "berli!n", cursor: 6),
        Case(keys: [.home, .char("!")], text: "!berlin", cursor: 1),
        Case(keys: [.ctrl("a"), .char("!")], text: "!berlin", cursor: 1),
    ]

    @Test(arguments: cases)
    func aSelectedTextIsReplacedOrKept(row: Case) {
        var input = TextInput("berlin", selected: true)
        for key in row.keys { _ = input.apply(key) }
        #expect(input.text == row.text && input.cursor == row.cursor && !input.isSelected)
    }

    @Test func aKeyThatDoesNotEditKeepsTheSelection() {
        var input = TextInput("berlin", selected: true)
        #expect(!input.apply(.enter) && input.isSelected && input.text == "berlin")
    }
}
