import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `e` with trunks marked: the form of the marked trunks, with only the fields the user sets,
/// each value checked as typed and against every marked trunk, then the review and sending of a
/// change to many trunks.
@Suite struct MarkedFormTests {
    /// acme-fra-1 (credentials & IP), Frankfurt Twilio and Prague Twilio Backup (Twilio) marked.
    static func threeMarked() -> AppState {
        var state = MarkTests.sixLoaded()
        for (index, name) in [(1, "Frankfurt Twilio"), (2, "Prague Twilio Backup")] {
            state.trunks[index].name = name
            state.trunks[index].authenticationMethod = AuthenticationMethod(type: .twilio,
                                                                            twilioAccountSid: "AC" + String(repeating: "0", count: 32))
        }
        _ = state.press([.char(" "), .char(" "), .char(" "), .char("g")])
        return state
    }

    static func names(_ state: AppState) -> [String] { MarkTests.markedNames(state) }

    /// `/` and part of the label, then Enter: the field is selected.
    static func jump(_ state: inout AppState, to label: String) {
        _ = state.press([.char("/")])
        _ = state.type(label)
        _ = state.press([.enter])
    }

    @Test func eWithMarksOpensTheFormOfTheMarkedTrunksWithNoFieldSet() throws {
        var state = Self.threeMarked()
        #expect(state.press([.char("e")]).isEmpty)
        let form = try #require(state.form)
        #expect(form.mode.markedTrunks?.count == 3)
        #expect(form.fieldKeys == FormState.markedFieldKeys)
        for key in [FieldKey.name, .authType, .username, .password, .twilioAccountSid, .dids, .emergencyDids, .createdAt, .thresholdReached] {
            #expect(!form.fieldKeys.contains(key), "\(key) is not offered")
        }
        #expect(form.fieldKeys.contains(.allowedSipIps) && form.fieldKeys.contains(.rtpTimeout))
        #expect(form.markedValues.isEmpty && !form.isDirty)
        #expect(FormPane.title(state, form) == "Fields of the 3 marked trunks")
        let screen = Screen.render(state, rows: 40, columns: 100).plainText()
        #expect(screen.contains("Only the fields you set change, on each of the 3 marked trunks"))
        #expect(screen.contains("RTP timeout") && screen.contains("not set (each keeps its own)"))
        #expect(!screen.contains("SIP username"))
        // Nothing set: Ctrl-S reviews nothing, Esc leaves without asking, and nothing went to disk.
        #expect(state.press([.ctrl("s")]).isEmpty)
        #expect(state.bulkChange == nil)
        #expect(state.message?.text == "No field is set: Enter on a field sets it for every marked trunk")
        #expect(state.press([.escape]).isEmpty)
        #expect(state.form == nil && state.pane == .list)
    }

    @Test func aListOpenedThereSaysItBecomesEachTrunksWholeList() {
        var state = Self.threeMarked()
        _ = state.press([.char("e")])
        Self.jump(&state, to: "Destination prefixes")
        _ = state.press([.enter])
        let screen = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(screen.contains("not set: each keeps its own list. Items typed here become the whole list of") && screen.contains("the 3 marked trunks"), "\(screen)")
        #expect(screen.contains("(p adds or removes a few instead)"))
        #expect(!screen.contains("the server sent"), "the form's own 'not set' is not a value the server sent")
    }

    @Test func aValueValidForSomeTrunksNamesTheOthersAndOnlyTheValidOnesAreSent() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("e")])
        Self.jump(&state, to: "SIP IPs")
        #expect(state.form?.selectedKey == .allowedSipIps)
        _ = state.press([.enter])
        _ = state.type("198.51.100.7")
        _ = state.press([.enter, .escape])
        Self.jump(&state, to: "RTP timeout")
        _ = state.press([.enter])
        _ = state.type("60")
        var effects = state.press([.enter])
        #expect(!effects.contains { if case .storeDraft = $0 { true } else { false } }, "no draft of a trunk is stored")
        let form = try #require(state.form)
        #expect(form.markedValues == [.allowedSipIps: .list(["198.51.100.7"]), .rtpTimeout: .integer(60)])
        #expect(form.issues(.allowedSipIps, validator: state.validator)
            == [.warning("not for 2 Twilio trunks: Frankfurt Twilio, Prague Twilio Backup (left out)")])
        #expect(form.issues(.rtpTimeout, validator: state.validator).isEmpty)
        #expect(FormPane.title(state, form) == "Fields of the 3 marked trunks · 2 set")

        _ = state.press([.ctrl("s")])
        let review = try #require(state.bulkChange)
        #expect(review.phase == .reviewing && state.form != nil, "Esc in the review comes back to the form")
        let change = try #require(review.change)
        #expect(change.edit == .fields([.allowedSipIps: .list(["198.51.100.7"]), .rtpTimeout: .integer(60)]))
        #expect(change.changing.compactMap(\.trunk.name) == ["acme-fra-1"])
        #expect(change.items.compactMap(\.refused) == ["Allowed SIP IPs does not apply to Twilio trunks",
                                                       "Allowed SIP IPs does not apply to Twilio trunks"])
        let text = BulkChangeText.lines(review, width: 100).map(\.0)
        #expect(text.first == " 3 trunks, 1 changes, 2 not valid for the change (no request)")
        #expect(text.contains(" 1 trunk: Allowed SIP IPs + 198.51.100.7 − 203.0.113.1/32 (1 → 1); RTP timeout 30 → 60"))

        effects = state.press([.char("y")])
        #expect(effects.calls == [.loadTrunk(id: MarkTests.six[0].id)], "only the trunk the change is valid for is read")
        #expect(state.form == nil && state.pane == .list, "the form has done its part once sent")
        _ = BulkChangeTests.readAgain(&state, state.trunks[0])
        let patch = BulkChangeTests.later(&state)
        guard case .request(_, .patch(let id, let body))? = patch.first(where: BulkDidsTests.isPatch) else { Issue.record("a PATCH: \(patch)"); return }
        #expect(id == MarkTests.six[0].id)
        let sent = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let attributes = try #require((sent["data"] as? [String: Any])?["attributes"] as? [String: Any])
        #expect(attributes["rtp_timeout"] as? Int == 60)
        let method = try #require(attributes["authentication_method"] as? [String: Any])
        #expect((method["attributes"] as? [String: Any])?["allowed_sip_ips"] as? [String] == ["198.51.100.7"])
        _ = BulkChangeTests.saved(&state, state.trunks[0])
        #expect(BulkChangeTests.later(&state).calls.isEmpty, "nothing is sent to the Twilio trunks")
        #expect(state.bulkChange?.phase == .done)
        #expect(Self.names(state) == ["Frankfurt Twilio", "Prague Twilio Backup"], "the trunks left out stay marked")
    }

    @Test func aValueValidForNoneOfTheMarkedTrunksIsAnErrorAndBlocksTheReview() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("k"), .char(" "), .char("e")])
        #expect(state.form?.mode.markedTrunks?.count == 2)
        Self.jump(&state, to: "Tech prefix")
        _ = state.press([.enter])
        _ = state.type("77#")
        _ = state.press([.enter])
        #expect(state.keyContext == .textField, "a value with an error keeps its field open, as in the form of one trunk")
        _ = state.press([.escape])
        let form = try #require(state.form)
        #expect(form.issues(.techPrefix, validator: state.validator)
            == [.error("not for 2 Twilio trunks: Frankfurt Twilio, Prague Twilio Backup")])
        _ = state.press([.ctrl("s")])
        #expect(state.bulkChange == nil)
        #expect(state.message?.text == "Fix Tech prefix first: not for 2 Twilio trunks: Frankfurt Twilio, Prague Twilio Backup")
        // U: not set again, and the review has nothing to send.
        _ = state.press([.char("U")])
        #expect(state.form?.isSet(.techPrefix) == false)
        #expect(state.message?.text == "Tech prefix is not set again: each trunk keeps its own")
    }

    @Test func aValueOutOfRangeIsCheckedAsTypedWithTheFormsOwnRules() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("e")])
        Self.jump(&state, to: "RTP timeout")
        _ = state.press([.enter])
        _ = state.type("700")
        let form = try #require(state.form)
        #expect(form.issues(.rtpTimeout, validator: state.validator).first?.severity == .error)
        #expect(form.issues(.rtpTimeout, validator: state.validator).allSatisfy { !$0.message.contains("trunk") },
                "the value's own error, not one per trunk")
    }

    @Test func aTrunkWhoseOwnValuesMakeTheValueInvalidIsNamedWithTheReason() throws {
        var state = Self.threeMarked()
        // acme-fra-1 has 59 SIP addresses: one RTP address more is over the 60 they share.
        state.trunks[0].authenticationMethod?.allowedSipIps = (1...59).map { "198.51.100.\($0)" }
        _ = state.press([.char("e")])
        Self.jump(&state, to: "RTP IPs")
        _ = state.press([.enter])
        _ = state.type("192.0.2.1")
        _ = state.press([.enter])
        _ = state.type("192.0.2.2")
        _ = state.press([.enter, .escape])
        let issues = try #require(state.form).issues(.allowedRtpIps, validator: state.validator)
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .warning)
        #expect(issues.first?.message.hasPrefix("not valid for 1 trunk (") == true)
        #expect(issues.first?.message.hasSuffix("): acme-fra-1 (left out)") == true)
    }
}

extension MarkedFormTests {
    @Test func anIPOnlyTrunksMethodIsLeftToDIDWWSupport() throws {
        var state = Self.threeMarked()
        state.trunks[1].authenticationMethod = AuthenticationMethod(type: .ipOnly, allowedSipIps: ["192.0.2.50/32"])
        _ = state.press([.char("e")])
        Self.jump(&state, to: "SIP IPs")
        _ = state.press([.enter])
        _ = state.type("198.51.100.7")
        _ = state.press([.enter, .escape])
        let issues = try #require(state.form).issues(.allowedSipIps, validator: state.validator)
        #expect(issues.map(\.message) == ["not for 1 IP only trunk: Frankfurt Twilio (left out)",
                                          "not for 1 Twilio trunk: Prague Twilio Backup (left out)"])
        _ = state.press([.ctrl("s")])
        let change = try #require(state.bulkChange?.change)
        #expect(change.items[1].refused == "Allowed SIP IPs: IP-only authentication can only be changed by DIDWW support")
        #expect(change.changing.compactMap(\.trunk.name) == ["acme-fra-1"])
    }
}

extension MarkedFormTests {
    @Test func settingStatusBlockedAsksForTheWordBlockAsBDoes() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("e"), .enter, .char("b"), .enter])
        #expect(state.form?.markedValues == [.status: .text("blocked")])
        _ = state.press([.ctrl("s")])
        let review = try #require(state.bulkChange)
        #expect(review.change?.changingCount == 2, "Prague Twilio Backup is blocked already")
        #expect(review.confirmText == "block")
        #expect(state.press([.char("y")]).isEmpty, "y alone does not block")
    }
}
