import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The list editor (prefixes, SIP and RTP addresses): add, paste, edit, delete, limits.
@Suite struct ListEditorReducerTests {
    func prefixEditor() -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p")])
        return state
    }

    var editor: (AppState) -> ListEditorState? = { state in
        if case .list(let editor)? = state.form?.editor { return editor }
        return nil
    }

    @Test func pIsTheShortcutToThePrefixEditor() {
        let state = prefixEditor()
        #expect(editor(state)?.key == .dstPrefixes && editor(state)?.items == ["44", "49"])
    }

    @Test func aPastedListIsSplitOnCommasSpacesAndNewlines() {
        var state = prefixEditor()
        _ = state.press([.paste("1, 33\n34 351")])
        #expect(editor(state)?.items == ["44", "49", "1", "33", "34", "351"])
        _ = state.press([.char("+"), .paste("7\n380")])
        _ = state.press([.enter])
        #expect(editor(state)?.items.suffix(2) == ["7", "380"], "a paste into the add field keeps newlines as separators")
        _ = state.press([.escape])
        #expect(state.form?.draft.dstPrefixes?.count == 8)
    }

    @Test func duplicatesAndInvalidItemsAreRefusedAndTheTypedTextKept() {
        var state = prefixEditor()
        _ = state.type("44 420")
        _ = state.press([.enter])
        #expect(editor(state)?.error == "already listed: 44")
        #expect(editor(state)?.input?.text == "44 420", "the typed text stays")
        _ = state.press([.ctrl("u")])
        _ = state.type("+44")
        _ = state.press([.enter])
        #expect(editor(state)?.error?.contains("digits only") == true)
        _ = state.press([.ctrl("u")])
        _ = state.type("420 420")
        _ = state.press([.enter])
        #expect(editor(state)?.error == "already listed: 420")
        _ = state.press([.escape])
        #expect(editor(state)?.input == nil && editor(state)?.items == ["44", "49"])
    }

    @Test func enterEditsTheSelectedItemAndXDeletesIt() {
        var state = prefixEditor()
        _ = state.press([.char("j"), .enter, .ctrl("u")])
        _ = state.type("491")
        _ = state.press([.enter])
        #expect(editor(state)?.items == ["44", "491"])
        _ = state.press([.char("k"), .char("x")])
        #expect(editor(state)?.items == ["491"])
        _ = state.press([.escape])
        #expect(state.form?.editor == nil && state.form?.draft.dstPrefixes == ["491"])
    }

    /// The RTP address editor of Berlin Office, which holds 203.0.113.0/24.
    func rtpEditor() throws -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.allowedRtpIps)
        _ = state.press([.enter])
        return state
    }

    @Test func anAddressTypedFromTheListIsAddedWholeAndDeletesNothing() throws {
        var state = try rtpEditor()
        _ = state.type("2001:db8::1")
        #expect(editor(state)?.input?.text == "2001:db8::1", "every key, d included, is typed into the add line")
        #expect(editor(state)?.items == ["203.0.113.0/24"])
        _ = state.press([.enter])
        #expect(editor(state)?.items == ["203.0.113.0/24", "2001:db8::1"])
        #expect(state.form?.draft.allowedRtpIps == ["203.0.113.0/24", "2001:db8::1"])
    }

    /// Each character an address or prefix can start with opens the add line with it typed.
    @Test(arguments: ["2001:db8::5", "fd00::1", "bcd::1", "fe80::1", "e0::1", "FE80::1", "ABCD::1", "::1", "198.51.100.7"])
    func everyAddressCharacterStartsAnAdd(typed: String) throws {
        var state = try rtpEditor()
        _ = state.type(typed)
        #expect(editor(state)?.input?.text == typed)
        #expect(editor(state)?.items == ["203.0.113.0/24"], "nothing deleted or moved by \(typed)")
        #expect(state.form?.draft.allowedRtpIps == ["203.0.113.0/24"])
    }

    /// `a` adds and `d` deletes, as in every list editor; an address that starts with either is
    /// typed after `a`, and a `d` pressed by mistake says what it deleted and `u` brings it back.
    @Test func aAddsDDeletesAndAnAddressStartingWithThemIsTypedAfterA() throws {
        var state = try rtpEditor()
        _ = state.press([.char("a")])
        _ = state.type("dead:beef::1")
        _ = state.press([.enter])
        #expect(editor(state)?.items == ["203.0.113.0/24", "dead:beef::1"])
        _ = state.press([.char("g"), .char("d")])
        #expect(editor(state)?.items == ["dead:beef::1"])
        #expect(state.message?.text.contains("Deleted 203.0.113.0/24") == true, "\(state.message?.text ?? "")")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["203.0.113.0/24", "dead:beef::1"])
    }

    @Test func noKeyOfTheListEditorIsACharacterAnItemCanStartWith() {
        for binding in Keymap.standard.bindings(in: .listEditor) {
            for case .char(let character) in binding.keys {
                #expect(!ListEditorState.canStartItem(character), "\(character) (\(binding.description)) would take an address's first key")
            }
        }
    }

    @Test func xDeletesWithoutAskingAndUUndoesLevelByLevel() throws {
        var state = prefixEditor()
        _ = state.press([.paste("33 34")])
        #expect(editor(state)?.items == ["44", "49", "33", "34"])
        _ = state.press([.char("g"), .char("j"), .char("x")])
        #expect(editor(state)?.items == ["44", "33", "34"])
        #expect(state.message?.text == "Deleted 49 · u undoes")
        #expect(state.form?.draft.dstPrefixes == ["44", "33", "34"], "in the draft at once")
        _ = state.press([.char("x")])
        #expect(state.message?.text == "Deleted 33 · u undoes")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["44", "33", "34"] && editor(state)?.selected == 1)
        #expect(state.message?.text == "Restored 33")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["44", "49", "33", "34"] && editor(state)?.selected == 1, "49 back at its place")
        #expect(state.message?.text == "Restored 49")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["44", "49"] && state.message?.text == "Undid adding 2 items")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["44", "49"] && state.message?.text == "Nothing to undo in Destination prefixes")
        #expect(state.form?.draft.dstPrefixes == ["44", "49"])
    }

    @Test func uUndoesAnEditAndATypedAdd() throws {
        var state = try rtpEditor()
        _ = state.type("198.51.100.7")
        _ = state.press([.enter, .char("g"), .enter, .ctrl("u")])
        _ = state.type("203.0.113.0/25")
        _ = state.press([.enter])
        #expect(editor(state)?.items == ["203.0.113.0/25", "198.51.100.7"])
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["203.0.113.0/24", "198.51.100.7"])
        #expect(state.message?.text == "Undid the edit: 203.0.113.0/24 is back")
        _ = state.press([.char("u")])
        #expect(editor(state)?.items == ["203.0.113.0/24"] && state.message?.text == "Undid adding 198.51.100.7")
        #expect(state.form?.draft.allowedRtpIps == ["203.0.113.0/24"])
    }

    @Test func enterOnAnEmptyListOpensTheAddLine() throws {
        var state = try rtpEditor()
        _ = state.press([.char("x")])
        #expect(editor(state)?.items == [])
        _ = state.press([.enter])
        #expect(editor(state)?.input?.text == "" && editor(state)?.editingIndex == nil)
    }

    @Test func addressesCountAgainstTheSixtyEntryLimitTogether() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.allowedRtpIps)
        _ = state.press([.enter])
        let many = (1...59).map { "198.51.100.\($0)" }.joined(separator: " ")
        _ = state.press([.paste(many)])
        #expect(editor(state)?.error?.contains("room for 58 more") == true, "the one SIP address counts too")
        let fit = (1...58).map { "198.51.100.\($0)" }.joined(separator: ",")
        _ = state.press([.paste(fit)])
        #expect(editor(state)?.items.count == 59)
        #expect(Screen.render(state, rows: 24, columns: 80).contains("60 of 60"))
        _ = state.press([.char("x"), .char("x")])
        _ = state.press([.escape])
        #expect(state.form?.draft.allowedRtpIps?.count == 57)
    }

    @Test func anEmptyRTPListMeansNoRestriction() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(.allowedRtpIps)
        _ = state.press([.enter, .char("x"), .escape])
        #expect(state.form?.draft.allowedRtpIps == nil)
        #expect(Screen.render(state, rows: 24, columns: 80).contains("no restriction"))
    }

    @Test func threePastedPrefixesSaveAsOnePatchOfOnlyThePrefixes() throws {
        var state = prefixEditor()
        _ = state.press([.char("x"), .char("x"), .paste("44, 4420 49"), .escape, .ctrl("s")])
        let review = try #require(state.review)
        #expect(review.diff.changes.map(\.key) == [.dstPrefixes])
        #expect(review.body.text() == #"{"data":{"attributes":{"dst_prefixes":["44","4420","49"]},"id":"00000000-0000-4000-8000-000000000001","type":"voice_out_trunks"}}"#)
    }
}

/// The review dialog: y sends, n, Esc and Enter go back, scrolling, and what failures do.
@Suite struct ReviewReducerTests {
    func reviewing() -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("Renamed")
        _ = state.press([.enter, .ctrl("s")])
        return state
    }

    @Test func nEscAndEnterGoBackToTheFormWithTheDraft() {
        for key in [Key.char("n"), .escape, .enter] {
            var state = reviewing()
            #expect(state.review != nil)
            #expect(state.press([key]).isEmpty)
            #expect(state.review == nil && state.form?.draft.name == "Renamed", "\(key) goes back")
        }
    }

    @Test func theFocusStartsOnCancel() {
        let grid = Screen.render(reviewing(), rows: 24, columns: 80)
        #expect(grid.contains("[ Cancel ]   [ y Send ]"))
        #expect(grid.contains("Name: Berlin Office → Renamed"))
        let row = (0..<grid.rows).first { grid.line($0).contains("[ Cancel ]") }!
        let column = DisplayWidth.of(String(grid.line(row).prefix(upTo: grid.line(row).range(of: "[ Cancel ]")!.lowerBound)))
        #expect(grid.roleMapLine(row, column) == "S", "Cancel is drawn as the focused button")
    }

    @Test func aChangeToALongListIsShownAsWhatWasAddedAndRemoved() throws {
        var trunk = UIFixtures.trunk(6, name: "Vienna wholesale")
        trunk.dstPrefixes = (0..<300).map { String(4_300 + $0) }
        var state = UIFixtures.state(with: [trunk])
        _ = state.press([.char("p"), .char("x"), .paste("9999 33"), .escape, .ctrl("s")])
        let text = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(text.contains("Destination prefixes: 300 → 301 entries (2 added, 1 removed)"), "\(text)")
        #expect(text.contains("+ 9999, 33") && text.contains("− 4300"), "\(text)")
    }

    @Test func arrowsScrollTheBody() {
        var state = reviewing()
        _ = state.press([.down, .down, .char("j")])
        #expect(state.review?.scroll == 3)
        _ = state.press([.up, .char("k")])
        #expect(state.review?.scroll == 1)
    }

    @Test func aFailureThatIsNotAValidationErrorIsShownInADialogAndTheDraftStays() {
        var state = reviewing()
        _ = state.press([.char("y")])
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSaveFailure("The server answered 503 Service Unavailable")
        #expect(state.alert?.text.contains("503") == true)
        #expect(state.review == nil && state.form?.draft.name == "Renamed")
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("Save failed") && grid.contains("Your draft is kept"))
        _ = state.press([.char("x")])
        #expect(state.alert == nil && state.form?.draft.name == "Renamed", "any key closes the dialog only")
    }

    @Test func aValidationErrorNoFieldShowsIsShownInADialogWithTheDraftKept() {
        var state = reviewing()
        _ = state.press([.char("y")])
        _ = state.deliverSaveBaseUnchanged()
        let error = APIError(title: "can't be assigned while allow_any_did_as_cli is true", code: "100", status: "422",
                             pointer: "/data/relationships/bogus")
        _ = state.deliverSaveFailure("rejected", fieldErrors: [error])
        #expect(state.alert?.text.contains("can't be assigned") == true)
        #expect(state.form?.draft.name == "Renamed" && state.review == nil)
    }

    @Test func aValidationErrorOnAnotherFieldStandsUnderItAndSelectsIt() {
        var state = reviewing()
        _ = state.press([.char("y")])
        _ = state.deliverSaveBaseUnchanged()
        let error = APIError(title: "must be less than or equal to 600", code: "100", status: "422",
                             pointer: "/data/attributes/rtp_timeout")
        _ = state.deliverSaveFailure("rejected", fieldErrors: [error])
        #expect(state.form?.selectedKey == .rtpTimeout)
        #expect(Screen.render(state, rows: 24, columns: 80).contains("server: must be less than or equal to 600"))
    }
}

extension Grid {
    /// The style-role letter of one cell, as in the role map of snapshots.
    func roleMapLine(_ row: Int, _ column: Int) -> String {
        let map = roleMap().split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(map[row])
        return column < line.count ? String(line[column]) : ""
    }
}
