import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A printable key that means nothing where it is pressed says so on the status line, so a key
/// remembered from another program does not look ignored; where text is typed it is text.
@Suite struct UnboundKeyFeedbackTests {
    /// The panes, the editors and the review: where a key that means nothing is said to.
    /// The list editor is not among them: there a key it does not bind starts adding an item.
    static let panes: [KeyContext] = [.list, .detail, .form, .didEditor, .review]

    @Test(arguments: panes)
    func aKeyWithNoBindingIsSaidToDoNothing(context: KeyContext) {
        var state = KeymapCommandTests.start(context)
        #expect(state.keyContext == context)
        #expect(state.keymap.command(for: .char("h"), in: context) == nil)
        let before = state
        let effects = state.press([.char("h")])
        #expect(effects.isEmpty)
        #expect(state.message == StatusMessage("h: no action here · ? help"))
        #expect(ModalHintTests.statusLine(state).hasPrefix(" h: no action here · ? help"))
        #expect(state.keyContext == before.keyContext && state.selection == before.selection
                && state.form?.draft == before.form?.draft && state.form?.selected == before.form?.selected)
    }

    @Test func theNextKeyThatActsClearsIt() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("h"), .char("j")])
        #expect(state.message == nil)
    }

    @Test func aRemappedHelpKeyIsTheOneNamed() {
        var state = KeymapCommandTests.list()
        let index = state.keymap.bindings.firstIndex { $0.command == .help }!
        state.keymap.bindings[index].keys = [.function(1)]
        _ = state.press([.char("h")])
        #expect(state.message?.text == "h: no action here · F1 help")
    }

    /// Where keys are typed into text, a letter is text, never "no action".
    @Test(arguments: KeyContext.allCases.filter(\.unboundKeys.typesText))
    func whereTextIsTypedALetterIsText(context: KeyContext) {
        var state = KeymapCommandTests.start(context)
        state.message = nil
        _ = state.press([.char("h")])
        #expect(state.message?.text.contains("no action here") != true, "\(context.rawValue): \(state.message?.text ?? "")")
    }

    @Test func controlKeysAndFunctionKeysAreNotNamed() {
        var state = KeymapCommandTests.list()
        _ = state.press([.ctrl("y"), .function(9), .unknown(400)])
        #expect(state.message == nil)
    }
}
