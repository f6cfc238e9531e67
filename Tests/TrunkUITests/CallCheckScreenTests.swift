import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The call check (`C`, `:check`): what is typed is checked at once on the selected trunk or on
/// every loaded trunk, and is kept for the session so the same call can be checked elsewhere.
@Suite struct CallCheckScreenTests {
    /// Every seeded trunk listed, `name` selected, the list focused.
    static func list(_ name: String, rows: Int = 23, columns: Int = 80) -> AppState {
        var state = SeededTrunks.detailState(name, rows: rows, columns: columns)
        _ = state.press([.escape])
        return state
    }

    static func report(_ state: AppState) -> CallCheck.Report? {
        state.callCheck.flatMap(state.callCheckReport)
    }

    /// Moves the cursor to `field` with Tab.
    static func go(to field: CallCheckField, _ state: inout AppState) {
        while let check = state.callCheck, check.field != field { _ = state.press([.tab]) }
    }

    @Test func cInTheListOpensTheCheckOfTheSelectedTrunk() throws {
        var state = Self.list("Madrid Callcenter")
        _ = state.press([.char("C")])
        let check = try #require(state.callCheck)
        #expect(check.shownTrunkID == SeededTrunks.named("Madrid Callcenter").id)
        #expect(check.field == .sourceIP, "the cursor starts on the first thing to type")
        #expect(state.keyContext == .callCheck)
        let frame = state.frame()
        #expect(frame.contains("Would this call pass?") && frame.contains("Madrid Callcenter"), "\(frame)")
    }

    @Test func cInTheDetailOpensItToo() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("C")])
        #expect(state.callCheck?.shownTrunkID == SeededTrunks.named("Berlin Office").id)
        #expect(state.pane == .detail, "the detail stays underneath")
    }

    @Test func madridIsRefusedByItsStatusAndItsReachedLimit() throws {
        var state = Self.list("Madrid Callcenter")
        _ = state.press([.char("C")])
        Self.go(to: .number, &state)
        _ = state.type("+34 91 123 4567")
        let report = try #require(Self.report(state))
        #expect(report.verdict == .refused)
        #expect(report.refusedBy == ["status", "threshold_reached"])
        let frame = state.frame()
        #expect(frame.contains("✗ Refused by status (also threshold_reached)"), "\(frame)")
        #expect(frame.contains("✗ status: The trunk is blocked"), "\(frame)")
    }

    @Test func theVerdictFollowsEachKey() throws {
        var state = Self.list("Berlin Office")
        _ = state.press([.char("C")])
        _ = state.type("203.0.113.10")
        Self.go(to: .number, &state)
        #expect(state.frame().contains("type the number as dialled for a verdict"), "no verdict is guessed without a number")
        _ = state.type("+49 30 1234567")
        #expect(Self.report(state)?.verdict == .allowed)
        #expect(state.frame().contains("✓ Allowed as far as given (not checked: username, CLI"),
                "an allowed verdict names what the call did not give: \(state.frame())")

        Self.go(to: .sourceIP, &state)
        _ = state.press([.backspace, .backspace])
        _ = state.type("99")
        let refused = try #require(Self.report(state))
        #expect(refused.verdict == .refused && refused.refusedBy == ["authentication_method.allowed_sip_ips"])
        #expect(state.frame().contains("203.0.113.99 is not among the"), "the value used is named")
    }

    @Test func anAddressThatIsNotOneSaysSoAtOnceAndIsLeftOut() throws {
        var state = Self.list("Berlin Office")
        _ = state.press([.char("C")])
        _ = state.type("203.0.")
        let check = try #require(state.callCheck)
        #expect(check.inputs.problem(.sourceIP) == "not an IP address")
        #expect(check.inputs.call.sourceIP == nil, "a value that is not an address is not checked as one")
        #expect(state.frame().contains("203.0.  ✗ not an IP address (left out)"), "\(state.frame())")
        _ = state.type("113.10")
        #expect(state.callCheck?.inputs.problem(.sourceIP) == nil)
        Self.go(to: .mediaIP, &state)
        _ = state.type("10.0.0.0/8")
        #expect(state.callCheck?.inputs.problem(.mediaIP) == "one address, not a subnet")
    }

    @Test(arguments: [("alice", false), ("AC" + String(repeating: "0a", count: 16), true), ("AC123", false)])
    func theUserFieldIsReadAsAUsernameOrATwilioSid(typed: String, isSid: Bool) throws {
        var state = Self.list("Frankfurt Twilio")
        _ = state.press([.char("C"), .tab])
        _ = state.type(typed)
        let call = try #require(state.callCheck?.inputs.call)
        #expect((call.twilioAccountSid != nil) == isSid && (call.username != nil) == !isSid)
        #expect(state.frame().contains(isSid ? "a Twilio account SID" : "a SIP username"))
    }

    @Test func spaceOnEmergencySwitchesItAndElsewhereIsTyped() throws {
        var state = Self.list("Oslo Emergency")
        _ = state.press([.char("C")])
        Self.go(to: .cli, &state)
        _ = state.type("+47 1")
        #expect(state.callCheck?.inputs.cli.text == "+47 1")
        Self.go(to: .emergency, &state)
        _ = state.press([.char(" ")])
        #expect(state.callCheck?.inputs.emergency == true)
        #expect(Self.report(state)?.checks.contains { $0.rule == "emergency_dids" } == true)
    }

    @Test func escClosesAndCOnAnotherTrunkOpensItFilled() throws {
        var state = Self.list("Madrid Callcenter")
        _ = state.press([.char("C")])
        _ = state.type("203.0.113.90")
        Self.go(to: .number, &state)
        _ = state.type("+34 91 123 4567")
        _ = state.press([.escape])
        #expect(state.callCheck == nil)
        #expect(state.keyContext == .list)

        let berlin = SeededTrunks.named("Berlin Office")
        state.selection = state.visible.firstIndex { state.trunks[$0].id == berlin.id } ?? 0
        _ = state.press([.char("C")])
        let check = try #require(state.callCheck)
        #expect(check.shownTrunkID == berlin.id)
        #expect(check.inputs.sourceIP.text == "203.0.113.90" && check.inputs.number.text == "+34 91 123 4567")
        #expect(Self.report(state)?.refusedBy == ["authentication_method.allowed_sip_ips"], "the same call, checked on Berlin")
    }

    @Test func everyLoadedTrunkAnswersAllowedFirstAndEnterShowsOne() throws {
        var state = Self.list("Madrid Callcenter")
        _ = state.press([.char("C")])
        _ = state.type("203.0.113.10")
        Self.go(to: .number, &state)
        _ = state.type("+49 30 1234567")
        Self.go(to: .scope, &state)
        _ = state.press([.char(" ")])
        var check = try #require(state.callCheck)
        #expect(check.allTrunks && check.shownTrunkID == nil)
        #expect(check.answers.rows.count == SeededTrunks.all.count)
        let order: [CallCheck.Verdict: Int] = [.allowed: 0, .unknown: 1, .refused: 2]
        let ranks = check.answers.rows.map { order[$0.verdict]! }
        #expect(ranks == ranks.sorted(), "allowed first, then undecided, then refused")
        #expect(check.answers.rows.first?.name == "Berlin Office", "only Berlin takes calls from 203.0.113.10 with a password")
        #expect(check.answers.rows.first { $0.name == "Madrid Callcenter" }?.deciding?.rule == "status")
        let frame = state.frame()
        #expect(frame.contains("Which trunks would accept this call?") && frame.contains("would accept this call"), "\(frame)")

        _ = state.press([.down, .down])
        check = try #require(state.callCheck)
        let chosen = check.answers.rows[2]
        _ = state.press([.enter])
        #expect(state.callCheck?.shownTrunkID == chosen.trunkID)
        #expect(state.frame().contains("from all loaded trunks"))
        _ = state.press([.escape])
        #expect(state.callCheck?.shownTrunkID == nil && state.callCheck?.selection == 2, "Esc goes back to the list of trunks")
        _ = state.press([.escape])
        #expect(state.callCheck == nil)
    }

    @Test func typingInTheAllTrunksScopeAnswersAgain() throws {
        var state = Self.list("Berlin Office")
        _ = state.press([.char(":")])
        _ = state.type("check")
        _ = state.press([.enter])
        var check = try #require(state.callCheck)
        #expect(check.allTrunks)
        _ = state.type("203.0.113.10")
        Self.go(to: .number, &state)
        _ = state.type("+49 30 1234567")
        check = try #require(state.callCheck)
        let allowed = check.answers.allowed
        Self.go(to: .sourceIP, &state)
        _ = state.press([.ctrl("u")])
        _ = state.type("192.0.2.222")
        #expect(state.callCheck?.answers.allowed != allowed, "another source address, another answer")
    }

    @Test func theCheckOnlyReadsSoReadOnlyModeOpensIt() {
        var state = Self.list("Madrid Callcenter")
        state.readOnly = true
        _ = state.press([.char("C")])
        #expect(state.callCheck != nil)
    }

    @Test func theFrameAt80x23() {
        var state = Self.list("Madrid Callcenter", rows: 23, columns: 80)
        _ = state.press([.char("C")])
        _ = state.type("203.0.113.90")
        Self.go(to: .cli, &state)
        _ = state.type("+34 91 000 0000")
        _ = state.press([.tab])
        _ = state.type("+34 91 123 4567")
        SnapshotAssertion.assertFrame(Screen.render(state, rows: 23, columns: 80), named: "call-check-80x23-madrid")
    }

    @Test(arguments: [(16, 60), (23, 80), (60, 200)])
    func theFormAndTheVerdictFitEverySize(rows: Int, columns: Int) {
        var state = Self.list("Madrid Callcenter", rows: rows, columns: columns)
        _ = state.press([.char("C")])
        Self.go(to: .number, &state)
        _ = state.type("+34 91 123 4567")
        let frame = state.frame()
        for label in ["Trunk", "Source IP", "User / SID", "CLI", "Number", "Media IP", "Emergency", "✗ Refused by status"] {
            #expect(frame.contains(label), "\(rows)×\(columns) shows \(label)\n\(frame)")
        }
    }
}
