import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// Applies one event and returns the work to do. Pure: no I/O happens here.
    public mutating func handle(_ event: AppEvent) -> [Effect] {
        switch event {
        case .key(let key):
            return handleKey(key)
        case .tick(let date):
            now = date
            maskExpiredSecrets()
            return bulkTick()
        case .resized(let rows, let columns):
            return resized(rows: rows, columns: columns)
        case .answered(let id, let answer):
            return answered(id, answer) + settleHeldKeys()
        case .themeApplied(let name, let problem):
            themeApplied(name, problem: problem)
            return []
        case .apiVersionSwitched(let version, let problem):
            return apiVersionSwitched(version, problem: problem)
        case .tmuxBufferLoaded(let problem):
            tmuxBufferLoaded(problem: problem)
            return []
        case .auditLoaded(let entries):
            auditTrail?.loaded(entries)
            return []
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
        case .demoPreparing, .demoReady:
            return demoEvent(event)
        }
    }

    mutating func patchSucceeded(_ trunk: Trunk, note: String? = nil) -> [Effect] {
        let notice = note ?? review?.notice
        let changes = review?.diff.changes ?? []
        let summary = changes.prefix(3).map { review?.diff.summary(of: $0) ?? "" }
            .joined(separator: ", ") + (changes.count > 3 ? " and \(changes.count - 3) more" : "")
        review = nil
        heldKeys.release()
        let effects = leaveForm()
        detail = trunk
        replace(trunk)
        message = StatusMessage("Saved \(trunk.name ?? trunk.id): \(summary)" + (notice.map { " (\($0))" } ?? ""), .success)
        return effects
    }

    mutating func patchFailed(_ text: String, fieldErrors: [APIError]) -> [Effect] {
        review?.sending = false
        message = StatusMessage(text, .error)
        guard !fieldErrors.isEmpty else {
            let what = review?.isCreate == true ? "The trunk was not created" : "Nothing was saved"
            let kept = form != nil ? "Your draft is kept: Ctrl-S reviews it again." : "The trunk is shown as last read."
            alert = AlertState(title: "Save failed", text: "\(what): \(text)\n\n\(kept)")
            review = nil
            return []
        }
        var effects: [Effect] = []
        if form == nil, let diff = review?.diff {
            var opened = FormState(trunk: diff.original, returnPane: pane)
            opened.draft = diff.draft
            effects = openWithDraft(opened)
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
            focus = .form(current)
        }
        return effects
    }

    /// One key, to whatever holds the keys now (also for keys held while a change was sent).
    mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .resize { return [.redraw] }
        // Redrawing, suspending and the interrupt work in every pane, question and prompt, and on
        // a terminal too small to draw (where "Quit?" is still said and taken).
        switch keymap.command(for: key, in: .global) {
        case .redraw?: return [.redraw]
        case .suspend?: return [.suspend]
        case .interrupt?: return interrupt()
        default: break
        }
        // Nothing acts on what the user cannot see: the "too small" screen stands above the stack.
        if isTooSmall { return tooSmallKey(key) }
        // The mouse acts on the panes only when no modal is open; the help overlay scrolls by it.
        if case .mouse(let event) = key {
            if modals.top?.kind == .help { return helpWheel(event) }
            return modals.isEmpty ? mouse(event) : []
        }
        if let top = modals.top { return modalKey(top, key) }
        if form != nil { return formKey(key) }
        if pane == .detail, let effects = detailOverlayKey(key) { return effects }
        let context: KeyContext = pane == .detail ? .detail : .list
        guard let command = keymap.command(for: key, in: context) else { return noAction(for: key, in: context) }
        if readOnly && Self.changesData(command) {
            message = StatusMessage(readOnlyRefusal(command, in: context), .warning)
            return []
        }
        return browseCommand(command)
    }

    private mutating func browseCommand(_ command: Command) -> [Effect] {
        message = nil
        if pane == .detail, let effects = detailCommand(command) { return effects }
        switch command {
        case .help: showHelp = true
        case .quit: return requestQuit()
        case .back:
            if pane == .detail { focus = .list } else { return clearFilter() }
        case .nextPane:
            if pane == .list, let trunk = selectedTrunk {
                focusDetail()
                return [readForDetail(trunk.id)]
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
        case .filter: openFilterLine()
        case .sortNext: return sortNext()
        case .sortReverse: return sortReverse()
        case .openDetail:
            guard let trunk = selectedTrunk else { return [] }
            focusDetail()
            detailScroll = 0
            return [readForDetail(trunk.id)]
        case .edit:
            // With trunks marked, `e` opens the form of all of them.
            guard marks.isEmpty || pane != .list else {
                openMarkedForm()
                return []
            }
            openForm()
        case .editPrefixes:
            // With trunks marked, `p` changes their prefixes, not the selected trunk's.
            guard marks.isEmpty || pane != .list else {
                openBulkChange(.prefixes)
                return []
            }
            openForm()
            if var opened = form, let index = opened.fieldKeys.firstIndex(of: .dstPrefixes) {
                opened.selected = index
                opened.editor = .list(ListEditorState(key: .dstPrefixes, items: opened.draft.dstPrefixes ?? []))
                focus = .form(opened)
            }
        case .linkDids:
            // With trunks marked, `L` links or unlinks DIDs on all of them.
            guard marks.isEmpty || pane != .list else { return openBulkDidLinks() }
            return openFormOnDids()
        case .toggleBlock: toggleBlock()
        case .copy: return startCopy()
        case .checkCall: return openCallCheck()
        case .compare: return openCompare()
        case .newTrunk: openCreateForm()
        case .cloneTrunk: openCloneForm()
        case .deleteTrunk: openDelete()
        case .togglePreview: return togglePreview()
        case .toggleMark: toggleMark()
        case .markRange: markRange()
        case .markAll: markAllShown()
        case .clearMarks: clearMarks()
        case .undoChange: return undoLastChange()
        default: break
        }
        return []
    }

    mutating func moveSelection(by delta: Int) {
        if pane == .detail {
            detailScroll = max(0, detailScroll + delta)
            return
        }
        moveSelection(to: selection + delta)
    }

    mutating func moveSelection(to position: Int) {
        guard !visible.isEmpty else { return }
        let old = selectedTrunk?.id
        selection = ListCursor.clamped(position, count: visible.count)
        followSelection()
        if selectedTrunk?.id != old { detailScroll = 0 }
        selectionMoved(from: old)
    }

    private mutating func openForm() {
        guard let trunk = detailTrunk else { return }
        if trunk.authenticationMethod == nil && trunk.name == nil {
            message = StatusMessage("This trunk has not been read completely; press r to refresh", .warning)
            return
        }
        open(FormState(trunk: trunk, returnPane: pane))
    }

    private mutating func toggleBlock() {
        // With trunks marked, `b` changes them, not the one selected.
        guard marks.isEmpty || pane != .list else { return openBulkChange(.status) }
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
