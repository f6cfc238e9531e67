import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Read-only mode in the user's words: a refused key is named as the help names it, the help
/// leaves out what read-only mode refuses, and `:readonly` turns it on for the rest of the run.
@Suite struct ReadOnlyWordingTests {
    static func readOnly(_ state: AppState) -> AppState {
        var copy = state
        copy.readOnly = true
        return copy
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var context: KeyContext
        var key: Character
        var words: String
        var testDescription: String { "\(context.rawValue): \(key)" }
    }

    static let refusals: [Refusal] = [
        Refusal(context: .list, key: "e", words: "edit the trunk"),
        Refusal(context: .list, key: "b", words: "block or unblock the trunk"),
        Refusal(context: .list, key: "p", words: "edit destination prefixes"),
        Refusal(context: .list, key: "n", words: "new trunk"),
        Refusal(context: .list, key: "c", words: "clone the selected trunk"),
        Refusal(context: .list, key: "D", words: "delete the trunk"),
        Refusal(context: .list, key: "L", words: "link DIDs by number"),
        Refusal(context: .detail, key: "R", words: "regenerate SIP credentials"),
        Refusal(context: .detail, key: "b", words: "block or unblock the trunk"),
        Refusal(context: .detail, key: "c", words: "clone this trunk"),
    ]

    @Test(arguments: refusals)
    func aRefusedKeyIsNamedInTheHelpsWords(row: Refusal) {
        var state = Self.readOnly(KeymapCommandTests.start(row.context))
        #expect(state.press([.char(row.key)]).isEmpty)
        #expect(state.message == StatusMessage("Read-only mode: \(row.words) is not available", .warning))
        #expect(state.form == nil && state.review == nil && state.deletion == nil && state.detailView.regenerate == nil)
    }

    @Test func theHelpLeavesOutWhatReadOnlyModeRefuses() {
        var state = Self.readOnly(KeymapCommandTests.list())
        _ = state.press([.char("?")])
        let text = HelpText.lines(state, width: 120).map(\.text).joined(separator: "\n")
        for binding in state.keymap.bindings where AppState.changesData(binding.command) {
            #expect(!text.contains(binding.description), "help hides \(binding.description)")
        }
        for context in KeyContext.allCases where context.changesData {
            #expect(!text.contains(" " + context.rawValue + "\n") && !text.contains("   " + context.rawValue + ":"),
                    "help hides the \(context.rawValue), which read-only mode never opens")
        }
        #expect(text.contains("open detail") && text.contains("raw JSON, masked") && text.contains("copy name, id, JSON, username, password, summary"),
                "what read-only mode allows is still there")
        #expect(Screen.render(state, rows: 24, columns: 80).line(1).contains("read-only: keys that change data are hidden"))
    }

    @Test func writableTheHelpListsEverything() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("?")])
        let text = HelpText.lines(state, width: 120).map(\.text).joined(separator: "\n")
        #expect(text.contains("block or unblock the trunk (asks) ⚠") && text.contains(" Form\n"))
        #expect(Screen.render(state, rows: 24, columns: 80).line(1).contains("⚠ changes live data"))
    }

    @Test func readonlyCommandTurnsItOnForTheRestOfTheRun() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char(":")])
        _ = state.type("readonly")
        let effects = state.press([.enter])
        #expect(effects == [.enterReadOnly], "the client refuses every change from now on too")
        #expect(state.readOnly)
        #expect(state.message == StatusMessage("Read-only until trunks exits: it cannot be turned off", .success))
        #expect(ModalHintTests.statusLine(state).contains("it cannot be turned off"), "said whole at 80 columns")
        #expect(Screen.render(state, rows: 24, columns: 80).line(0).contains("READ-ONLY"))
        _ = state.press([.char("b")])
        #expect(state.message?.text == "Read-only mode: block or unblock the trunk is not available" && state.review == nil)

        _ = state.press([.char(":")])
        _ = state.type("ro")
        #expect(state.press([.enter]).isEmpty, "no second effect")
        #expect(state.readOnly && state.message?.text == "Already read-only: it stays on until trunks exits")
    }

    @Test func readonlyIsRefusedWhileAFormIsOpen() {
        var state = KeymapCommandTests.dirtyForm()
        _ = state.press([.char(":")])
        _ = state.type("readonly")
        #expect(state.press([.enter]).isEmpty)
        #expect(!state.readOnly && state.form != nil)
        #expect(state.message?.text.hasPrefix(":readonly is not available while editing") == true)
    }

    @Test func theHintsLeaveTheChangingKeysOutAfterReadonly() {
        var state = KeymapCommandTests.list()
        state.message = nil
        #expect(Screen.hints(state).contains("b block/unblock"))
        _ = state.enterReadOnly()
        #expect(!Screen.hints(state).contains("block") && !Screen.hints(state).contains("e edit"))
    }
}
