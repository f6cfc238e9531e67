import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

extension AppState {
    /// Moves the form's selection to `key` with the arrow keys, as a user would.
    mutating func focusField(_ key: FieldKey) throws {
        let form = try #require(self.form)
        let target = try #require(form.fieldKeys.firstIndex(of: key), "\(key) is shown")
        let delta = target - form.selected
        _ = press(Array(repeating: delta > 0 ? Key.down : Key.up, count: abs(delta)))
    }
}

extension UIFixtures {
    /// A state with exactly `trunks` loaded, the first selected.
    static func state(with trunks: [Trunk]) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: trunks, totalRecords: trunks.count), number: 1, generation: 0)
        return state
    }
}

/// Every command of the form's key map, the text field and the pickers.
@Suite struct FormReducerTests {
    func editing(_ trunk: Trunk = UIFixtures.trunks[0]) -> AppState {
        var state = UIFixtures.state(with: [trunk])
        _ = state.press([.char("e")])
        return state
    }

    @Test func downUpTabAndShiftTabMoveBetweenFieldsAndStopAtTheEnds() throws {
        var state = editing()
        _ = state.press([.up])
        #expect(state.form?.selected == 0)
        _ = state.press([.down, .tab])
        #expect(state.form?.selected == 2)
        _ = state.press([.backTab])
        #expect(state.form?.selected == 1)
        let count = try #require(state.form?.fieldKeys.count)
        _ = state.press(Array(repeating: .down, count: count + 3))
        #expect(state.form?.selected == count - 1)
        _ = state.press([.home])
        #expect(state.form?.selected == 0)
        _ = state.press([.pageDown])
        #expect(state.form?.selected == 10)
        _ = state.press([.pageUp, .end])
        #expect(state.form?.selected == count - 1)
    }

    @Test func enterEditsTextAndReadlineKeysWork() throws {
        var state = editing()
        _ = state.press([.enter, .ctrl("a")])
        _ = state.type("New ")
        #expect(state.form?.draft.name == "New Berlin Office")
        _ = state.press([.ctrl("e"), .ctrl("w")])
        #expect(state.form?.draft.name == "New Berlin ")
        _ = state.press([.ctrl("u")])
        _ = state.type("Hamburg")
        _ = state.press([.enter])
        #expect(state.form?.editor == nil && state.form?.draft.name == "Hamburg")
        #expect(state.form?.isDirty == true)
    }

    @Test func aPasteOnAFieldOpensItsEditorWithThePastedText() throws {
        var state = editing()
        try state.focusField(.dstPrefixes)
        _ = state.press([.paste("33\n34")])
        guard case .list(let editor)? = state.form?.editor else { Issue.record("the list editor opens"); return }
        #expect(editor.items == ["44", "49", "33", "34"])
        _ = state.press([.escape])
        try state.focusField(.callbackUrl)
        _ = state.press([.paste("https://example.com/hook")])
        #expect(state.form?.draft.callbackUrl == "https://example.com/hook")
        guard case .text(.callbackUrl, _)? = state.form?.editor else { Issue.record("the text field is being edited"); return }
        _ = state.press([.enter])
        try state.focusField(.rtpPing)
        _ = state.press([.paste("yes")])
        #expect(state.form?.editor == nil && state.form?.draft.rtpPing == false, "a paste does not flip a toggle")
    }

    @Test func spaceTogglesABooleanAndIgnoresOtherFields() throws {
        var state = editing()
        _ = state.press([.char(" ")])
        #expect(state.form?.draft.name == "Berlin Office", "Space on a text field changes nothing")
        try state.focusField(.rtpPing)
        _ = state.press([.char(" ")])
        #expect(state.form?.draft.rtpPing == true)
        _ = state.press([.enter])
        #expect(state.form?.draft.rtpPing == false, "Enter on a toggle toggles too")
    }

    @Test func pickersMoveJumpByLetterPickAndCancel() throws {
        var state = editing()
        try state.focusField(.mediaEncryptionMode)
        _ = state.press([.enter])
        guard case .picker(.mediaEncryptionMode, _, 0)? = state.form?.editor else {
            Issue.record("the picker opens on the current value"); return
        }
        _ = state.press([.char("z")])
        guard case .picker(_, let options, let selected)? = state.form?.editor else { Issue.record("picker"); return }
        #expect(options[selected] == "zrtp")
        _ = state.press([.escape])
        #expect(state.form?.editor == nil && state.form?.draft.mediaEncryptionMode == .disabled, "Esc picks nothing")
        _ = state.press([.enter, .down, .enter])
        #expect(state.form?.draft.mediaEncryptionMode == .srtpSdes)
    }

    @Test func theCLIPickerOffersWhatTheAPIVersionAcceptsAndStartsOnTheCurrentValue() throws {
        var trunk = UIFixtures.trunk(8, name: "Rome Randomizer")
        trunk.onCliMismatchAction = .randomizeCli
        var state = editing(trunk)
        try state.focusField(.onCliMismatchAction)
        _ = state.press([.enter])
        guard case .picker(_, let options, let selected)? = state.form?.editor else { Issue.record("picker"); return }
        #expect(options[selected] == "randomize_cli", "the stored value is where the picker starts")
        #expect(options == state.validator.rules.cliMismatchActions + ["randomize_cli"])
        _ = state.press([.enter])
        #expect(state.form?.isDirty == false, "picking the current value changes nothing")
    }

    @Test func ipOnlyIsListedButCannotBeChosenAndTheFormSaysWhy() throws {
        var state = editing()
        try state.focusField(.authType)
        _ = state.press([.enter])
        guard case .picker(.authType, let options, _)? = state.form?.editor else { Issue.record("picker"); return }
        #expect(options == ["credentials_and_ip", "ip_only", "twilio"])
        _ = state.press([.down, .enter])
        #expect(state.form?.editor != nil, "the picker stays open")
        #expect(state.form?.draft.authenticationMethod?.type == .credentialsAndIp)
        #expect(state.message?.text.contains("DIDWW support") == true)
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("IP only (set by DIDWW support only)"))
    }

    @Test func switchingToTwilioShowsTheTwilioFieldsAndBack() throws {
        var state = editing()
        #expect(state.form?.fieldKeys.contains(.allowedSipIps) == true)
        try state.focusField(.authType)
        _ = state.press([.enter, .down, .down, .enter])
        let form = try #require(state.form)
        #expect(form.draft.authenticationMethod?.type == .twilio)
        #expect(form.fieldKeys.contains(.twilioAccountSid))
        #expect(!form.fieldKeys.contains(.allowedSipIps) && !form.fieldKeys.contains(.username))
        #expect(form.fieldsWithErrors(validator: state.validator) == [.twilioAccountSid], "the SID must be typed")
        #expect(Screen.render(state, rows: 24, columns: 80).contains("1 error"))
        _ = state.press([.enter, .up, .up, .enter])
        #expect(state.form?.fieldKeys.contains(.allowedSipIps) == true)
        #expect(state.form?.draft.authenticationMethod?.allowedSipIps == ["203.0.113.1/32"], "switching back loses nothing")
    }

    @Test func anIPOnlyTrunksMethodIsLockedWithTheReason() throws {
        var trunk = UIFixtures.trunk(9, name: "Dublin Support")
        trunk.authenticationMethod = AuthenticationMethod(type: .ipOnly, allowedSipIps: ["192.0.2.50/32"], techPrefix: "4401#")
        var state = editing(trunk)
        try state.focusField(.authType)
        _ = state.press([.enter])
        #expect(state.form?.editor == nil)
        #expect(state.message?.text.contains("DIDWW support") == true)
        try state.focusField(.allowedSipIps)
        _ = state.press([.enter])
        #expect(state.form?.editor == nil, "the SIP allowlist of ip_only is read-only")
    }

    @Test func fieldsAreCheckedAsTypedAndTheHeaderCountsErrors() throws {
        var state = editing()
        try state.focusField(.capacityLimit)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("40000")
        #expect(state.form?.fieldsWithErrors(validator: state.validator) == [.capacityLimit])
        var grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("1 error") && grid.contains("between 0 and 32767"))
        _ = state.press([.ctrl("u"), .enter])
        #expect(state.form?.draft.capacityLimit == nil, "empty means unlimited")
        grid = Screen.render(state, rows: 24, columns: 80)
        #expect(!grid.contains("error"))
        #expect(grid.contains("unlimited"))
    }

    @Test func saveWithErrorsJumpsToTheFirstAndSendsNothing() throws {
        var state = editing()
        try state.focusField(.rtpTimeout)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("5")
        _ = state.press([.escape])
        try state.focusField(.callbackUrl)
        _ = state.press([.enter])
        _ = state.type("ftp://x")
        _ = state.press([.escape])
        _ = state.press([.up, .up])
        #expect(state.press([.ctrl("s")]).isEmpty)
        #expect(state.review == nil)
        #expect(state.form?.selectedKey == .callbackUrl, "the first error in display order")
        #expect(state.message?.text.hasPrefix("Fix Callback URL first") == true)
    }

    @Test func anErrorStoredOnTheServerInAnUnchangedFieldWarnsButDoesNotBlock() throws {
        var trunk = UIFixtures.trunk(4, name: "Paris Minimal")
        trunk.authenticationMethod?.allowedSipIps = nil
        var state = editing(trunk)
        let issues = try #require(state.form).issues(.allowedSipIps, validator: state.validator)
        #expect(issues.first?.severity == .warning && issues.first?.message.contains("as stored on the server") == true)
        try state.focusField(.rtpPing)
        _ = state.press([.char(" "), .ctrl("s")])
        #expect(state.review?.diff.changes.map(\.key) == [.rtpPing])
    }

    @Test func slashJumpsToAFieldByPartOfItsLabelAsTyped() throws {
        var state = editing()
        _ = state.press([.char("/")])
        _ = state.type("encr")
        #expect(state.form?.selectedKey == .mediaEncryptionMode)
        _ = state.press([.escape])
        #expect(state.form?.selectedKey == .name, "Esc goes back to where the jump started")
        _ = state.press([.char("/")])
        _ = state.type("prefixes")
        _ = state.press([.enter])
        #expect(state.form?.selectedKey == .dstPrefixes && state.form?.jumpInput == nil)
    }

    @Test func escLeavesACleanFormAndAsksOnADirtyOne() throws {
        var state = editing()
        _ = state.press([.escape])
        #expect(state.form == nil && state.pane == .list)
        _ = state.press([.char("e"), .char(" ")])
        try state.focusField(.rtpPing)
        _ = state.press([.char(" "), .escape])
        #expect(state.form?.confirmDiscard == true)
        _ = state.press([.char("n")])
        #expect(state.form != nil && state.form?.draft.rtpPing == true, "any other key keeps editing")
        _ = state.press([.escape, .char("y")])
        #expect(state.form == nil)
    }

    @Test func quitFromADirtyFormAsksFirstAndHelpAndCommandLineOpen() throws {
        var state = editing()
        _ = state.press([.char("?")])
        #expect(state.showHelp)
        _ = state.press([.escape])
        _ = state.press([.char(":")])
        #expect(state.commandInput != nil)
        _ = state.press([.escape])
        try state.focusField(.rtpPing)
        _ = state.press([.char(" ")])
        #expect(state.press([.char("q")]).isEmpty && state.confirmQuit)
        #expect(state.press([.char("y")]) == [.quit])
    }
}
