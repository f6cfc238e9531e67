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
}
