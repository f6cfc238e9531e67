import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The rows of the questions, prompts, input lines and overlays: where each opens, and what each
/// of its commands must do there.
extension KeymapCommandTests {
    // MARK: starting states

    /// The unblock review of the list with two conflicting fields, the first selected.
    static func conflict() -> AppState {
        var state = review()
        state.review?.conflicts = [
            FieldConflict(key: .status, base: .text("blocked"), theirs: .text("active"), mine: .text("active")),
            FieldConflict(key: .capacityLimit, base: .null, theirs: .integer(5), mine: .integer(7)),
        ]
        return state
    }

    /// The form of the selected trunk with its name changed, not saved.
    static func dirtyForm() -> AppState {
        var state = form()
        state.editForm { $0.draft.name = "Renamed meanwhile" }
        return state
    }

    /// A draft of `trunk` renamed, saved `seconds` into the epoch.
    static func storedDraft(_ trunk: Trunk, at seconds: TimeInterval) -> StoredDraft? {
        var form = FormState(trunk: trunk, returnPane: .list)
        form.draft.name = (trunk.name ?? trunk.id) + " renamed"
        return StoredDraft(form: form, at: Date(timeIntervalSince1970: seconds))
    }

    /// Two drafts of an earlier session offered over the list, the newest selected.
    static func restoreDrafts() -> AppState {
        var state = list()
        state.offerDrafts([storedDraft(SeededTrunks.all[0], at: 900), storedDraft(SeededTrunks.all[1], at: 800)].compactMap { $0 })
        return state
    }

    /// A change blocking the first two seeded trunks that an earlier run left before sending any.
    static func unfinishedBulk() -> BulkJournal {
        BulkJournal(batch: "20261202-065127.123", sending: BulkSending(BulkChange(Array(SeededTrunks.all.prefix(2)), .status(.blocked))),
                    at: Date(timeIntervalSince1970: 900))
    }

    /// The form with the text field of `key` open.
    static func textField(_ key: FieldKey) -> AppState {
        var state = form()
        selectFormField(key)(&state)
        _ = state.press([.enter])
        return state
    }

    /// The media encryption picker open on its second value.
    static func picker() -> AppState {
        var state = form()
        selectFormField(.mediaEncryptionMode)(&state)
        _ = state.press([.enter])
        if case .picker(let field, let options, _)? = state.form?.editor {
            state.editForm { $0.editor = .picker(field, options: options, selected: 1) }
        }
        return state
    }

    /// Three DIDs of the account not linked to Oslo Emergency.
    static let unlinkedDids = [
        DidRef(id: "d-one", number: "4930100100"), DidRef(id: "d-two", number: "4930200200"),
        DidRef(id: "d-three", number: "4930300300"),
    ]

    /// Oslo's DID editor adding a DID, with the account's DIDs read.
    static func didSearch() -> AppState {
        var state = didEditor()
        _ = state.deliverAccountDids((SeededTrunks.named("Oslo Emergency").dids ?? []) + unlinkedDids)
        _ = state.press([.char("a")])
        return state
    }

    /// Two trunks marked, `L` pressed and the account's DIDs read: link or unlink?
    static func bulkDids() -> AppState {
        var state = list()
        _ = state.press([.char(" "), .char(" "), .char("L")])
        _ = state.deliverAccountDids(unlinkedDids)
        return state
    }

    /// The `:messages` overlay over forty messages, at its top.
    static func messages() -> AppState {
        var state = list()
        for number in 1...40 { state.message = StatusMessage("Message number \(number)") }
        _ = state.press([.char(":")])
        _ = state.type("messages")
        _ = state.press([.enter])
        return state
    }

    static func promptStart(_ context: KeyContext) -> AppState {
        var state: AppState
        switch context {
        case .conflict: return conflict()
        case .help: state = list(); _ = state.press([.char("?")])
        case .alert: state = list(); state.alert = AlertState(title: "Save failed", text: "Nothing was saved.")
        case .audit:
            state = list()
            state.showAudit(AuditFixtures.lines(5))
            state.auditTrail?.selection = 2
        case .messages: return messages()
        case .tooSmall: state = list(); _ = state.handle(.resized(rows: 12, columns: 40))
        case .quitQuestion: state = dirtyForm(); _ = state.press([.char("q")])
        case .discardQuestion: state = dirtyForm(); _ = state.press([.escape])
        case .restoreDrafts: return restoreDrafts()
        case .unfinishedBulk: state = list(); state.offerUnfinishedBulkChanges([unfinishedBulk()])
        case .copyChooser: state = detail(); _ = state.press([.char("y")])
        case .deleteConfirmation: state = list(); _ = state.press([.char("D")])
        case .bulkChange: state = list(); _ = state.press([.char(" "), .char(" "), .char("b")])
        case .bulkPrefixes: state = list(); _ = state.press([.char(" "), .char(" "), .char("p"), .char("r")])
        case .bulkDids: return bulkDids()
        case .bulkDidNumbers: state = bulkDids(); _ = state.press([.char("l")])
        case .regenerateConfirmation: state = detail(); _ = state.press([.char("R")])
        case .numberTester: state = detail(); _ = state.press([.char("t")])
        case .callCheck: state = list(); _ = state.press([.char("C")])
        case .compare: return compare()
        case .fieldJump: state = form(); _ = state.press([.char("/")])
        case .textField: return textField(.rtpTimeout)
        case .picker: return picker()
        case .listItemInput: state = listEditor(); _ = state.press([.char("+")])
        case .didSearch: return didSearch()
        case .commandLine: state = list(); _ = state.press([.char(":")])
        case .filterLine: state = list(); _ = state.press([.char("/")])
        case .searchLine: state = listEditor(); _ = state.press([.char("/")])
        default: return list()
        }
        return state
    }

    // MARK: the table

    /// The call check switched to every loaded trunk.
    static func allTrunks(_ state: inout AppState) {
        _ = state.press([.backTab, .char(" ")])
    }

    static func typeExpectedName(_ state: inout AppState) {
        _ = state.type(state.deletion?.expected ?? state.detailView.regenerate?.expected ?? "")
    }

    static func pickerSelection(_ state: AppState) -> Int? {
        if case .picker(_, _, let selected)? = state.form?.editor { return selected }
        return nil
    }

    static func pickerOptions(_ state: AppState) -> [String] {
        if case .picker(_, let options, _)? = state.form?.editor { return options }
        return []
    }

    static let promptRows: [Row] = [
        Row(context: .conflict, command: .moveDown) { _, after, _ in after.review?.conflictSelection == 1 },
        Row(context: .conflict, command: .moveUp, prepare: { $0.review?.conflictSelection = 1 }) { _, after, _ in
            after.review?.conflictSelection == 0
        },
        Row(context: .conflict, command: .takeTheirs) { _, after, effects in
            after.review?.conflicts.first?.choice == .theirs && after.review?.conflictSelection == 1 && effects.isEmpty
        },
        Row(context: .conflict, command: .keepMine) { _, after, effects in
            after.review?.conflicts.first?.choice == .mine && effects.isEmpty
        },

        Row(context: .help, command: .pageDown) { before, after, _ in after.showHelp && after.helpScroll > before.helpScroll },

        Row(context: .audit, command: .undoChange) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.auditTrail?.selected?.trunkID ?? "")] && after.auditTrail == nil
                && after.pendingUndo != nil
        },
        Row(context: .audit, command: .undoTrunkPart) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.auditTrail?.selected?.trunkID ?? "")] && after.pendingUndo != nil
        },
        Row(context: .audit, command: .moveUp) { _, after, _ in after.auditTrail?.selection == 1 },
        Row(context: .audit, command: .moveDown) { _, after, _ in after.auditTrail?.selection == 3 },
        Row(context: .audit, command: .pageUp) { _, after, _ in after.auditTrail?.selection == 0 },
        Row(context: .audit, command: .pageDown) { _, after, _ in after.auditTrail?.selection == 4 },
        Row(context: .audit, command: .filterByTicket, prepare: { state in
            var entries = AuditFixtures.lines(3)
            entries[0].ticket = "OPS-9"
            entries[2].ticket = "OPS-9"
            state.showAudit(entries)
        }) { _, after, _ in after.auditTrail?.ticket == "OPS-9" && after.auditTrail?.shown == [0, 2] },
        Row(context: .audit, command: .close) { _, after, effects in after.auditTrail == nil && effects.isEmpty },

        Row(context: .messages, command: .pageDown) { before, after, _ in
            (after.messagesScroll ?? 0) > (before.messagesScroll ?? 0)
        },

        Row(context: .tooSmall, command: .quit) { _, after, effects in effects == [.quit] && after.quitting },

        Row(context: .quitQuestion, command: .confirmQuit) { _, after, effects in effects == [.quit] && after.quitting },

        Row(context: .discardQuestion, command: .discardChanges) { _, after, _ in after.form == nil && after.pane == .list },

        Row(context: .restoreDrafts, command: .restoreDraft) { before, after, effects in
            effects.calls == [.loadTrunk(id: before.restorable.first?.trunkID ?? "")] && after.restorable.count == 1
        },
        Row(context: .restoreDrafts, command: .deleteDraft) { before, after, effects in
            effects == [.removeDraft(trunkID: before.restorable.first?.trunkID ?? "")] && after.restorable.count == 1
        },
        Row(context: .restoreDrafts, command: .moveDown) { _, after, _ in after.restoreSelection == 1 },
        Row(context: .restoreDrafts, command: .moveUp, prepare: { $0.restoreSelection = 1 }) { _, after, _ in
            after.restoreSelection == 0
        },
        Row(context: .restoreDrafts, command: .restoreLater) { _, after, effects in
            after.restoreSelection == nil && effects.isEmpty && after.restorable.count == 2
        },

        Row(context: .unfinishedBulk, command: .finishBulkChange) { _, after, effects in
            effects.first == .setAuditBatch("20261202-065127.123") && effects.calls.count == 1 && after.bulkChange?.phase == .sending
        },
        Row(context: .unfinishedBulk, command: .forgetBulkChange) { before, after, effects in
            effects == [.bulkJournal(.remove(batch: "20261202-065127.123"))] && after.marks.count > before.marks.count
        },
        Row(context: .unfinishedBulk, command: .restoreLater) { _, after, effects in
            effects.isEmpty && after.unfinishedBulk.isEmpty && !after.modals.contains(.unfinishedBulk)
        },

        Row(context: .copyChooser, command: .copyName) { _, _, effects in effects == [.copyToClipboard("Berlin Office")] },
        Row(context: .copyChooser, command: .copyID) { before, _, effects in
            effects == [.copyToClipboard(before.detailTrunk?.id ?? "")]
        },
        Row(context: .copyChooser, command: .copyJSON) { _, _, effects in
            if case .copyToClipboard(let text)? = effects.first { return text.hasPrefix("{") } else { return false }
        },
        Row(context: .copyChooser, command: .copyUsername) { before, _, effects in
            effects == [.copyToClipboard(before.detailTrunk?.authenticationMethod?.username ?? "")]
        },
        Row(context: .copyChooser, command: .copyPassword) { _, after, effects in
            effects.isEmpty && after.message?.text.contains("is masked: reveal it with x") == true
        },
        Row(context: .copyChooser, command: .copySummary) { before, _, effects in
            effects == [.copyToClipboard(TrunkSummary.text(of: before.detailTrunk!, lastCheck: nil))]
        },
        Row(context: .copyChooser, command: .cancel) { _, after, effects in
            effects.isEmpty && !after.copyPending && after.message?.text == "Copy cancelled"
        },

        Row(context: .bulkChange, command: .blockMarked) { _, after, _ in
            after.bulkChange?.change?.edit == .status(.blocked) && after.bulkChange?.change?.items.count == 2
        },
        Row(context: .bulkChange, command: .unblockMarked) { _, after, _ in after.bulkChange?.change?.edit == .status(.active) },
        Row(context: .bulkChange, command: .addPrefixesMarked, prepare: Self.prefixesChoice) { _, after, _ in
            after.bulkChange?.prefixAction == .add && after.keyContext == .bulkPrefixes
        },
        Row(context: .bulkChange, command: .removePrefixesMarked, prepare: Self.prefixesChoice) { _, after, _ in
            after.bulkChange?.prefixAction == .remove
        },
        Row(context: .bulkChange, command: .replacePrefixesMarked, prepare: Self.prefixesChoice) { _, after, _ in
            after.bulkChange?.prefixAction == .replace
        },
        Row(context: .bulkPrefixes, command: .acceptItems, prepare: { _ = $0.type("44") }) { _, after, _ in
            after.bulkChange?.change?.edit == .prefixes(PrefixEdit(.remove, ["44"])) && after.bulkChange?.phase == .reviewing
        },
        Row(context: .bulkPrefixes, command: .cancel) { _, after, _ in after.bulkChange?.phase == .choosing },
        Row(context: .bulkDids, command: .linkDidsMarked) { _, after, _ in
            after.bulkChange?.didAction == .link && after.keyContext == .bulkDidNumbers
        },
        Row(context: .bulkDids, command: .unlinkDidsMarked) { _, after, _ in after.bulkChange?.didAction == .unlink },
        Row(context: .bulkDids, command: .cancel) { _, after, effects in after.bulkChange == nil && effects.isEmpty },
        Row(context: .bulkDidNumbers, command: .acceptItems, prepare: { _ = $0.type("49302") }) { _, after, _ in
            after.bulkChange?.didsChosen.map(\.id) == ["d-two"]
        },
        Row(context: .bulkDidNumbers, command: .moveDown, prepare: { _ = $0.type("4930") }) { _, after, _ in
            after.bulkChange?.didCandidate == 1
        },
        Row(context: .bulkDidNumbers, command: .moveUp, prepare: { state in
            _ = state.type("4930")
            _ = state.press([.down, .down])
        }) { _, after, _ in after.bulkChange?.didCandidate == 1 },
        Row(context: .bulkDidNumbers, command: .deleteItem, prepare: { state in
            _ = state.type("49301")
            _ = state.press([.enter])
        }) { _, after, _ in after.bulkChange?.didsChosen.isEmpty == true },
        Row(context: .bulkDidNumbers, command: .cancel) { _, after, _ in after.bulkChange?.phase == .choosing },
        Row(context: .bulkChange, command: .confirm, prepare: { state in
            _ = state.press([.char("b")])
            _ = state.type("block")
        }) { _, after, _ in after.bulkChange?.sending != nil },
        Row(context: .bulkChange, command: .cancel) { _, after, effects in after.bulkChange == nil && effects.isEmpty },
        Row(context: .bulkChange, command: .moveDown, prepare: { _ = $0.press([.char("u")]) }) { _, after, _ in
            after.bulkChange?.scroll == 1
        },
        Row(context: .bulkChange, command: .moveUp, prepare: { state in
            _ = state.press([.char("u")])
            state.bulkChange?.scroll = 3
        }) { _, after, _ in after.bulkChange?.scroll == 2 },

        Row(context: .deleteConfirmation, command: .confirm, prepare: typeExpectedName) { before, _, effects in
            effects.calls == [.delete(id: before.deletion?.trunkID ?? "")]
        },
        Row(context: .deleteConfirmation, command: .cancel) { _, after, effects in after.deletion == nil && effects.isEmpty },

        Row(context: .regenerateConfirmation, command: .confirm, prepare: typeExpectedName) { before, _, effects in
            effects.calls == [.regenerateCredentials(id: before.detailView.regenerate?.trunkID ?? "")]
        },
        Row(context: .regenerateConfirmation, command: .cancel) { _, after, effects in
            after.detailView.regenerate == nil && effects.isEmpty
        },

        Row(context: .numberTester, command: .keepAnswer, prepare: { _ = $0.type("4930123456") }) { _, after, _ in
            after.detailView.tester?.history.count == 1 && after.detailView.tester?.input.text == ""
        },
        Row(context: .numberTester, command: .close) { _, after, _ in after.detailView.tester == nil && after.pane == .detail },

        Row(context: .callCheck, command: .nextField) { _, after, _ in after.callCheck?.field == .user },
        Row(context: .callCheck, command: .previousField) { _, after, _ in after.callCheck?.field == .scope },
        Row(context: .callCheck, command: .toggleField, prepare: { _ = $0.press([.backTab]) }) { _, after, _ in
            after.callCheck?.allTrunks == true && after.callCheck?.answers.rows.count == SeededTrunks.all.count
        },
        Row(context: .callCheck, command: .moveDown, prepare: allTrunks) { _, after, _ in after.callCheck?.selection == 1 },
        Row(context: .callCheck, command: .moveUp, prepare: { allTrunks(&$0); _ = $0.press([.down, .down]) }) { _, after, _ in
            after.callCheck?.selection == 1
        },
        Row(context: .callCheck, command: .pageDown, prepare: allTrunks) { _, after, _ in (after.callCheck?.selection ?? 0) > 1 },
        Row(context: .callCheck, command: .pageUp, prepare: { allTrunks(&$0); _ = $0.press([.pageDown]) }) { _, after, _ in
            after.callCheck?.selection == 0
        },
        Row(context: .callCheck, command: .showTrunkCheck, prepare: allTrunks) { before, after, _ in
            after.callCheck?.shownTrunkID == before.callCheck?.answers.rows.first?.trunkID && after.callCheck?.shownTrunkID != nil
        },
        Row(context: .callCheck, command: .close) { _, after, _ in after.callCheck == nil && after.pane == .list },

        Row(context: .fieldJump, command: .stayOnField, prepare: { _ = $0.type("name") }) { before, after, _ in
            after.form?.jumpInput == nil && after.form?.selected == before.form?.selected && before.form?.selected != 12
        },
        Row(context: .fieldJump, command: .cancel, prepare: { _ = $0.type("name") }) { _, after, _ in
            after.form?.jumpInput == nil && after.form?.selected == 12
        },

        Row(context: .textField, command: .acceptValue) { before, after, _ in
            after.form?.editor == nil && after.form?.selected == before.form?.selected
        },
        Row(context: .textField, command: .leaveField) { before, after, _ in
            after.form?.editor == nil && after.form?.selected == before.form?.selected
        },
        Row(context: .textField, command: .moveDown) { before, after, _ in
            after.form?.editor == nil && after.form?.selected == (before.form?.selected ?? 0) + 1
        },
        Row(context: .textField, command: .moveUp) { before, after, _ in
            after.form?.editor == nil && after.form?.selected == (before.form?.selected ?? 0) - 1
        },

        Row(context: .picker, command: .moveDown) { _, after, _ in pickerSelection(after) == 2 },
        Row(context: .picker, command: .moveUp) { _, after, _ in pickerSelection(after) == 0 },
        Row(context: .picker, command: .pickValue) { before, after, _ in
            after.form?.editor == nil && after.form?.draft.value(.mediaEncryptionMode) == .text(pickerOptions(before)[1])
        },
        Row(context: .picker, command: .cancel) { before, after, _ in
            after.form?.editor == nil && after.form?.draft == before.form?.draft
        },

        Row(context: .listItemInput, command: .acceptItems, prepare: { _ = $0.type("4420") }) { before, after, _ in
            editor(after)?.input == nil && editor(after)?.items.count == (editor(before)?.items.count ?? 0) + 1
        },
        Row(context: .listItemInput, command: .cancel, prepare: { _ = $0.type("4420") }) { before, after, _ in
            editor(after)?.input == nil && editor(after)?.items == editor(before)?.items
        },

        Row(context: .didSearch, command: .moveDown) { _, after, _ in didEditor(after)?.candidate == 1 },
        Row(context: .didSearch, command: .moveUp, prepare: { _ = $0.press([.down]) }) { _, after, _ in didEditor(after)?.candidate == 0 },
        Row(context: .didSearch, command: .linkDid) { before, after, _ in
            didEditor(after)?.items.count == (didEditor(before)?.items.count ?? 0) + 1 && didEditor(after)?.input != nil
        },
        Row(context: .didSearch, command: .cancel) { before, after, _ in
            didEditor(after)?.input == nil && didEditor(after)?.items == didEditor(before)?.items
        },

        Row(context: .commandLine, command: .complete, prepare: { _ = $0.type("refr") }) { _, after, _ in
            after.commandInput?.text.hasPrefix("refresh") == true
        },
        Row(context: .commandLine, command: .completeBackwards, prepare: { _ = $0.press([.tab]) }) { _, after, _ in
            guard let completion = after.commandCompletion else { return false }
            return completion.index == completion.candidates.count - 1
        },
        Row(context: .commandLine, command: .runCommand, prepare: { _ = $0.type("refresh") }) { _, after, effects in
            after.commandInput == nil && effects.calls.contains { if case .loadPage(number: 1, _, _) = $0 { true } else { false } }
        },
        Row(context: .commandLine, command: .cancel, prepare: { _ = $0.type("refr") }) { _, after, effects in
            after.commandInput == nil && effects.isEmpty
        },
        Row(context: .commandLine, command: .closeWhenEmpty) { _, after, effects in after.commandInput == nil && effects.isEmpty },

        Row(context: .filterLine, command: .keepFilter, prepare: { _ = $0.type("Berlin") }) { _, after, _ in
            after.filterInput == nil && after.filter == "Berlin"
        },
        Row(context: .filterLine, command: .clearFilter, prepare: { _ = $0.type("Berlin") }) { _, after, _ in
            after.filterInput == nil && after.filter.isEmpty
        },

        Row(context: .searchLine, command: .keepSearch, prepare: { _ = $0.type("44") }) { _, after, _ in
            guard let editor = editor(after) else { return false }
            return editor.searchLine == nil && editor.search?.words == "44" && editor.items[editor.selected].contains("44")
        },
        Row(context: .searchLine, command: .cancel, prepare: { _ = $0.type("44") }) { _, after, _ in
            editor(after)?.searchLine == nil && editor(after)?.search == nil && editor(after)?.selected == 10
        },
    ]

    /// The change of the marked trunks opened by `p` instead of `b`.
    static func prefixesChoice(_ state: inout AppState) {
        _ = state.press([.escape, .char("p")])
    }
}
