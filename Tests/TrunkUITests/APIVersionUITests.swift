import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The UI follows the API version in use: its rules in the form, its values in pickers, and a
/// version mismatch explained in full on the list.
@Suite struct APIVersionUITests {
    static func state(version: String) -> AppState {
        var state = AppState(environmentLabel: "demo", apiVersion: version, now: Date(timeIntervalSince1970: 1_000))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: UIFixtures.trunks, totalRecords: 3), number: 1, generation: 0)
        return state
    }

    /// Opens the form on the first trunk and the editor of the field whose label starts with `label`.
    static func openField(_ label: String, in state: inout AppState) {
        _ = state.press([.char("e"), .char("/")])
        _ = state.type(label)
        _ = state.press([.enter, .enter])
    }

    @Test("the validator follows the version", arguments: [("2026-04-16", TrunkRules.v20260416), ("2026-11-19", .v20261119)])
    func validatorFollowsVersion(version: String, rules: TrunkRules) {
        #expect(Self.state(version: version).validator.rules == rules)
    }

    @Test("the CLI-mismatch picker offers randomize_cli only in 2026-11-19", arguments: [
        ("2026-04-16", false), ("2026-11-19", true),
    ])
    func pickerValues(version: String, offersRandomize: Bool) {
        var state = Self.state(version: version)
        Self.openField("On CLI", in: &state)
        guard case .picker(let key, let options, _)? = state.form?.editor else {
            Issue.record("no picker open: \(String(describing: state.form?.editor))")
            return
        }
        #expect(key == .onCliMismatchAction)
        #expect(options.contains("randomize_cli") == offersRandomize)
    }

    @Test("capacity 0 is refused as typed in 2026-11-19 and accepted in 2026-04-16", arguments: [
        ("2026-04-16", true), ("2026-11-19", false),
    ])
    func capacityZero(version: String, accepted: Bool) {
        var state = Self.state(version: version)
        Self.openField("Capacity", in: &state)
        _ = state.press([.ctrl("u")])
        _ = state.type("0")
        _ = state.press([.enter])
        #expect((state.form?.editor == nil) == accepted, "Enter leaves the field only when the value is valid")
        let frame = Screen.render(state, rows: 30, columns: 100)
        #expect(frame.contains("between 1 and 32767") == !accepted)
        #expect(frame.contains(version == "2026-11-19" ? "1–32767 calls" : "0–32767 calls"))
    }

    @Test func aVersionMismatchIsShownInFullOnTheList() {
        var state = AppState(environmentLabel: "demo", apiVersion: "2026-04-16")
        _ = state.start()
        let message = "The server answered with API version 2026-11-19, but trunks asked for 2026-04-16: this account is pinned to 2026-11-19. Start trunks with --api-version 2026-11-19."
        _ = state.deliverPageFailure(message, generation: 0)
        let text = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(text.contains("--api-version 2026-11-19"))
        #expect(text.contains("pinned to 2026-11-19"))
    }

    /// A state whose list load failed because the account speaks 2026-11-19.
    static func mismatched() -> AppState {
        var state = AppState(environmentLabel: "demo", apiVersion: "2026-04-16")
        _ = state.start()
        _ = state.deliverPageFailure("The server answered with API version 2026-11-19, but trunks asked for 2026-04-16: "
                                     + "this account is pinned to 2026-11-19. Switch now with :version 2026-11-19.", generation: 0)
        return state
    }

    @Test func colonVersionSwitchesInPlaceAndReadsTheListAgainUnderTheNewRules() {
        var state = Self.mismatched()
        _ = state.press([.char(":")])
        _ = state.type("version 2026-11-19")
        #expect(state.press([.enter]) == [.switchAPIVersion("2026-11-19")], "the runner makes the new client first")
        #expect(state.apiVersion == "2026-04-16", "nothing changes before the runner says it can")

        let effects = state.handle(.apiVersionSwitched("2026-11-19", problem: nil))
        #expect(state.apiVersion == "2026-11-19")
        #expect(state.validator.rules == .v20261119)
        #expect(effects.calls == [.loadPage(number: 1, size: state.pageSize, query: ServerQuery())], "the list is read again")
        #expect(state.listError == nil)
        let text = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(text.contains("API 2026-11-19"), "the header shows it")
        #expect(text.contains("Switched to API 2026-11-19: the list is read again under its rules"))

        _ = state.deliverPage(TrunkPage(trunks: UIFixtures.trunks, totalRecords: 3), number: 1, generation: state.listGeneration)
        APIVersionUITests.openField("Capacity", in: &state)
        _ = state.press([.ctrl("u")])
        _ = state.type("0")
        _ = state.press([.enter])
        #expect(Screen.render(state, rows: 30, columns: 100).contains("between 1 and 32767"), "2026-11-19's capacity rule")
    }

    @Test(arguments: [
        ("version 2030-01-01", "No API version 2030-01-01: trunks speaks 2026-04-16 or 2026-11-19"),
        ("version 2026-04-16", "Already on API 2026-04-16"),
        ("version", "API 2026-04-16 (:version 2026-11-19 switches)"),
    ])
    func colonVersionRefusesWhatItCannotSwitchTo(typed: String, said: String) {
        var state = Self.mismatched()
        _ = state.press([.char(":")])
        _ = state.type(typed)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.message?.text == said)
        #expect(state.apiVersion == "2026-04-16")
    }

    @Test func aVersionTheRunnerCannotUseLeavesEverythingAsItWas() {
        var state = Self.mismatched()
        #expect(state.handle(.apiVersionSwitched("2026-11-19", problem: "no token service")).isEmpty)
        #expect(state.apiVersion == "2026-04-16" && state.validator.rules == .v20260416)
        #expect(state.message?.text == "Still on API 2026-04-16: 2026-11-19 could not be used: no token service")
    }

    @Test func tabCompletesTheVersions() {
        var state = Self.mismatched()
        _ = state.press([.char(":")])
        _ = state.type("version 2026-1")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "version 2026-11-19")
    }
}
