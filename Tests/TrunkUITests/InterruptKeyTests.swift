import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Ctrl-C as people press it in other terminal programs: where text is typed it gives the text
/// up; anywhere else it asks "Quit?", and pressed again there it quits, keeping drafts on disk.
@Suite struct InterruptKeyTests {
    /// One place where text is typed, and what must hold once Ctrl-C gave it up.
    struct TypedText: Sendable, CustomTestStringConvertible {
        var context: KeyContext
        var typed: String
        var givenUp: @Sendable (_ before: AppState, _ after: AppState) -> Bool
        var testDescription: String { context.rawValue }
    }

    static func listEditor(_ state: AppState) -> ListEditorState? { KeymapCommandTests.editor(state) }
    static func didEditor(_ state: AppState) -> DidEditorState? { KeymapCommandTests.didEditor(state) }

    static let typedTexts: [TypedText] = [
        TypedText(context: .textField, typed: "45") { before, after in
            after.form?.editor == nil && after.form?.draft == before.form?.draft && after.form?.pendingText.isEmpty == true
        },
        TypedText(context: .listItemInput, typed: "4420") { before, after in
            listEditor(after)?.input == nil && listEditor(after)?.items == listEditor(before)?.items
        },
        TypedText(context: .didSearch, typed: "4930") { before, after in
            didEditor(after)?.input == nil && didEditor(after)?.items == didEditor(before)?.items
        },
        TypedText(context: .commandLine, typed: "refr") { _, after in after.commandInput == nil },
        TypedText(context: .filterLine, typed: "Berlin") { _, after in after.filterInput == nil && after.filter.isEmpty },
        TypedText(context: .searchLine, typed: "44") { _, after in
            listEditor(after)?.searchLine == nil && listEditor(after)?.selected == 10 && listEditor(after)?.search == nil
        },
        TypedText(context: .deleteConfirmation, typed: "Chic") { _, after in after.deletion == nil },
        TypedText(context: .regenerateConfirmation, typed: "Berl") { _, after in after.detailView.regenerate == nil },
        TypedText(context: .numberTester, typed: "4930") { _, after in after.detailView.tester == nil && after.pane == .detail },
        TypedText(context: .callCheck, typed: "10.0.0.1") { _, after in after.callCheck == nil && after.callCheckInputs.sourceIP.text == "10.0.0.1" },
        TypedText(context: .bulkPrefixes, typed: "44") { _, after in after.bulkChange?.phase == .choosing && after.bulkChange?.input.text == "" },
        TypedText(context: .bulkDidNumbers, typed: "4930") { _, after in
            after.bulkChange?.phase == .choosing && after.bulkChange?.input.text == ""
        },
        TypedText(context: .fieldJump, typed: "name") { _, after in after.form?.jumpInput == nil && after.form?.selected == 12 },
    ]

    @Test func everyPlaceWhereTextIsTypedHasARow() {
        let typed = Set(KeyContext.allCases.filter(\.unboundKeys.typesText))
        #expect(typed == Set(Self.typedTexts.map(\.context)))
    }

    @Test(arguments: typedTexts)
    func inATextFieldCtrlCGivesTheTextUp(row: TypedText) {
        var state = KeymapCommandTests.start(row.context)
        let before = state
        _ = state.type(row.typed)
        #expect(state.keyContext == row.context)
        let effects = state.press([.ctrl("c")])
        #expect(row.givenUp(before, state), "\(row.context.rawValue): \(effects)")
        #expect(!state.confirmQuit && !state.quitting, "giving text up is not quitting")
        #expect(!effects.contains(.quit))
    }

    @Test func aTextFieldGetsBackWhatItHeldBeforeTheEdit() throws {
        var state = KeymapCommandTests.form()
        KeymapCommandTests.selectFormField(.name)(&state)
        let name = try #require(state.form?.draft.name)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("Renamed")
        #expect(state.form?.draft.name == "Renamed", "typing goes into the draft as it is typed")
        let effects = state.press([.ctrl("c")])
        #expect(state.form?.draft.name == name && state.form?.editor == nil)
        #expect(state.form?.isDirty == false)
        #expect(effects == [.removeDraft(trunkID: state.form?.original.id ?? "")], "the draft on disk follows")
        #expect(state.message?.text == "Edit of Name cancelled")

        // Esc, by contrast, keeps what was typed (an invalid value stays, marked).
        KeymapCommandTests.selectFormField(.rtpTimeout)(&state)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("9x")
        _ = state.press([.escape])
        #expect(state.form?.pendingText[.rtpTimeout] == "9x")
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("45")
        _ = state.press([.ctrl("c")])
        #expect(state.form?.pendingText[.rtpTimeout] == "9x", "Ctrl-C puts back the text the field held when this edit began")
    }

    @Test func theFilterLineGetsBackTheFilterItOpenedOn() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("/")])
        _ = state.type("Berlin")
        _ = state.press([.enter])
        let berlin = state.visible
        _ = state.press([.char("/")])
        _ = state.type("Paris")
        #expect(state.filter == "Paris")
        _ = state.press([.ctrl("c")])
        #expect(state.filterInput == nil && state.filter == "Berlin" && state.visible == berlin)
    }

    /// Where Ctrl-C asks: the panes, the editors, the review and every question or overlay.
    static let asking: [KeyContext] = [.list, .detail, .form, .listEditor, .didEditor, .review, .conflict, .help, .alert,
                                       .audit, .discardQuestion, .restoreDrafts, .copyChooser, .picker]

    @Test(arguments: asking)
    func elsewhereCtrlCAsksAndAgainQuits(context: KeyContext) {
        var state = KeymapCommandTests.start(context)
        #expect(state.keyContext == context)
        #expect(state.press([.ctrl("c")]).isEmpty, "the first Ctrl-C only asks")
        #expect(state.confirmQuit && state.keyContext == .quitQuestion && !state.quitting)
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("Quit?") && frame.contains("y/Ctrl-C quits · any other key goes back"), "\(frame)")
        #expect(state.press([.ctrl("c")]) == [.quit], "the second quits")
        #expect(state.quitting)
    }

    @Test func anyOtherKeyAtTheQuestionGoesBack() {
        var state = KeymapCommandTests.list()
        _ = state.press([.ctrl("c")])
        #expect(state.press([.char("j")]).isEmpty)
        #expect(!state.confirmQuit && !state.quitting && state.pane == .list)
    }

    @Test func withNothingUnsavedTheQuestionSaysSo() {
        var state = KeymapCommandTests.list()
        _ = state.press([.ctrl("c")])
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("Quit trunks? Nothing is unsaved."), "\(frame)")
        #expect(ModalHintTests.statusLine(state).contains("y quits · any other key goes back"))
    }

    @Test func twiceOverAFormWithChangesQuitsAndKeepsTheDraft() {
        var state = KeymapCommandTests.dirtyForm()
        _ = state.press([.ctrl("c")])
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("They stay on disk as a draft; trunks offers it at the next start."))
        let effects = state.press([.ctrl("c")])
        #expect(effects == [.quit], "no removeDraft: the draft stays on disk, as with y")
    }

    @Test func aRemappedInterruptKeyDoesTheSame() {
        var state = KeymapCommandTests.list()
        let index = state.keymap.bindings.firstIndex { $0.command == .interrupt }!
        state.keymap.bindings[index].keys = [.ctrl("g")]
        #expect(state.press([.ctrl("c")]).isEmpty && !state.confirmQuit, "Ctrl-C is no longer the interrupt")
        _ = state.press([.ctrl("g")])
        #expect(state.confirmQuit)
        #expect(state.press([.ctrl("g")]) == [.quit], "pressed again at the question it quits")
    }

    @Test func onATerminalTooSmallTheQuestionIsStillSaid() {
        var state = KeymapCommandTests.list()
        _ = state.handle(.resized(rows: 10, columns: 40))
        _ = state.press([.ctrl("c")])
        let screen = Screen.render(state, rows: 10, columns: 40).plainText()
        #expect(screen.contains("Quit trunks?") && screen.contains("y/Ctrl-C quits"), "\(screen)")
        #expect(state.press([.ctrl("c")]) == [.quit])
    }

    @Test func onATerminalTooSmallItAsksEvenWhileTextIsTyped() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("/")])
        _ = state.type("ber")
        _ = state.handle(.resized(rows: 10, columns: 40))
        _ = state.press([.ctrl("c")])
        #expect(state.confirmQuit && state.filterInput?.text == "ber", "the line cannot be seen; the question is said")
    }
}
