import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The reducer: what a key press does to the state and which effects it asks for.
@Suite struct ReducerTests {
    @Test func startAsksForTheFirstPageAndBackgroundLoadsTheRest() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        #expect(state.start().calls == [.loadPage(number: 1, size: 2)])
        let page = TrunkPage(trunks: Array(UIFixtures.trunks.prefix(2)), totalRecords: 3, nextLink: "next")
        #expect(state.deliverPage(page, number: 1, generation: 0).calls == [.loadPage(number: 2, size: 2)])
        #expect(Screen.countText(state) == "loaded 2 of 3…")
        let last = TrunkPage(trunks: [UIFixtures.trunks[2]], totalRecords: 3)
        #expect(state.deliverPage(last, number: 2, generation: 0).isEmpty)
        #expect(state.trunks.count == 3)
        #expect(!state.loading)
    }

    @Test func aStalePageFromAnEarlierRefreshIsIgnored() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("r")])
        guard let earlier = state.requests.oldest(making: .loadPage(number: 1, size: 50)) else { Issue.record("no refresh"); return }
        _ = state.press([.char("r")])
        let old = TrunkPage(trunks: [UIFixtures.trunks[0]], totalRecords: 1)
        _ = state.handle(.answered(earlier, .page(.success(old))))
        #expect(state.trunks.count == 3)
    }

    @Test func refreshKeepsTheSelection() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("j"), .char("j")])
        #expect(state.selectedTrunk?.name == "Zürich Ost")
        #expect(state.press([.char("r")]).calls == [.loadPage(number: 1, size: 50)])
        let reordered = TrunkPage(trunks: UIFixtures.trunks.reversed(), totalRecords: 3)
        _ = state.deliverPage(reordered, number: 1, generation: 1)
        #expect(state.selectedTrunk?.name == "Zürich Ost")
    }

    @Test func blockingThroughTheFormSendsOnlyTheStatus() throws {
        var state = UIFixtures.loadedState()
        #expect(state.press([.enter]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)])
        _ = state.press([.char("e")])
        #expect(state.form != nil)
        let statusIndex = try #require(state.form?.fieldKeys.firstIndex(of: .status))
        _ = state.press(Array(repeating: .down, count: statusIndex))
        _ = state.press([.enter, .down, .enter])
        #expect(state.form?.draft.status == .blocked)
        _ = state.press([.ctrl("s")])
        let review = try #require(state.review)
        #expect(review.diff.changes.map(\.key) == [.status])
        #expect(state.press([.enter]).isEmpty, "Enter alone never confirms")
        #expect(state.review == nil && state.form != nil, "the focus is on Cancel: Enter goes back to the form")
        _ = state.press([.ctrl("s")])
        #expect(state.press([.char("y"), .char("y")]).isEmpty, "blocking needs the word typed; y alone does not send")
        _ = state.type("block")
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)], "the trunk is read again first")
        #expect(state.press([.char("y")]).isEmpty, "a repeated y does not send twice")
        let effects = state.deliverSaveBase(UIFixtures.trunks[0])
        let expected = #"{"data":{"attributes":{"status":"blocked"},"id":"00000000-0000-4000-8000-000000000001","type":"voice_out_trunks"}}"#
        #expect(effects.calls == [.patch(id: UIFixtures.trunks[0].id, body: Data(expected.utf8))])
        var saved = UIFixtures.trunks[0]
        saved.status = .blocked
        _ = state.deliverSave(saved)
        #expect(state.form == nil && state.review == nil)
        #expect(state.trunks[0].status == .blocked)
        #expect(state.message?.kind == .success)
    }

    @Test func theServersAnswerNotTheDraftIsWhatTheListAndDetailShow() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter, .char("e")])
        try state.focusField(.name)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("Berlin HQ")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        _ = state.deliverSaveBase(UIFixtures.trunks[0])
        var answer = UIFixtures.trunks[0]
        answer.name = "Berlin HQ"
        answer.thresholdReached = true
        answer.spentAmount = "3000.5"
        _ = state.deliverSave(answer)
        #expect(state.pane == .detail, "back where the edit started")
        #expect(state.detailTrunk == answer && state.trunks[0] == answer, "fields the server changed show too")
        let frame = state.frame()
        #expect(frame.contains("─ Berlin HQ ─"), "the detail title is the saved name")
        #expect(frame.contains("24-hour limit reached"), "the health summary follows the answer")
    }

    @Test func anOutOfRangeRTPTimeoutIsShownAndNeverSent() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        let index = try #require(state.form?.fieldKeys.firstIndex(of: .rtpTimeout))
        _ = state.press(Array(repeating: .down, count: index))
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("10")
        let screen = Screen.render(state, rows: 40, columns: 100)
        #expect(screen.contains("between 30 and 600 seconds"))
        _ = state.press([.enter])
        #expect(state.form?.editor != nil, "Enter does not leave a field with an invalid value")
        _ = state.press([.escape])
        #expect(state.form?.draft.rtpTimeout == 10, "the typed value is kept, not lost")
        #expect(state.press([.ctrl("s")]).isEmpty)
        #expect(state.review == nil)
        #expect(state.message?.text.contains("RTP timeout") == true)
    }

    @Test func aServerValidationErrorLandsUnderItsField() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Zürich Ost")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        _ = state.deliverSaveBaseUnchanged()
        let error = APIError(title: "has already been taken", detail: "name - has already been taken", code: "100",
                             status: "422", pointer: "/data/attributes/name")
        _ = state.deliverSaveFailure("The server rejected the change", fieldErrors: [error])
        #expect(state.review == nil)
        #expect(state.form?.serverErrors[.name] == "has already been taken")
        #expect(state.form?.draft.name == "Zürich Ost", "the draft survives the failure")
    }

    @Test func blockQuickActionReviewsFirst() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("b")]).isEmpty)
        #expect(state.review?.diff.changes.map(\.key) == [.status])
        _ = state.press([.char("n")])
        #expect(state.review == nil && state.form == nil)
    }

    @Test func prefixEditorAddsPastedPrefixesAndRefusesDuplicates() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p"), .char("+")])
        _ = state.type("4420, 33 49")
        _ = state.press([.enter])
        guard case .list(let editor)? = state.form?.editor else { Issue.record("no list editor"); return }
        #expect(editor.items == ["44", "49"])
        #expect(editor.error == "already listed: 49")
        _ = state.press([.ctrl("u")])
        _ = state.type("4420 33")
        _ = state.press([.enter, .escape])
        #expect(state.form?.draft.dstPrefixes == ["44", "49", "4420", "33"])
    }

    @Test func filterNarrowsAndExplainsAnEmptyResult() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        _ = state.type("zür")
        #expect(state.visible.count == 1)
        _ = state.type("xyz")
        let screen = Screen.render(state, rows: 24, columns: 80)
        #expect(screen.contains("no trunk matches zürxyz — Esc clears the filter"))
        _ = state.press([.escape])
        #expect(state.visible.count == 3)
    }

    @Test func quittingWithADirtyFormAsks() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .char(" ")])
        _ = state.press([.down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down])
        _ = state.press([.char(" ")])
        #expect(state.form?.isDirty == true)
        #expect(state.press([.char("q")]).isEmpty)
        #expect(state.confirmQuit)
        #expect(state.press([.char("y")]) == [.quit])
    }
}
