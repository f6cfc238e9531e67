import Foundation
import ScreenKit
import TrunkModel

extension AppState {
    /// Applies one event and returns the work to do. Pure: no I/O happens here.
    public mutating func handle(_ event: AppEvent) -> [Effect] {
        let before = form
        let effects = handleEvent(event)
        requireTypedConfirmation()
        return effects + draftEffects(before: before)
    }

    private mutating func handleEvent(_ event: AppEvent) -> [Effect] {
        defer { settleDetailView() }
        switch event {
        case .key(let key):
            return handleKey(key)
        case .tick(let date):
            now = date
            return []
        case .pageLoaded(let page, let number, let generation):
            return pageLoaded(page, number: number, generation: generation)
        case .pageFailed(let text, let generation):
            return pageFailed(text, generation: generation)
        case .resized(let rows, let columns):
            return resized(rows: rows, columns: columns)
        case .trunkLoaded(let trunk):
            if finishJump(with: trunk) { return [] }
            detail = trunk
            detailError = nil
            replace(trunk)
            adoptLinkedDids(from: trunk)
            restoreIfWaiting(for: trunk)
            return []
        case .lookupFinished(let name, let found):
            return lookupFinished(name, found: found)
        case .trunkFailed(let id, let text):
            return trunkReadFailed(id: id, text)
        case .lookupFailed(let name, let text):
            if pendingJump == name {
                pendingJump = nil
                message = StatusMessage("Could not look up trunk \(name): \(text)", .warning)
            }
            return []
        case .patchSucceeded(let trunk, let settled):
            return patchSucceeded(trunk, note: settled)
        case .patchFailed(let text, let fieldErrors):
            return patchFailed(text, fieldErrors: fieldErrors)
        case .themeApplied(let name, let problem):
            themeApplied(name, problem: problem)
            return []
        case .patchOutcomeUnknown(let text): return patchOutcomeUnknown(text)
        case .saveBaseRead(let trunk): return saveBaseRead(trunk)
        case .saveBaseFailed(let text): return saveBaseFailed(text)
        case .patchVerified(let trunk): return patchVerified(trunk)
        case .patchVerifyFailed(let text): return patchVerifyFailed(text)
        case .auditLoaded(let lines):
            auditLines = lines
            return []
        case .trunkJSONLoaded, .trunkJSONFailed, .credentialsRegenerated, .regenerateFailed:
            return detailEvent(event)
        case .createSucceeded(let trunk, let settled):
            return createSucceeded(trunk, settled: settled)
        case .createFailed(let text, let fieldErrors):
            return patchFailed(text, fieldErrors: fieldErrors)
        case .createOutcomeUnknown(let text):
            return createOutcomeUnknown(text)
        case .deleteSucceeded(let id, let settled):
            return deleteSucceeded(id: id, settled: settled)
        case .deleteFailed(let text, let outcomeUnknown):
            return deleteFailed(text, outcomeUnknown: outcomeUnknown)
        case .storageFailed(let text):
            return storageFailed(text)
        case .retrying(let text, let until):
            retryNote = RetryNote(text: text, nextTry: until)
            return []
        case .tryStarted(let pending):
            tryStarted(pending)
            return []
        case .tryEnded(let request):
            tryEnded(request: request)
            return []
        case .accountDidsLoaded, .accountDidsFailed:
            return accountDidsEvent(event)
        case .demoPreparing, .demoReady:
            return demoEvent(event)
        }
    }

    mutating func patchSucceeded(_ trunk: Trunk, note: String? = nil) -> [Effect] {
        let notice = note ?? review?.notice
        let changes = review?.diff.changes ?? []
        let summary = changes.prefix(3).map { review?.diff.summary(of: $0) ?? "" }
            .joined(separator: ", ") + (changes.count > 3 ? " and \(changes.count - 3) more" : "")
        let returnPane = form?.returnPane ?? focus
        review = nil
        form = nil
        focus = returnPane == .form ? .list : returnPane
        detail = trunk
        replace(trunk)
        message = StatusMessage("Saved \(trunk.name ?? trunk.id): \(summary)" + (notice.map { " (\($0))" } ?? ""), .success)
        return []
    }

    private mutating func patchFailed(_ text: String, fieldErrors: [APIError]) -> [Effect] {
        review?.sending = false
        message = StatusMessage(text, .error)
        guard !fieldErrors.isEmpty else {
            let what = review?.isCreate == true ? "The trunk was not created" : "Nothing was saved"
            let kept = form != nil ? "Your draft is kept: Ctrl-S reviews it again." : "The trunk is shown as last read."
            alert = AlertState(title: "Save failed", text: "\(what): \(text)\n\n\(kept)")
            review = nil
            return []
        }
        if form == nil, let diff = review?.diff {
            var opened = FormState(trunk: diff.original, returnPane: focus)
            opened.draft = diff.draft
            form = opened
        }
        review = nil
        if var current = form {
            for error in fieldErrors {
                if let key = error.field { current.serverErrors[key] = error.title.isEmpty ? error.message : error.title }
            }
            if let first = fieldErrors.compactMap(\.field).first, let index = current.fieldKeys.firstIndex(of: first) {
                current.selected = index
            }
            let unplaced = fieldErrors.filter { error in error.field.map { !current.fieldKeys.contains($0) } ?? true }
            if !unplaced.isEmpty {
                alert = AlertState(title: "The server refused the change",
                                   text: unplaced.map(\.message).joined(separator: "\n") + "\n\nYour draft is kept.")
            }
            form = current
            focus = .form
        }
        return []
    }

    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .resize { return [.redraw] }
        // Redrawing and suspending work in every pane, question and prompt.
        switch keymap.command(for: key, in: .global) {
        case .redraw?: return [.redraw]
        case .suspend?: return [.suspend]
        default: break
        }
        // Nothing acts on what the user cannot see.
        if isTooSmall { return [] }
        // The mouse acts on the panes only when no modal is open; the help overlay scrolls by it.
        if case .mouse(let event) = key {
            if modals.top?.kind == .help { return helpWheel(event) }
            return modals.isEmpty ? mouse(event) : []
        }
        if let top = modals.top { return modalKey(top, key) }
        if form != nil { return formKey(key) }
        if focus == .detail, let effects = detailOverlayKey(key) { return effects }
        let context: KeyContext = focus == .detail ? .detail : .list
        guard let command = keymap.command(for: key, in: context) else { return [] }
        if readOnly && Self.changesData(command) {
            message = StatusMessage("Read-only mode: \(command.rawValue) is not available", .warning)
            return []
        }
        return browseCommand(command)
    }

    private mutating func browseCommand(_ command: Command) -> [Effect] {
        message = nil
        if focus == .detail, let effects = detailCommand(command) { return effects }
        switch command {
        case .help: showHelp = true
        case .quit: return requestQuit()
        case .back:
            if focus == .detail { focus = .list } else { return clearFilter() }
        case .nextPane:
            if focus == .list, let trunk = selectedTrunk {
                focus = .detail
                return [.loadTrunk(id: trunk.id)]
            }
            focus = .list
        case .commandLine: commandInput = TextInput()
        case .refresh: return refreshList()
        case .moveDown: moveSelection(by: 1)
        case .moveUp: moveSelection(by: -1)
        case .top: moveSelection(to: 0)
        case .bottom: moveSelection(to: visible.count - 1)
        case .pageDown: moveSelection(by: max(1, listViewportRows - 1))
        case .pageUp: moveSelection(by: -max(1, listViewportRows - 1))
        case .filter: filterInput = TextInput(filter)
        case .sortNext: return sortNext()
        case .sortReverse: return sortReverse()
        case .openDetail:
            guard let trunk = selectedTrunk else { return [] }
            focus = .detail
            detailScroll = 0
            return [.loadTrunk(id: trunk.id)]
        case .edit: openForm()
        case .editPrefixes:
            openForm()
            if var opened = form, let index = opened.fieldKeys.firstIndex(of: .dstPrefixes) {
                opened.selected = index
                opened.editor = .list(ListEditorState(key: .dstPrefixes, items: opened.draft.dstPrefixes ?? []))
                form = opened
            }
        case .linkDids: return openFormOnDids()
        case .toggleBlock: toggleBlock()
        case .copy: return startCopy()
        case .newTrunk: openCreateForm()
        case .cloneTrunk: openCloneForm()
        case .deleteTrunk: openDelete()
        case .togglePreview: return togglePreview()
        default: break
        }
        return []
    }

    mutating func moveSelection(by delta: Int) {
        if focus == .detail {
            detailScroll = max(0, detailScroll + delta)
            return
        }
        moveSelection(to: selection + delta)
    }

    private mutating func moveSelection(to position: Int) {
        guard !visible.isEmpty else { return }
        let old = selectedTrunk?.id
        selection = ListCursor.clamped(position, count: visible.count)
        followSelection()
        if selectedTrunk?.id != old { detailScroll = 0 }
    }

    private mutating func openForm() {
        guard let trunk = detailTrunk else { return }
        if trunk.authenticationMethod == nil && trunk.name == nil {
            message = StatusMessage("This trunk has not been read completely; press r to refresh", .warning)
            return
        }
        form = FormState(trunk: trunk, returnPane: focus)
        focus = .form
    }

    private mutating func toggleBlock() {
        guard let trunk = detailTrunk else { return }
        let next: TrunkStatus = trunk.status == .blocked ? .active : .blocked
        let diff = DraftDiff(original: trunk, draft: trunk.setting(.status, .text(next.rawValue)))
        guard let body = diff.patchDocument() else { return }
        review = ReviewState(diff: diff, body: body, fromForm: false)
    }

    /// The quit question: its confirming key quits; any other key goes back.
    mutating func confirmQuitKey(_ key: Key) -> [Effect] {
        confirmQuit = false
        guard keymap.command(for: key, in: .quitQuestion) == .confirmQuit else { return [] }
        quitting = true
        return [.quit]
    }
}
