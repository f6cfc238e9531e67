import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Every key of every binding in the standard key map, pressed in its pane, question or prompt,
/// does what the help says: one table row per (context, command) with the state it starts from
/// and what must change (the questions' and prompts' rows are in `KeymapCommandTests+Prompts`).
/// A binding added without a row here fails `everyBindingHasARow`.
@Suite struct KeymapCommandTests {
    /// What a command must do: the state before, the state after, the effects returned.
    typealias Check = @Sendable (_ before: AppState, _ after: AppState, _ effects: [Effect]) -> Bool

    /// One row: where the key is pressed, what to set up first, and the check.
    struct Row: Sendable {
        var context: KeyContext
        var command: Command
        var prepare: @Sendable (inout AppState) -> Void = { _ in }
        var check: Check
    }

    /// One key of one binding, as a test argument.
    struct Press: Sendable, CustomTestStringConvertible {
        var context: KeyContext
        var command: Command
        var key: Key
        var testDescription: String { "\(context.rawValue): \(key.displayName) → \(command.rawValue)" }
    }

    // MARK: starting states

    /// A change of the selected trunk's RTP timeout saved in this run, for `u` to undo.
    @Sendable static func undoable(_ state: inout AppState) {
        guard let trunk = state.selectedTrunk else { return }
        state.lastChange = .success(.one(UndoPlan(trunkID: trunk.id, trunkName: trunk.name,
                                             fields: [UndoPlan.Field(key: .rtpTimeout, left: .integer(45), before: .integer(30))])))
    }

    /// Every seeded trunk listed at 80x24, the 11th selected.
    static func list() -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: 24, columns: 80))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: SeededTrunks.all, totalRecords: SeededTrunks.all.count), number: 1, generation: 0)
        state.selection = 10
        return state
    }

    /// Berlin Office (credentials and IP) read and open in the detail pane, scrolled a little.
    static func detail() -> AppState {
        var state = SeededTrunks.detailState("Berlin Office")
        state.detailScroll = 3
        return state
    }

    /// The edit form of the selected trunk, on its 13th field.
    static func form() -> AppState {
        var state = list()
        _ = state.press([.char("e")])
        state.editForm { $0.selected = 12 }
        return state
    }

    /// The prefix editor of Vienna (320 prefixes), on the 11th item.
    static func listEditor() -> AppState {
        var state = list()
        state.selection = state.visible.firstIndex { state.trunks[$0].name?.hasPrefix("Vienna") == true } ?? 0
        _ = state.press([.char("p")])
        if case .list(var editor)? = state.form?.editor {
            editor.selected = 10
            state.editForm { $0.editor = .list(editor) }
        }
        return state
    }

    /// The review of unblocking Chicago Sales (the list's `b`; unblocking needs no typed word).
    static func review() -> AppState {
        var state = list()
        state.selection = state.visible.firstIndex { state.trunks[$0].name == "Chicago Sales" } ?? 0
        _ = state.press([.char("b")])
        return state
    }

    /// Oslo Emergency (3 CLI DIDs, 2 emergency DIDs) read, its DID editor open on the second CLI DID.
    static func didEditor() -> AppState {
        var state = SeededTrunks.detailState("Oslo Emergency")
        _ = state.press([.char("L")])
        if case .didSet(var editor)? = state.form?.editor {
            editor.selected = 1
            state.editForm { $0.editor = .didSet(editor) }
        }
        return state
    }

    static func start(_ context: KeyContext) -> AppState {
        switch context {
        case .didEditor: return didEditor()
        case .global, .detail: return detail()
        case .list: return list()
        case .form: return form()
        case .listEditor: return listEditor()
        case .review: return review()
        default: return promptStart(context)
        }
    }

    // MARK: the table

    static func editor(_ state: AppState) -> ListEditorState? {
        if case .list(let editor)? = state.form?.editor { return editor }
        return nil
    }

    static func didEditor(_ state: AppState) -> DidEditorState? {
        if case .didSet(let editor)? = state.form?.editor { return editor }
        return nil
    }

    static let opensDids: Check = { _, after, _ in didEditor(after)?.key == .dids && after.pane == .form }

    static func selectFormField(_ key: FieldKey) -> @Sendable (inout AppState) -> Void {
        { state in
            let index = state.form?.fieldKeys.firstIndex(of: key) ?? 0
            state.editForm { $0.selected = index }
        }
    }

    /// The list editor searching for `words` (nothing typed on its line any more).
    static func searchEditor(_ words: String) -> @Sendable (inout AppState) -> Void {
        { state in
            guard case .list(var editor)? = state.form?.editor else { return }
            editor.search = TextSearch(words: words)
            state.editForm { $0.editor = .list(editor) }
        }
    }

    static let opensEdit: Check = { _, after, _ in after.form?.mode == .edit && after.pane == .form }
    static let reviewsBlock: Check = { _, after, _ in after.review?.diff.changes.map(\.key) == [.status] }
    static let opensPrefixes: Check = { _, after, _ in editor(after)?.key == .dstPrefixes }
    static let startsCopy: Check = { _, after, _ in after.copyPending }
    static let opensNew: Check = { _, after, _ in after.form?.mode == .create(cloneOf: nil) && after.form?.draft.name == nil }
    static let opensClone: Check = { before, after, _ in
        guard case .create(let source?)? = after.form?.mode else { return false }
        return source == (before.selectedTrunk?.name ?? "") || source == before.detailTrunk?.name
    }
    static let opensDelete: Check = { _, after, _ in after.deletion != nil }

    static let rows: [Row] = [
        Row(context: .global, command: .help) { _, after, _ in after.showHelp },
        Row(context: .global, command: .quit) { _, _, effects in effects == [.quit] },
        Row(context: .global, command: .back) { _, after, _ in after.pane == .list },
        Row(context: .global, command: .nextPane) { _, after, _ in after.pane == .list },
        Row(context: .global, command: .commandLine) { _, after, _ in after.commandInput != nil },
        Row(context: .global, command: .refresh) { _, _, effects in
            effects.calls.contains { if case .loadPage(number: 1, _, _) = $0 { return true } else { return false } }
        },
        Row(context: .global, command: .redraw) { _, _, effects in effects == [.redraw] },

        Row(context: .list, command: .moveDown) { before, after, _ in after.selection == before.selection + 1 },
        Row(context: .list, command: .moveUp) { before, after, _ in after.selection == before.selection - 1 },
        Row(context: .list, command: .top) { _, after, _ in after.selection == 0 },
        Row(context: .list, command: .bottom) { _, after, _ in after.selection == after.visible.count - 1 },
        Row(context: .list, command: .pageDown) { before, after, _ in after.selection > before.selection + 1 },
        Row(context: .list, command: .pageUp) { before, after, _ in after.selection < before.selection - 1 },
        Row(context: .list, command: .filter) { _, after, _ in after.filterInput != nil },
        Row(context: .list, command: .sortNext) { before, after, _ in after.sort.column != before.sort.column },
        Row(context: .list, command: .sortReverse) { before, after, _ in after.sort != before.sort },
        Row(context: .list, command: .openDetail) { before, after, effects in
            after.pane == .detail && effects.calls == [.loadTrunk(id: before.selectedTrunk?.id ?? "")]
        },
        Row(context: .list, command: .edit, check: opensEdit),
        Row(context: .list, command: .toggleBlock, check: reviewsBlock),
        Row(context: .list, command: .editPrefixes, check: opensPrefixes),
        Row(context: .list, command: .copy, check: startsCopy),
        Row(context: .list, command: .newTrunk, check: opensNew),
        Row(context: .list, command: .cloneTrunk, check: opensClone),
        Row(context: .list, command: .deleteTrunk, check: opensDelete),
        Row(context: .list, command: .toggleMark) { before, after, _ in
            after.marks.count == 1 && after.marks.contains(before.selectedTrunk?.id ?? "") && after.selection == before.selection + 1
        },
        Row(context: .list, command: .markRange, prepare: { state in
            state.selection = 7
            _ = state.handle(.key(.char(" ")))
            state.selection = 10
        }) { _, after, _ in after.marks.count == 4 },
        Row(context: .list, command: .markAll) { before, after, _ in after.marks.count == before.visible.count },
        Row(context: .list, command: .undoChange, prepare: undoable) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.selectedTrunk?.id ?? "")] && after.pendingUndo != nil
        },
        Row(context: .detail, command: .undoChange, prepare: undoable) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.selectedTrunk?.id ?? "")] && after.pendingUndo != nil
        },
        Row(context: .list, command: .clearMarks, prepare: { _ = $0.handle(.key(.char("*"))) }) { before, after, _ in
            !before.marks.isEmpty && after.marks.isEmpty
        },
        Row(context: .list, command: .togglePreview, prepare: { $0.terminalSize = (rows: 40, columns: 120) }) { before, after, _ in
            !before.previewShown && after.previewShown && after.preview == .on && after.message?.text.hasPrefix("preview on") == true
        },

        Row(context: .detail, command: .moveDown) { before, after, _ in after.detailScroll == before.detailScroll + 1 },
        Row(context: .detail, command: .moveUp) { before, after, _ in after.detailScroll == before.detailScroll - 1 },
        Row(context: .detail, command: .pageDown) { before, after, _ in after.detailScroll > before.detailScroll + 1 },
        Row(context: .detail, command: .pageUp) { _, after, _ in after.detailScroll == 0 },
        Row(context: .detail, command: .top) { _, after, _ in after.detailScroll == 0 },
        Row(context: .detail, command: .bottom) { before, after, _ in after.detailScroll > before.detailScroll + 10 },
        Row(context: .detail, command: .revealSecrets) { _, after, _ in after.detailView.reveal != nil },
        Row(context: .detail, command: .rawJSON) { before, after, effects in
            after.detailView.rawJSON != nil && effects.calls == [.loadTrunkJSON(id: before.detailTrunk?.id ?? "")]
        },
        Row(context: .detail, command: .testNumber) { _, after, _ in after.detailView.tester != nil },
        Row(context: .detail, command: .checkCall) { before, after, _ in
            after.callCheck?.shownTrunkID == before.detailTrunk?.id && after.pane == .detail
        },
        Row(context: .list, command: .checkCall) { before, after, _ in after.callCheck?.shownTrunkID == before.selectedTrunk?.id },
        Row(context: .detail, command: .regenerateCredentials) { _, after, effects in
            after.detailView.regenerate?.expected == "Berlin Office" && effects.isEmpty
        },
        Row(context: .detail, command: .edit, check: opensEdit),
        Row(context: .detail, command: .toggleBlock, check: reviewsBlock),
        Row(context: .detail, command: .editPrefixes, check: opensPrefixes),
        Row(context: .detail, command: .copy, check: startsCopy),
        Row(context: .detail, command: .cloneTrunk, check: opensClone),
        Row(context: .detail, command: .deleteTrunk, check: opensDelete),
        Row(context: .detail, command: .back) { _, after, _ in after.pane == .list },
        Row(context: .detail, command: .search) { _, after, _ in after.detailView.searchLine != nil },
        Row(context: .detail, command: .nextMatch, prepare: { $0.detailView.search = TextSearch(words: "203.0.113") }) { before, after, _ in
            after.detailView.search?.current != nil && after.message?.text.hasPrefix("Match ") == true
        },
        Row(context: .detail, command: .previousMatch, prepare: { $0.detailView.search = TextSearch(words: "203.0.113") }) { _, after, _ in
            after.detailView.search?.current != nil && after.message?.text.hasPrefix("Match ") == true
        },
        Row(context: .detail, command: .togglePreview, prepare: { $0.terminalSize = (rows: 60, columns: 200) }) { before, after, _ in
            before.previewShown && !after.previewShown && after.preview == .off && after.pane == .detail
                && after.message?.text.hasPrefix("preview off") == true
        },

        Row(context: .form, command: .moveDown) { before, after, _ in after.form?.selected == (before.form?.selected ?? 0) + 1 },
        Row(context: .form, command: .moveUp) { before, after, _ in after.form?.selected == (before.form?.selected ?? 0) - 1 },
        Row(context: .form, command: .pageDown) { before, after, _ in after.form?.selected == (before.form?.selected ?? 0) + 10 },
        Row(context: .form, command: .pageUp) { before, after, _ in after.form?.selected == (before.form?.selected ?? 0) - 10 },
        Row(context: .form, command: .top) { _, after, _ in after.form?.selected == 0 },
        Row(context: .form, command: .bottom) { _, after, _ in after.form?.selected == (after.form?.fieldKeys.count ?? 0) - 1 },
        Row(context: .form, command: .editField, prepare: selectFormField(.name)) { _, after, _ in
            if case .text(.name, _)? = after.form?.editor { return true } else { return false }
        },
        Row(context: .form, command: .toggleField, prepare: selectFormField(.forceSymmetricRtp)) { before, after, _ in
            after.form?.draft.forceSymmetricRtp == !(before.form?.draft.forceSymmetricRtp ?? false)
        },
        Row(context: .form, command: .jumpToField) { _, after, _ in after.form?.jumpInput != nil },
        Row(context: .form, command: .save, prepare: { $0.editForm { $0.draft.status = .blocked } }) { _, after, effects in
            after.review?.diff.changes.map(\.key) == [.status] && effects.isEmpty
        },

        Row(context: .form, command: .undo, prepare: { state in
            selectFormField(.forceSymmetricRtp)(&state)
            _ = state.press([.char(" ")])
        }) { before, after, _ in
            after.form?.draft.forceSymmetricRtp == !(before.form?.draft.forceSymmetricRtp ?? false)
                && after.message?.text.hasPrefix("Undid Force symmetric RTP") == true
        },
        Row(context: .form, command: .revertField, prepare: { state in
            selectFormField(.name)(&state)
            state.editForm { $0.draft.name = "Changed" }
        }) { before, after, _ in
            after.form?.draft.name == before.form?.original.name && after.form?.history.steps.count == 1
        },

        Row(context: .listEditor, command: .addItem) { _, after, _ in
            editor(after)?.input?.text == "" && editor(after)?.editingIndex == nil
        },
        Row(context: .listEditor, command: .editItem) { before, after, _ in
            editor(after)?.editingIndex == 10 && editor(after)?.input?.text == editor(before)?.items[10]
        },
        Row(context: .listEditor, command: .deleteItem) { before, after, _ in
            editor(after)?.items.count == (editor(before)?.items.count ?? 0) - 1
                && editor(after)?.items.contains(editor(before)?.items[10] ?? "") == false
        },
        Row(context: .listEditor, command: .undo, prepare: { _ = $0.press([.char("x")]) }) { before, after, _ in
            editor(after)?.items.count == (editor(before)?.items.count ?? 0) + 1 && editor(after)?.selected == 10
                && after.message?.text.hasPrefix("Restored ") == true
        },
        Row(context: .listEditor, command: .moveDown) { _, after, _ in editor(after)?.selected == 11 },
        Row(context: .listEditor, command: .moveUp) { _, after, _ in editor(after)?.selected == 9 },
        Row(context: .listEditor, command: .pageDown) { _, after, _ in editor(after)?.selected == 20 },
        Row(context: .listEditor, command: .pageUp) { _, after, _ in editor(after)?.selected == 0 },
        Row(context: .listEditor, command: .top) { _, after, _ in editor(after)?.selected == 0 },
        Row(context: .listEditor, command: .bottom) { _, after, _ in editor(after)?.selected == (editor(after)?.items.count ?? 0) - 1 },
        Row(context: .listEditor, command: .search) { _, after, _ in editor(after)?.searchLine != nil },
        Row(context: .listEditor, command: .nextMatch, prepare: searchEditor("44")) { _, after, _ in
            guard let editor = editor(after) else { return false }
            return editor.selected > 10 && editor.items[editor.selected].contains("44")
        },
        Row(context: .listEditor, command: .previousMatch, prepare: searchEditor("44")) { _, after, _ in
            guard let editor = editor(after) else { return false }
            return editor.selected < 10 && editor.items[editor.selected].contains("44")
        },

        Row(context: .list, command: .linkDids, check: opensDids),
        Row(context: .detail, command: .linkDids, check: opensDids),
        Row(context: .form, command: .linkDids, check: opensDids),

        Row(context: .didEditor, command: .addItem) { _, after, _ in didEditor(after)?.input?.text == "" },
        Row(context: .didEditor, command: .deleteItem) { before, after, _ in
            didEditor(after)?.items.count == 2 && didEditor(after)?.items.contains(didEditor(before)?.items[1] ?? DidRef(id: "")) == false
        },
        Row(context: .didEditor, command: .moveDown) { _, after, _ in didEditor(after)?.selected == 2 },
        Row(context: .didEditor, command: .moveUp) { _, after, _ in didEditor(after)?.selected == 0 },
        Row(context: .didEditor, command: .pageDown) { _, after, _ in didEditor(after)?.selected == 2 },
        Row(context: .didEditor, command: .pageUp) { _, after, _ in didEditor(after)?.selected == 0 },
        Row(context: .didEditor, command: .top) { _, after, _ in didEditor(after)?.selected == 0 },
        Row(context: .didEditor, command: .bottom) { _, after, _ in didEditor(after)?.selected == 2 },
        Row(context: .didEditor, command: .switchDidSet) { _, after, _ in
            didEditor(after)?.key == .emergencyDids && didEditor(after)?.items.count == 2
        },

        Row(context: .review, command: .confirm) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.review?.diff.original.id ?? "")] && after.review?.sending == true
        },
        Row(context: .review, command: .cancel) { _, after, effects in after.review == nil && effects.isEmpty },
        Row(context: .review, command: .pressFocusedButton) { _, after, effects in
            after.review == nil && effects.isEmpty && after.message?.text.hasPrefix("Cancelled") == true
        },
        Row(context: .review, command: .moveDown) { before, after, _ in after.review?.scroll == (before.review?.scroll ?? 0) + 1 },
        Row(context: .review, command: .moveUp, prepare: { $0.review?.scroll = 3 }) { _, after, _ in after.review?.scroll == 2 },
        Row(context: .global, command: .suspend) { _, _, effects in effects == [.suspend] },
        Row(context: .global, command: .interrupt) { _, after, effects in after.confirmQuit && effects.isEmpty },
    ] + promptRows + compareRows

    static var presses: [Press] {
        Keymap.standard.bindings.flatMap { binding in
            binding.keys.map { Press(context: binding.context, command: binding.command, key: $0) }
        }
    }

    @Test func everyBindingHasARow() {
        let bound = Set(Keymap.standard.bindings.map { "\($0.context.rawValue): \($0.command.rawValue)" })
        let tested = Set(Self.rows.map { "\($0.context.rawValue): \($0.command.rawValue)" })
        #expect(bound.subtracting(tested).isEmpty, "bindings without a row: \(bound.subtracting(tested).sorted())")
        #expect(tested.subtracting(bound).isEmpty, "rows without a binding: \(tested.subtracting(bound).sorted())")
    }

    @Test(arguments: presses)
    func eachKeyDoesWhatTheHelpSays(press: Press) throws {
        let row = try #require(Self.rows.first { $0.context == press.context && $0.command == press.command })
        var state = Self.start(press.context)
        // A key that works everywhere but the detail binds for itself (q goes back there) is
        // pressed in the list.
        let shadowed = press.context == .global && state.keymap.ownCommand(for: press.key, in: .detail) != nil
        if shadowed { state = Self.list() }
        row.prepare(&state)
        let expected: KeyContext = press.context == .global ? (shadowed ? .list : .detail) : press.context
        #expect(state.keyContext == expected, "starts where the key map's context holds the keys")
        let before = state
        let effects = state.handle(.key(press.key))
        #expect(row.check(before, state, effects), "\(press.testDescription): effects \(effects)")
    }
}
