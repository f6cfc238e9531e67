import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Who gets a key is decided in one place, the presentation stack: what was reproduced against
/// the flags it replaced, each now a rule the stack keeps.
@Suite struct PresentationStackTests {
    /// Berlin Office's form open, with its name changed.
    private func editingBerlin() -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Berlin renamed")
        _ = state.press([.enter])
        return state
    }

    private func command(_ text: String, _ state: inout AppState) -> [Effect] {
        _ = state.press([.char(":")])
        _ = state.type(text)
        return state.press([.enter])
    }

    @Test func draftsCannotReplaceAModifiedFormWithoutAsking() throws {
        var state = editingBerlin()
        var other = FormState(trunk: UIFixtures.trunks[2], returnPane: .list)
        other.draft.capacityLimit = 7
        state.restorable = [try #require(StoredDraft(form: other, at: Date(timeIntervalSince1970: 900)))]
        #expect(command("drafts", &state).isEmpty)
        #expect(state.restoreSelection == nil, "the restore dialog does not open over the form")
        #expect(state.message?.text.contains(":drafts is not available while editing Berlin Office") == true, "\(state.message?.text ?? "")")
        // Even when the dialog is open over a modified form, y does not replace it.
        state.restoreSelection = 0
        #expect(state.press([.char("y")]).isEmpty)
        #expect(state.form?.draft.name == "Berlin renamed" && state.form?.original.id == UIFixtures.trunks[0].id)
        #expect(state.message?.text.contains("restoring would replace it") == true)
    }

    @Test func aJumpInsideAFormLeavesNeitherTheFormNorTheListInTwoPlaces() {
        var state = editingBerlin()
        let selection = state.selection
        #expect(command("trunk Zürich Ost", &state).isEmpty)
        #expect(state.form?.original.name == "Berlin Office" && state.pane == .form)
        #expect(state.selection == selection && state.selectedTrunk?.name == "Berlin Office")
        #expect(state.message?.text.contains("save (Ctrl-S) or leave the form (Esc) first") == true)
        // A bare name (the jump fallback) and a filter are refused the same way.
        _ = command("Zürich Ost", &state)
        _ = command("filter Zürich", &state)
        #expect(state.selectedTrunk?.name == "Berlin Office" && state.filter.isEmpty && state.form != nil)
        // Commands that leave the list alone still work in a form.
        _ = command("help", &state)
        #expect(state.showHelp)
    }

    @Test(arguments: ["restore", "audit"])
    func aClickReachesNothingUnderADialog(dialog: String) throws {
        var state = UIFixtures.loadedState()
        if dialog == "restore" {
            var form = FormState(trunk: UIFixtures.trunks[2], returnPane: .list)
            form.draft.capacityLimit = 7
            state.offerDrafts([try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 900)))])
        } else {
            state.showAudit(AuditFixtures.lines(1))
        }
        #expect(!state.modals.isEmpty)
        _ = state.handle(.key(.mouse(MouseEvent(.click, row: 5, column: 10))))
        _ = state.handle(.key(.mouse(MouseEvent(.wheelDown, row: 5, column: 10))))
        #expect(state.selection == 0, "the selection does not move under the \(dialog) dialog")
    }

    @Test func aFailedReadOfOneTrunkIsNotReportedForAnotherTrunksJump() {
        var state = UIFixtures.loadedState()
        // A detail read of the second row is still on its way when the user goes back to the first.
        _ = state.press([.char("j"), .enter, .escape, .char("k"), .enter])
        let second = state.visible.count > 1 ? state.trunks[state.visible[1]].id : ""
        let first = state.selectedTrunk?.id ?? ""
        let jumpID = "11111111-2222-4333-8444-555555555555"
        #expect(command("trunk \(jumpID)", &state).calls == [.loadTrunk(id: jumpID)])
        _ = state.deliverReadFailure(id: first, "The DIDWW server failed (503).")
        #expect(state.pendingJump == jumpID, "the jump still waits for its own answer")
        #expect(state.message?.text.contains("Could not find trunk") != true, "\(state.message?.text ?? "")")
        #expect(state.detailError == "The DIDWW server failed (503).", "the detail's own failure is the detail's")
        var far = Trunk(id: jumpID)
        far.name = "Far away"
        _ = state.deliverRead(far)
        #expect(state.selectedTrunk?.id == jumpID && state.pendingJump == nil)
        #expect(state.detailError == nil, "the trunk shown now was read: no failure stands over it")
        // A late failure about a trunk no longer on screen changes nothing.
        let before = state.message
        _ = state.deliverReadFailure(id: second, "late")
        #expect(state.message == before && state.detailError == nil)
        #expect(state.requests.count == 0, "every request was answered")
    }

    @Test func aLateDetailReadUpdatesTheListButNotTheTrunkOnScreen() {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter])
        let first = state.selectedTrunk!
        _ = state.press([.escape, .char("j"), .enter])
        let second = state.selectedTrunk!
        _ = state.deliverRead(second)
        var renamed = first
        renamed.name = "Renamed meanwhile"
        _ = state.deliverRead(renamed)
        #expect(state.detail?.id == second.id, "the detail pane keeps the trunk it shows")
        #expect(state.trunks.elements.contains { $0.name == "Renamed meanwhile" }, "the list learns the new name")
    }

    @Test func aRefreshForgetsThePagesOfTheLoadItReplaces() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: Array(UIFixtures.trunks.prefix(2)), totalRecords: 40, nextLink: "next"), number: 1)
        #expect(state.requests.count == 8, "eight pages are asked for at once")
        _ = state.press([.char("r")])
        #expect(state.requests.count == 1, "only the new load's first page is still wanted")
    }

    @Test func aRefreshThatDropsTheTrunkUnderTheDetailEndsWhatItRevealed() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter])
        let shown = try #require(state.selectedTrunk)
        _ = state.deliverRead(shown)
        _ = state.press([.char("x")])
        #expect(state.detailView.reveal?.trunkID == shown.id)
        state.showOnly(UIFixtures.trunks.filter { $0.id != shown.id })
        #expect(state.pane == .detail && state.selectedTrunk?.id != shown.id)
        #expect(state.detailView.reveal == nil, "nothing revealed carries over to the trunk now selected")
    }

    @Test func leavingTheDetailEndsWhatItRevealedAndHadOpen() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter])
        _ = state.deliverRead(try #require(state.selectedTrunk))
        _ = state.press([.char("x"), .char("J")])
        #expect(state.detailView.reveal != nil && state.detailView.rawJSON != nil)
        _ = state.press([.escape, .escape, .enter])
        #expect(state.pane == .detail)
        #expect(state.detailView.reveal == nil && state.detailView.rawJSON == nil)
    }

    @Test func anAnswerToNoOpenRequestChangesNothing() {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter])
        let trunk = state.selectedTrunk!
        guard let id = state.requests.oldest(making: .loadTrunk(id: trunk.id)) else { Issue.record("no read"); return }
        var first = trunk
        first.name = "First answer"
        _ = state.handle(.answered(id, .trunk(.success(first))))
        var again = trunk
        again.name = "Same request answered twice"
        _ = state.handle(.answered(id, .trunk(.success(again))))
        _ = state.handle(.answered(RequestID(9_999), .trunk(.success(again))))
        #expect(state.detail?.name == "First answer")
    }

    @Test func onlyQuitActsWhileTheTerminalIsTooSmallToShowWhatItWouldChange() {
        var state = UIFixtures.loadedState()
        _ = state.handle(.resized(rows: 12, columns: 40))
        #expect(Screen.render(state, rows: 12, columns: 40).plainText().contains("Terminal too small"))
        #expect(state.keyContext == .tooSmall, "the too-small screen holds the keys, above the stack")
        #expect(state.press([.char("b")]).isEmpty)
        #expect(Screen.render(state, rows: 12, columns: 40).plainText().contains("b did nothing"), "the screen says so")
        #expect(state.type("block").isEmpty)
        #expect(state.press([.char("y"), .enter, .char("D"), .char("e"), .char(":"), .char("?")]).isEmpty)
        #expect(state.modals.isEmpty && state.form == nil && !state.quitting, "nothing opened, nothing sent")
        _ = state.handle(.resized(rows: 16, columns: 60))
        #expect(state.press([.char("b")]).isEmpty && state.review != nil, "keys act again once the screen shows the list")
        _ = state.handle(.resized(rows: 12, columns: 40))
        #expect(state.keyContext == .tooSmall && state.press([.char("n"), .char("y")]).isEmpty && state.review != nil,
                "the review under the too-small screen takes no key")
        #expect(state.press([.char("q")]) == [.quit] && state.quitting, "q quits")
    }

    @Test func quitWithADraftWhileTooSmallAsksOnTheTooSmallScreen() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { $0.draft.name = "Draft name" }
        _ = state.handle(.resized(rows: 12, columns: 40))
        #expect(state.press([.char("q")]).isEmpty && state.confirmQuit, "q asks first")
        #expect(state.keyContext == .quitQuestion)
        let asked = Screen.render(state, rows: 12, columns: 40).plainText()
        #expect(asked.contains("unsaved changes") && asked.contains("quits"), "the question is on the small screen:\n\(asked)")
        #expect(asked.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(state.press([.char("n")]).isEmpty && !state.confirmQuit && state.form?.draft.name == "Draft name",
                "any other key goes back")
        _ = state.press([.char("q")])
        #expect(state.press([.char("y")]) == [.quit], "y quits")
    }

    @Test func keysGoToTheTopOfTheStackAndTheHintsFollowIt() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("b")])
        #expect(state.modals.top?.kind == .review)
        _ = state.press([.char("?")])
        #expect(state.modals.layers.map(\.kind) == [.review, .help], "help opens over the review")
        #expect(Screen.hints(state) == HelpText.hint(state))
        _ = state.press([.escape])
        #expect(state.modals.layers.map(\.kind) == [.review] && Screen.hints(state).contains("y"))
        state.showAudit(AuditFixtures.lines(1))
        #expect(Screen.hints(state) == " Enter undo · ↑↓ choose · t ticket · Esc close · PgUp/PgDn page · o one trunk", "\(Screen.hints(state))")
        _ = state.press([.escape])
        #expect(state.modals.top?.kind == .review, "the key closed only the audit trail")
    }
}
