import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// What the screen says while a question or an editor holds the keys: the status bar names the
/// keys that work there, and the "Quit?" dialog says truly what becomes of the changes.
@Suite struct ModalHintTests {
    static func statusLine(_ state: AppState, rows: Int = 24, columns: Int = 80) -> String {
        let frame = Screen.render(state, rows: rows, columns: columns).plainText()
        return String(frame.split(separator: "\n", omittingEmptySubsequences: false)[rows - 1])
    }

    static func renamed() -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter])
        _ = state.type(" X")
        _ = state.press([.enter])
        return state
    }

    @Test func quittingWithADraftSaysTheDraftIsKeptNotDiscarded() {
        var state = Self.renamed()
        _ = state.press([.char("q")])
        #expect(state.confirmQuit)
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(!frame.contains("discards them"), "the draft stays on disk, so nothing is discarded:\n\(frame)")
        #expect(frame.contains("They stay on disk as a draft; trunks offers it at the next start."))
        #expect(Self.statusLine(state).contains("y quits · any other key goes back"))
        #expect(!Self.statusLine(state).contains("Space toggle"))
        #expect(state.press([.char("y")]) == [.quit], "quitting keeps the draft: no removeDraft")
    }

    @Test func quittingWhenDraftsCannotBeWrittenSaysTheChangesAreLost() {
        var state = Self.renamed()
        _ = state.handle(.storageFailed("Draft not saved: disk full"))
        _ = state.press([.char("q")])
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("Drafts cannot be written to disk here: quitting loses them."), "\(frame)")
    }

    @Test func quittingWithOnlyTextThatDoesNotParseSaysItIsDiscarded() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { $0.pendingText[.rtpTimeout] = "abc" }
        _ = state.press([.char("q")])
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("They cannot be kept as a draft: quitting discards them."), "\(frame)")
    }

    @Test func editingATextFieldShowsTheKeysOfTheFieldNotOfTheForm() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter])
        let status = Self.statusLine(state)
        #expect(status.contains("Enter/Esc done") && status.contains("Ctrl-U clears"), "\(status)")
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("Name: required, unique · Enter or Esc done"), "the pane's footer agrees:\n\(frame)")
        _ = state.press([.enter])
        #expect(Self.statusLine(state).contains("Enter edit field"))
    }

    @Test func aPickerTheDiscardQuestionAndTheDraftOfferNameTheirOwnKeys() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .down, .enter])
        guard case .picker? = state.form?.editor else { Issue.record("Status is a picker"); return }
        #expect(Self.statusLine(state).contains("a letter jumps · ↑↓ choose · Enter picks"))
        _ = state.press([.escape])
        state = Self.renamed()
        _ = state.press([.escape])
        #expect(state.form?.confirmDiscard == true)
        #expect(Self.statusLine(state).contains("y discards the changes · any other key keeps editing"))

        var offered = UIFixtures.loadedState()
        offered.offerDrafts([StoredDraft(form: Self.renamed().form!, at: Date(timeIntervalSince1970: 990))!])
        let status = Self.statusLine(offered, rows: 60, columns: 200)
        #expect(status.contains("y restore") && status.contains("Esc later") && !status.contains("Enter open"), "\(status)")
        #expect(Self.statusLine(offered).contains("Esc later"), "the way out fits at 80 columns: \(Self.statusLine(offered))")
    }

    @Test func theNumberTesterNamesItsKeys() {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter, .char("t")])
        #expect(state.detailView.tester != nil)
        #expect(Self.statusLine(state).contains("Enter keeps the answer"), "\(Self.statusLine(state))")
    }

    @Test func theCopyPromptIsNotAYesNoQuestionAndNamesNoKeyThatCancels() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("y")])
        let status = Self.statusLine(state)
        #expect(!status.contains("y/n"), "y/n reads as yes/no: \(status)")
        #expect(!status.contains("unless x"), "x here cancels the copy; it reveals only in the detail: \(status)")
        #expect(status.contains("y name") && status.contains("Esc cancels"), "\(status)")
        #expect(state.press([.char("y")]) == [.copyToClipboard("Berlin Office")])
    }

    @Test func spaceToggleIsHintedOnlyOnYesNoFields() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        #expect(!Self.statusLine(state, rows: 60, columns: 200).contains("Space toggle"), "Name is not a yes/no field")
        let index = state.form!.fieldKeys.firstIndex(of: .forceSymmetricRtp)!
        state.editForm { $0.selected = index }
        #expect(Self.statusLine(state, rows: 60, columns: 200).contains("Space toggle"))
    }
}
