import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `n` new, `c` clone and `D` delete, from the list and from the detail pane.
@Suite struct CreateDeleteReducerTests {
    static let sid = "AC0123456789abcdef0123456789abcdef"

    /// `n` in the list (in the detail it steps through a search's matches).
    @Test func nOpensAFormWithTheServersDefaultsAndNothingChosen() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("n")])
        let form = try #require(state.form)
        #expect(form.mode == .create(cloneOf: nil) && state.pane == .form)
        #expect(form.draft == NewTrunk.serverDefaults())
        #expect(form.fieldsWithErrors(validator: state.validator) == [.name, .authType])
        #expect(!form.fieldKeys.contains(.allowedSipIps) && !form.fieldKeys.contains(.twilioAccountSid),
                "no method yet: no method fields")
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("New trunk · 2 errors") && grid.contains("Active") && grid.contains("30"))
        #expect(state.press([.ctrl("s")]).isEmpty && state.review == nil)
        #expect(state.form?.selectedKey == .name)
    }

    @Test func creatingATwilioTrunkPostsOnlyWhatIsNeededAndSelectsTheAnswer() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("n"), .enter])
        _ = state.type("Twilio NYC")
        _ = state.press([.enter])
        try state.focusField(.authType)
        _ = state.press([.enter, .char("t"), .enter])
        try state.focusField(.twilioAccountSid)
        _ = state.press([.enter])
        _ = state.type(Self.sid)
        _ = state.press([.enter, .ctrl("s")])
        let review = try #require(state.review)
        #expect(review.isCreate)
        let grid = Screen.render(state, rows: 48, columns: 160)
        #expect(grid.contains("Review new trunk Twilio NYC") && grid.contains("POST /v3/voice_out_trunks"))
        #expect(grid.contains("[ y Create ]") && !grid.contains(Self.sid), "the SID is masked in the review")
        let effects = state.press([.char("y")])
        let body = #"{"data":{"attributes":{"authentication_method":{"attributes":{"twilio_account_sid":"\#(Self.sid)"},"type":"twilio"},"name":"Twilio NYC","on_cli_mismatch_action":"reject_call"},"type":"voice_out_trunks"}}"#
        #expect(effects.calls == [.create(body: Data(body.utf8))])
        var created = NewTrunk.serverDefaults()
        created.id = "11111111-2222-4333-8444-555555555555"
        created.name = "Twilio NYC"
        created.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: Self.sid)
        _ = state.deliverCreate(created)
        #expect(state.form == nil && state.review == nil && state.pane == .list)
        #expect(state.selectedTrunk?.id == created.id && state.totalRecords == 4)
        #expect(state.message?.text == "Created Twilio NYC")
    }

    @Test func creatingABlockedTrunkNeedsNoTypedWordButYStillDoes() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("c"), .enter])
        _ = state.type("Spare")
        _ = state.press([.enter])
        try state.focusField(.status)
        _ = state.press([.enter, .down, .enter, .ctrl("s")])
        #expect(state.review?.isCreate == true && state.review?.confirmWord == nil)
        #expect(state.press([.enter]).isEmpty && state.review == nil, "Enter goes back")
        _ = state.press([.ctrl("s")])
        guard case .create(let body)? = state.press([.char("y")]).calls.first else { Issue.record("y creates"); return }
        #expect(String(decoding: body, as: UTF8.self).contains(#""status":"blocked""#))
    }

    @Test func aDuplicateNameFromTheServerStandsUnderNameWithTheNewDraftKept() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("c"), .enter])
        _ = state.type("Zürich Ost")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        let error = APIError(title: "has already been taken", detail: "name - has already been taken", code: "100",
                             status: "422", pointer: "/data/attributes/name")
        _ = state.deliverCreateFailure("rejected", fieldErrors: [error])
        #expect(state.form?.mode.isCreate == true && state.form?.draft.name == "Zürich Ost")
        #expect(state.form?.serverErrors[.name] == "has already been taken" && state.form?.selectedKey == .name)
    }

    @Test func cloneStartsFromTheSelectedTrunkWithoutNameOrCredentials() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("j"), .char("c")])
        let form = try #require(state.form)
        #expect(form.mode == .create(cloneOf: "東京 outbound"))
        #expect(form.draft.name == nil && form.draft.authenticationMethod?.password == nil)
        #expect(form.draft.dstPrefixes == ["44", "49"] && form.draft.authenticationMethod?.allowedSipIps == ["203.0.113.1/32"])
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("New trunk (clone of 東京 outbound)"))
        #expect(!grid.contains("dpjgwbbac9"), "the source's username is not shown as the clone's")
        _ = state.press([.enter])
        _ = state.type("Tokyo 2")
        _ = state.press([.enter, .ctrl("s")])
        let body = try #require(state.review).body.text()
        #expect(body.contains(#""dst_prefixes":["44","49"]"#) && body.contains(#""default_dst_action":"reject_all""#))
        #expect(!body.contains("username") && !body.contains("password") && !body.contains("\"id\""))
    }

    @Test(arguments: [false, true])
    func deleteNeedsTheExactNameTyped(fromDetail: Bool) throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("j")])
        if fromDetail { _ = state.press([.enter]) }
        _ = state.press([.char("D")])
        #expect(state.deletion?.expected == "東京 outbound")
        #expect(Screen.render(state, rows: 24, columns: 80).contains("Type its name exactly"))
        #expect(state.deletion?.summary == "Active · Credentials & IP · 2 destination prefixes")
        #expect(state.press([.enter]).isEmpty && state.deletion?.error != nil)
        _ = state.type("東京 Outbound")
        #expect(state.press([.enter]).isEmpty, "case matters")
        #expect(state.deletion?.error == "the name does not match; nothing deleted")
        _ = state.press([.ctrl("u")])
        _ = state.type("東京 outbound")
        #expect(Screen.render(state, rows: 24, columns: 80).contains("the name matches"))
        let id = UIFixtures.trunks[1].id
        #expect(state.press([.enter]).calls == [.delete(id: id)])
        #expect(state.press([.enter]).isEmpty && state.deletion?.sending == true, "no second delete while one runs")
        #expect(state.press([.escape]).isEmpty && state.deletion == nil, "Esc closes the question; the delete goes on")
        #expect(state.message?.text == "Deleting continues; the answer will show here")
        _ = state.deliverDelete(id: id)
        #expect(state.deletion == nil && !state.trunks.contains { $0.id == id })
        #expect(state.totalRecords == 2 && state.pane == .list)
        #expect(state.selectedTrunk?.name == "Zürich Ost")
        #expect(state.message?.text == "Deleted 東京 outbound")
    }

    @Test func escCancelsADeleteAndAFailedDeleteKeepsTheTrunk() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("D"), .escape])
        #expect(state.deletion == nil && state.trunks.count == 3)
        _ = state.press([.char("D")])
        _ = state.type("Berlin Office")
        _ = state.press([.enter])
        _ = state.deliverDeleteFailure("The server answered 500")
        #expect(state.deletion?.sending == false && state.deletion?.error == "The server answered 500")
        #expect(state.trunks.count == 3)
    }

    @Test func aDeleteReadingCouldNotSettleSaysItIsNotKnownAndKeepsTheTrunkShown() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("D")])
        _ = state.type("Berlin Office")
        _ = state.press([.enter])
        let text = "No answer within 5 s. It may or may not have been made: reading the trunk again failed (No answer within 5 s)."
        _ = state.deliverDeleteFailure(text, outcomeUnknown: true)
        #expect(state.message?.text.hasPrefix("Not known whether the trunk was deleted (r refreshes)") == true)
        #expect(state.deletion?.error == text && state.trunks.count == 3, "nothing is removed on a guess")
    }

    @Test func aSettledDeleteAndCreateSayHowTheOutcomeWasLearned() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("D")])
        _ = state.type("Berlin Office")
        let id = UIFixtures.trunks[0].id
        #expect(state.press([.enter]).calls == [.delete(id: id)])
        _ = state.deliverDelete(id: id, settled: "no answer arrived (x); reading the trunk again finds it gone")
        #expect(state.message?.text == "Deleted Berlin Office (no answer arrived (x); reading the trunk again finds it gone)")
        _ = state.press([.char("n")])
        _ = state.ask(.create(body: Data()), for: .create)
        _ = state.deliverCreateFailure("No answer. It may or may not have been made: looking failed.", outcomeUnknown: true)
        #expect(state.alert?.title == "Create: outcome unknown" && state.form != nil, "the draft stays")
        #expect(state.alert?.text.contains("sending it again could create it twice") == true)
    }
}

/// Drafts of new trunks survive like drafts of edits, and come back as new trunks.
@Suite struct NewTrunkDraftTests {
    @Test func aNewTrunksDraftIsStoredAndRestoredAsANewTrunkWithoutAnyRead() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("n"), .enter])
        let effects = state.type("Night shift")
        guard case .storeDraft(let stored)? = effects.last else { Issue.record("the draft is stored as typed"); return }
        #expect(stored.trunkID == NewTrunk.draftID && stored.trunkName == "new trunk Night shift")

        var later = UIFixtures.loadedState()
        later.offerDrafts([stored])
        #expect(later.press([.char("y")]).calls.allSatisfy { if case .loadTrunk = $0 { false } else { true } },
                "nothing to read for a trunk that does not exist yet")
        let form = try #require(later.form)
        #expect(form.mode == .create(cloneOf: nil) && form.draft.name == "Night shift")
        #expect(form.original == NewTrunk.serverDefaults())
        _ = later.press([.escape])
        #expect(later.form?.confirmDiscard == true, "a restored draft is a change worth asking about")
    }
}
