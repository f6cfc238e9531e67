import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The panes, questions, prompts and overlays take their keys from the key map and from nowhere
/// else: a binding moved to another key takes its command with it (the old key no longer does
/// it), a key the map does not bind does what the docs say, and each question's or prompt's
/// status-bar hint names exactly its bindings.
@Suite struct PromptKeyTests {
    typealias Check = KeymapCommandTests.Check

    /// Bindings whose old key, once unbound, still does the same by the context's rule for keys
    /// it does not bind ("any other key cancels").
    static let unboundDoesTheSame: Set<String> = [
        "Copy chooser: Esc → cancel",
        // The detail binds Esc itself, and the global Esc still reaches it: both go back.
        "Detail: Esc → back", "Everywhere: Esc → back",
        // Ctrl-C pressed again at "Quit?" quits as the interrupt, bound or not.
        "Quit question: Ctrl-C → confirmQuit",
    ]

    @Test(arguments: KeymapCommandTests.presses)
    func aBindingMovedToAnotherKeyTakesItsCommandWithIt(press: KeymapCommandTests.Press) throws {
        let row = try #require(KeymapCommandTests.rows.first { $0.context == press.context && $0.command == press.command })
        var state = KeymapCommandTests.start(press.context)
        row.prepare(&state)
        let index = try #require(state.keymap.bindings.firstIndex { $0.context == press.context && $0.command == press.command })
        state.keymap.bindings[index].keys = [.function(12)]
        let before = state

        var moved = before
        let movedEffects = moved.handle(.key(.function(12)))
        #expect(row.check(before, moved, movedEffects), "\(press.testDescription): F12 now does it (effects \(movedEffects))")

        guard !Self.unboundDoesTheSame.contains(press.testDescription) else { return }
        var old = before
        let oldEffects = old.handle(.key(press.key))
        #expect(!row.check(before, old, oldEffects), "\(press.testDescription): \(press.key.displayName) no longer does it")
    }

    /// A key that the context does not bind, and what it must do there.
    struct Unbound: Sendable, CustomTestStringConvertible {
        var context: KeyContext
        var key: Key
        var check: Check
        var testDescription: String { "\(context.rawValue): \(key.displayName)" }
    }

    static func pickerSelection(_ state: AppState) -> Int? { KeymapCommandTests.pickerSelection(state) }

    static let unbound: [Unbound] = [
        Unbound(context: .alert, key: .char("x")) { _, after, effects in after.alert == nil && effects.isEmpty },
        Unbound(context: .audit, key: .char("x")) { before, after, effects in
            after.auditTrail == before.auditTrail && effects.isEmpty
        },
        Unbound(context: .help, key: .char("x")) { _, after, _ in !after.showHelp && after.pane == .list },
        Unbound(context: .quitQuestion, key: .char("q")) { _, after, effects in
            !after.confirmQuit && !after.quitting && effects.isEmpty && after.form?.isDirty == true
        },
        Unbound(context: .discardQuestion, key: .char("x")) { _, after, _ in
            after.form?.confirmDiscard == false && after.form?.isDirty == true
        },
        Unbound(context: .copyChooser, key: .char("x")) { _, after, effects in
            effects.isEmpty && !after.copyPending && after.message?.text == "Copy cancelled"
        },
        Unbound(context: .restoreDrafts, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.restoreSelection == before.restoreSelection && after.restorable == before.restorable
        },
        Unbound(context: .unfinishedBulk, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.modals.top?.kind == .unfinishedBulk && after.unfinishedBulk == before.unfinishedBulk
        },
        Unbound(context: .conflict, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.review?.conflicts == before.review?.conflicts
                && after.review?.conflictSelection == before.review?.conflictSelection
        },
        Unbound(context: .bulkChange, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.bulkChange == before.bulkChange && after.marks == before.marks
        },
        Unbound(context: .deleteConfirmation, key: .char("x")) { _, after, effects in
            after.deletion?.input.text == "x" && effects.isEmpty
        },
        Unbound(context: .regenerateConfirmation, key: .char("x")) { _, after, effects in
            after.detailView.regenerate?.input.text == "x" && effects.isEmpty
        },
        Unbound(context: .numberTester, key: .char("5")) { _, after, _ in after.detailView.tester?.input.text == "5" },
        Unbound(context: .callCheck, key: .char("5")) { _, after, _ in after.callCheck?.inputs.sourceIP.text == "5" },
        Unbound(context: .fieldJump, key: .char("x")) { _, after, _ in after.form?.jumpInput?.text == "x" },
        Unbound(context: .textField, key: .char("7")) { _, after, _ in
            if case .text(.rtpTimeout, let input)? = after.form?.editor { return input.text.hasSuffix("7") } else { return false }
        },
        Unbound(context: .picker, key: .char("z")) { before, after, _ in
            pickerSelection(after) == KeymapCommandTests.pickerOptions(before).firstIndex(of: MediaEncryptionMode.zrtp.rawValue)
        },
        Unbound(context: .listItemInput, key: .char("7")) { _, after, _ in KeymapCommandTests.editor(after)?.input?.text == "7" },
        Unbound(context: .didSearch, key: .char("4")) { _, after, _ in KeymapCommandTests.didEditor(after)?.input?.text == "4" },
        Unbound(context: .bulkPrefixes, key: .char("4")) { _, after, _ in after.bulkChange?.input.text == "4" },
        Unbound(context: .bulkDids, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.bulkChange == before.bulkChange
        },
        Unbound(context: .bulkDidNumbers, key: .char("4")) { _, after, _ in after.bulkChange?.input.text == "4" },
        Unbound(context: .commandLine, key: .char("x")) { _, after, _ in after.commandInput?.text == "x" },
        Unbound(context: .filterLine, key: .char("x")) { _, after, _ in after.filterInput?.text == "x" && after.filter == "x" },
        Unbound(context: .searchLine, key: .char("4")) { _, after, _ in KeymapCommandTests.editor(after)?.searchLine?.input.text == "4" },
        Unbound(context: .compare, key: .char("x")) { before, after, effects in
            effects.isEmpty && after.compare == before.compare && after.message?.text.hasPrefix("x: no action here") == true
        },
        Unbound(context: .messages, key: .char("x")) { _, after, _ in after.messagesScroll == nil && after.modals.isEmpty },
        Unbound(context: .tooSmall, key: .char("b")) { before, after, effects in
            effects.isEmpty && after.modals.isEmpty && after.selection == before.selection
        },
    ]

    @Test func everyQuestionAndPromptHasAnUnboundKeyRow() {
        let covered = Set(Self.unbound.map(\.context))
        let prompts = Set(KeyContext.allCases.filter(\.isPrompt))
        #expect(prompts.subtracting(covered).isEmpty, "no row for \(prompts.subtracting(covered).map(\.rawValue).sorted())")
    }

    @Test(arguments: unbound)
    func aKeyTheMapDoesNotBindDoesWhatTheDocsSay(row: Unbound) {
        var state = KeymapCommandTests.start(row.context)
        #expect(state.keyContext == row.context)
        #expect(state.keymap.command(for: row.key, in: row.context) == nil, "\(row.key.displayName) is not bound in \(row.context.rawValue)")
        let before = state
        let effects = state.handle(.key(row.key))
        #expect(row.check(before, state, effects), "\(row.testDescription): effects \(effects)")
    }

    /// The words of `context`'s keys that the hint shows besides its bindings.
    static func phrases(_ context: KeyContext) -> [String] {
        [context.unboundKeys.before, context.unboundKeys.after].compactMap { $0 }.flatMap { $0.components(separatedBy: " · ") }
    }

    @Test(arguments: KeyContext.allCases.filter { $0.isPrompt && ![.help, .messages, .commandLine, .filterLine, .tooSmall, .bulkChange, .compare].contains($0) })
    func theHintNamesExactlyTheBindingsOfItsContext(context: KeyContext) {
        var state = KeymapCommandTests.start(context)
        state.message = nil
        #expect(state.keyContext == context)
        // The conflicts are chosen inside the review, whose keys still send and go back.
        let others = context == .conflict ? ModalHints.reviewItems(state) : []
        let hint = Screen.hints(state)
        #expect(hint == " " + (state.keymap.promptHintItems(in: context) + others).joined(separator: " · "))

        let status = ModalHintTests.statusLine(state)
        #expect(status.trimmingCharacters(in: .whitespaces) == KeyHintLine.fit(hint, width: 80).trimmingCharacters(in: .whitespaces))
        let shown = Set(status.trimmingCharacters(in: .whitespaces).components(separatedBy: " · "))
        #expect(shown.subtracting(Self.phrases(context) + others) == Set(state.keymap.hintItems(in: context)),
                "at 80 columns the bar names every binding of \(context.rawValue) and nothing else: \(status)")
        for binding in state.keymap.bindings(in: context) {
            #expect(shown.contains { $0.contains(binding.keys[0].displayName) && $0.hasSuffix(" " + binding.hint) },
                    "\(binding.keys[0].displayName) \(binding.hint) is in \(status)")
        }
    }

    @Test func theInputLinesNameTheirKeysFromTheKeyMap() throws {
        var state = KeymapCommandTests.list()
        _ = state.press([.char(":")])
        #expect(ModalHintTests.statusLine(state).contains("Tab completes · Enter runs · Esc cancels"))
        let index = try #require(state.keymap.bindings.firstIndex { $0.context == .commandLine && $0.command == .runCommand })
        state.keymap.bindings[index].keys = [.function(5)]
        #expect(ModalHintTests.statusLine(state).contains("Tab completes · F5 runs · Esc cancels"))

        state = KeymapCommandTests.list()
        _ = state.press([.char("/")])
        #expect(ModalHintTests.statusLine(state).contains("Enter keeps · Esc clears"))
        let keep = try #require(state.keymap.bindings.firstIndex { $0.context == .filterLine && $0.command == .keepFilter })
        state.keymap.bindings[keep].keys = [.function(6)]
        _ = state.type("status:blocked")
        #expect(ModalHintTests.statusLine(state).contains("F6 asks the server for status:blocked"))
    }

    @Test func theHelpListsEveryQuestionAndPromptWithItsKeys() {
        var state = KeymapCommandTests.list()
        _ = state.press([.char("?")])
        let text = HelpText.lines(state, width: 150).map { $0.pieces.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Questions, prompts and overlays"))
        // The "too small" screen names its own key; the help is never seen while it holds it.
        for context in KeyContext.allCases where context.isPrompt && context != .tooSmall {
            #expect(text.contains("   " + context.rawValue + ": "), "help names \(context.rawValue)")
        }
        #expect(text.contains("y/Ctrl-C quits · any other key goes back"))
        #expect(text.contains("Esc/n/q later"), "every key of a binding is named")
        #expect(text.contains("Enter deletes when it matches ⚠"), "a key that changes live data is marked")
    }
}
