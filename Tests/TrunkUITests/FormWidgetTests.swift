import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The form gives each field the widget its kind needs: Enter on a field
/// opens a text line, a picker or a list editor, or flips a toggle; read-only values are shown
/// and cannot be changed by any key.
@Suite struct FormWidgetTests {
    enum Expected: String, CaseIterable, Sendable { case text, picker, toggle, list }

    static let widgets: [(FieldKey, Expected)] = [
        (.name, .text), (.externalReferenceId, .text), (.callbackUrl, .text), (.techPrefix, .text),
        (.rtpTimeout, .text), (.capacityLimit, .text), (.thresholdAmount, .text),
        (.status, .picker), (.onCliMismatchAction, .picker), (.defaultDstAction, .picker),
        (.mediaEncryptionMode, .picker), (.authType, .picker),
        (.forceSymmetricRtp, .toggle), (.rtpPing, .toggle), (.allowAnyDidAsCli, .toggle), (.emergencyEnableAll, .toggle),
        (.dstPrefixes, .list), (.allowedRtpIps, .list), (.allowedSipIps, .list),
    ]

    /// The edit form of Berlin Office (credentials and IP) with `key` selected.
    static func editing(_ key: FieldKey) throws -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        try state.focusField(key)
        return state
    }

    @Test("Enter opens the widget the field's kind needs", arguments: widgets)
    func enterOpensTheRightWidget(key: FieldKey, expected: Expected) throws {
        var state = try Self.editing(key)
        let before = try #require(state.form?.draft.value(key))
        _ = state.press([.enter])
        let form = try #require(state.form)
        switch (expected, form.editor) {
        case (.text, .text(let edited, _)?): #expect(edited == key)
        case (.picker, .picker(let edited, let options, let selected)?):
            #expect(edited == key)
            #expect(options.indices.contains(selected) && options.count >= 2, "\(options)")
        case (.list, .list(let editor)?): #expect(editor.key == key && editor.items == before.items)
        case (.toggle, nil): #expect(form.draft.value(key) != before, "Enter flips a toggle as Space does")
        default: Issue.record("\(key): expected a \(expected.rawValue), got \(String(describing: form.editor))")
        }
    }

    @Test("number fields whose null means something say so under the field", arguments: [
        (FieldKey.capacityLimit, "unlimited"), (.thresholdAmount, "no limit"),
    ])
    func emptyMeaningIsShown(key: FieldKey, meaning: String) throws {
        var state = try Self.editing(key)
        _ = state.press([.enter, .ctrl("u"), .enter])
        #expect(state.form?.draft.value(key) == .null, "empty is sent as null")
        #expect(state.frame().contains(meaning))
    }

    @Test("read-only values are shown and no key changes them",
          arguments: [FieldKey.createdAt, .username, .password, .thresholdReached])
    func readOnlyValuesAreShownNotEditable(key: FieldKey) throws {
        var state = try Self.editing(key)
        let draft = try #require(state.form?.draft)
        let frame = state.frame()
        #expect(frame.contains("▶ " + FieldTable.field(key).label), "shown, and selectable for reading")
        #expect(frame.contains("(read-only)"), "the footer says so")
        _ = state.press([.enter, .char(" "), .paste("x")])
        #expect(state.form?.editor == nil)
        #expect(state.form?.draft == draft, "nothing changed")
        #expect(state.form?.isDirty == false)
    }
}
