import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Every command of the detail pane: `x` and its expiry, `J`, `t`, `R`, and scrolling.
@Suite struct DetailReducerTests {
    static let berlin = SeededTrunks.named("Berlin Office")
    static var password: String { berlin.authenticationMethod?.password ?? "?" }

    @Test func xRevealsThePasswordForThirtySecondsWithACountdown() {
        var state = SeededTrunks.detailState("Berlin Office")
        #expect(!state.frame().contains(Self.password))
        #expect(state.press([.char("x")]).isEmpty)
        var frame = state.frame()
        #expect(frame.contains(Self.password))
        #expect(frame.contains("shown 30 s · x hides"))
        #expect(frame.contains("secrets shown 30 s"), "the countdown stands in the pane title")
        #expect(state.revealsSecrets)
        _ = state.tick(29)
        frame = state.frame()
        #expect(frame.contains(Self.password) && frame.contains("shown 1 s"))
        _ = state.tick(1)
        frame = state.frame()
        #expect(!frame.contains(Self.password), "masked again after 30 s")
        #expect(frame.contains("••••••••  x reveals for 30 s"))
        #expect(state.detailView.reveal == nil && !state.revealsSecrets)
        #expect(state.message?.text == "Secrets masked again")
    }

    @Test func xAgainHidesAtOnce() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("x"), .char("x")])
        #expect(!state.frame().contains(Self.password))
        #expect(state.message?.text == "Secrets masked")
    }

    @Test func leavingTheTrunkMasksTheSecrets() {
        var state = SeededTrunks.detailState("Berlin Office", rows: 48, columns: 160)
        _ = state.press([.char("x")])
        _ = state.press([.escape])
        #expect(state.pane == .list)
        #expect(state.detailView.reveal == nil)
        #expect(!state.frame().contains(Self.password), "the side-by-side detail is masked once the focus leaves it")
        _ = state.press([.enter, .char("x"), .char("e")])
        #expect(state.pane == .form)
        #expect(state.detailView.reveal == nil, "opening the form leaves the detail")
    }

    @Test func xExplainsWhenThereIsNothingToReveal() {
        var state = SeededTrunks.detailState("Dublin Support")
        _ = state.press([.char("x")])
        #expect(state.detailView.reveal == nil)
        #expect(state.message?.text.contains("IP-only trunks authenticate by address") == true)
    }

    @Test func xRevealsTheTwilioSID() throws {
        var state = SeededTrunks.detailState("Frankfurt Twilio")
        let sid = try #require(SeededTrunks.named("Frankfurt Twilio").authenticationMethod?.twilioAccountSid)
        #expect(!state.frame().contains(sid))
        #expect(state.frame().contains("Twilio account SID         ••••••••"))
        _ = state.press([.char("x")])
        #expect(state.frame().contains(sid))
    }

    @Test func jShowsTheRawJSONMaskedUnlessRevealed() throws {
        var state = SeededTrunks.detailState("Berlin Office", rows: 48, columns: 160)
        let id = Self.berlin.id
        #expect(state.press([.char("J")]).calls == [.loadTrunkJSON(id: id)])
        #expect(state.frame().contains("loading the trunk as the server sends it"))
        _ = state.handle(.answered(RequestID(9_999), .document(.success(Data("{}".utf8)))))
        #expect(state.detailView.rawJSON?.document == nil, "an answer to a request not made is ignored")
        _ = state.deliver(.loadTrunkJSON(id: id), .document(.success(try #require(SeededTrunks.documents[id]))))
        var frame = state.frame()
        #expect(frame.contains("\"password\" : \"••••••••\""))
        #expect(frame.contains("\"type\" : \"credentials_and_ip\""))
        #expect(!frame.contains(Self.password))
        _ = state.press([.char("x")])
        frame = state.frame()
        #expect(frame.contains("\"password\" : \"\(Self.password)\""))
        _ = state.press([.char("j"), .char("j"), .char("k")])
        #expect(state.detailView.rawJSON?.scroll == 1)
        _ = state.press([.char("G")])
        let bottom = try #require(state.detailView.rawJSON?.scroll)
        #expect(bottom > 1)
        #expect(state.frame().contains("\"total_records\"") == false)
        #expect(state.frame().contains("\"api_version\" : \"2026-04-16\""), "G shows the end of the document")
        let refresh = state.press([.char("r")])
        #expect(refresh.calls.contains(.loadTrunkJSON(id: id)) && refresh.calls.contains(.loadTrunk(id: id)), "r reads the JSON again too")
        #expect(state.detailView.rawJSON?.document == nil)
        _ = state.press([.escape])
        #expect(state.detailView.rawJSON == nil && state.pane == .detail, "Esc leaves the JSON, not the trunk")
        _ = state.press([.char("J")])
        #expect(state.press([.char("J")]).isEmpty)
        #expect(state.detailView.rawJSON == nil, "J toggles")
    }

    @Test func jShowsAFailureAndGoesBack() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("J")])
        _ = state.deliver(.loadTrunkJSON(id: Self.berlin.id), .document(.failure(RequestFailure("timed out after 30 s"))))
        #expect(state.frame().contains("Could not read the trunk: timed out after 30 s"))
        #expect(state.message?.kind == .error)
    }

    @Test func tTestsNumbersLiveAndKeepsAnswers() {
        var state = SeededTrunks.detailState("東京 outbound")
        _ = state.press([.char("t")])
        #expect(state.detailView.tester != nil)
        _ = state.type("99#+81 3 1234 5678")
        var frame = state.frame()
        #expect(frame.contains("✓ Allowed: 81312345678 starts with 81, an exception to Reject all"))
        #expect(frame.contains("tech prefix 99# stripped before matching"))
        _ = state.press([.enter])
        #expect(state.detailView.tester?.input.text == "")
        #expect(state.detailView.tester?.history.count == 1)
        #expect(state.detailView.tester?.history.first?.hasPrefix("99#+81 3 1234 5678: ✓ Allowed") == true,
                "the kept answer names its number: \(state.detailView.tester?.history.first ?? "")")
        _ = state.type("442079460000")
        frame = state.frame()
        #expect(frame.contains("✗ Rejected: no listed prefix matches 442079460000, so the default (Reject"))
        #expect(NumberTester.evaluate("442079460000", on: SeededTrunks.named("東京"))?.reason
            == "Rejected: no listed prefix matches 442079460000, so the default (Reject all) applies")
        #expect(frame.contains("dial it as 99#442079460000"))
        #expect(frame.contains("✓ Allowed: 81312345678"), "the earlier answer stays")
        #expect(state.press([.char("x"), .char("q"), .char("R")]).isEmpty, "letters are typed, not commands")
        #expect(!state.quitting && state.detailView.reveal == nil && state.detailView.regenerate == nil)
        _ = state.press([.escape])
        #expect(state.detailView.tester == nil && state.pane == .detail)
    }

    @Test func regenerateNeedsTheExactNameThenReadsTheTrunkAgain() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("R")])
        #expect(state.detailView.regenerate?.expected == "Berlin Office")
        #expect(state.frame().contains("Regenerate credentials of Berlin Office?"))
        #expect(state.press([.char("R"), .char("R"), .enter, .enter]).isEmpty, "repeated keys never confirm")
        #expect(state.detailView.regenerate?.error == "That is not this trunk's name; nothing was sent")
        _ = state.press([.ctrl("u")])
        #expect(state.press([.enter]).isEmpty)
        #expect(state.detailView.regenerate?.error == "Type the trunk name exactly to confirm")
        _ = state.type("berlin office")
        #expect(state.press([.enter]).isEmpty, "the name must match exactly, case included")
        _ = state.press([.ctrl("u")])
        _ = state.type("Berlin Office")
        #expect(state.press([.enter]).calls == [.regenerateCredentials(id: Self.berlin.id)])
        #expect(state.press([.enter]).isEmpty, "a second Enter while sending sends nothing")
        #expect(state.frame().contains("Regenerating…"))
        var renewed = Self.berlin
        renewed.authenticationMethod?.username = "newuser123"
        renewed.authenticationMethod?.password = "NewSecretPass99"
        #expect(state.deliverRegenerated(renewed).isEmpty)
        #expect(state.detailView.regenerate == nil)
        #expect(state.detail?.authenticationMethod?.password == "NewSecretPass99")
        let frame = state.frame()
        #expect(frame.contains("newuser123"))
        #expect(!frame.contains("NewSecretPass99"), "the new password is masked")
        #expect(state.message == StatusMessage("Regenerated: Berlin Office now has username newuser123; password masked, x reveals", .success))
    }

    @Test func regenerateIsRefusedInReadOnlyModeBeforeAnythingIsTyped() {
        var state = SeededTrunks.detailState("Berlin Office")
        state.readOnly = true
        #expect(state.press([.char("R")]).isEmpty)
        #expect(state.detailView.regenerate == nil)
        #expect(state.message?.text.hasPrefix("Read-only mode") == true)
        _ = state.press([.char("x"), .char("t")])
        #expect(state.detailView.reveal != nil && state.detailView.tester != nil, "looking is still allowed")
    }

    @Test func regenerateCancelsWithEscAndSendsNothing() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("R")])
        _ = state.type("Berlin Office")
        #expect(state.press([.escape]).isEmpty)
        #expect(state.detailView.regenerate == nil && state.pane == .detail)
        #expect(state.message?.text == "Regenerate cancelled; nothing was sent")
    }

    @Test func regenerateFailureClosesTheDialogAndSaysSo() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("R")])
        _ = state.type("Berlin Office")
        _ = state.press([.enter])
        _ = state.deliver(.regenerateCredentials(id: Self.berlin.id), .change(.failure(RequestFailure("Regenerating failed; the old credentials still work: 401"))))
        #expect(state.detailView.regenerate == nil)
        #expect(state.message?.kind == .error)
    }

    @Test("R explains why other methods have nothing to regenerate", arguments: [
        ("Frankfurt Twilio", "Twilio trunks sign in with the Twilio account SID"),
        ("Dublin Support", "IP-only trunks authenticate by source address"),
    ])
    func regenerateOnlyForCredentials(name: String, explanation: String) {
        var state = SeededTrunks.detailState(name)
        #expect(state.press([.char("R")]).isEmpty)
        #expect(state.detailView.regenerate == nil)
        #expect(state.message?.text.hasPrefix(explanation) == true)
    }

    @Test func scrollingStopsAtBothEnds() {
        var state = SeededTrunks.detailState("Berlin Office")
        let rows = Viewport.detailInnerSize(of: state).rows
        let count = DetailText.lines(for: Self.berlin, state: state, width: 78).count
        #expect(count > rows)
        _ = state.press([.char("k")])
        #expect(state.detailScroll == 0)
        _ = state.press([.char("j"), .down])
        #expect(state.detailScroll == 2)
        _ = state.press([.pageDown])
        #expect(state.detailScroll == min(count - rows, 2 + rows - 1))
        _ = state.press([.char("G")])
        #expect(state.detailScroll == count - rows)
        _ = state.press([.char("j"), .pageDown])
        #expect(state.detailScroll == count - rows, "no dead presses past the end")
        _ = state.press([.char("k")])
        #expect(state.detailScroll == count - rows - 1)
        _ = state.press([.pageUp, .pageUp, .pageUp])
        #expect(state.detailScroll == 0)
        _ = state.press([.end, .home])
        #expect(state.detailScroll == 0)
        #expect(state.frame().contains("Emergency") == false || rows >= count)
    }
}
