import FoundationEssentials
import ScreenKit
import TrunkModel

/// Renders the whole application state into a grid of `rows` × `columns`.
public enum Screen {
    /// The smallest usable terminal.
    public static let minimum = AppState.minimumSize

    /// A frame of `state` at the given size.
    public static func render(_ state: AppState, rows: Int, columns: Int) -> Grid {
        var grid = Grid(rows: rows, columns: columns)
        guard !Viewport.isTooSmall(rows: rows, columns: columns) else {
            TooSmallScreen.draw(state, grid: &grid)
            return grid
        }
        drawHeader(state, grid: &grid)
        let body = Rect(row: 1, column: 0, height: rows - 2, width: columns)
        drawBody(state, in: body, grid: &grid)
        // The modals bottom to top: the one that gets the keys is drawn last, over the others.
        for layer in state.modals.layers { drawModal(layer, state, in: body, grid: &grid) }
        drawStatus(state, row: rows - 1, grid: &grid)
        if case .review(let review)? = state.modals.top { ConflictDialog.drawConfirmWord(review, in: body, grid: &grid) }
        return grid
    }

    private static func drawModal(_ modal: Modal, _ state: AppState, in body: Rect, grid: inout Grid) {
        switch modal {
        case .help: HelpOverlay.draw(state, in: body, grid: &grid)
        case .alert(let alert): AlertDialog.draw(alert, in: body, grid: &grid)
        case .quitQuestion: QuitDialog.draw(state, in: body, grid: &grid)
        case .restoreDrafts(let selection):
            if state.restorable.indices.contains(selection) {
                RestoreDraftsDialog.draw(state, selected: selection, in: body, grid: &grid)
            }
        case .audit(let trail): AuditOverlay.draw(trail, in: body, grid: &grid)
        case .messages(let scroll): MessagesOverlay.draw(state, scroll: scroll, in: body, grid: &grid)
        case .review(let review):
            ReviewDialog.draw(state, review, in: body, grid: &grid)
            ConflictDialog.draw(state, review, in: body, grid: &grid)
        case .deletion(let deletion): DeleteDialog.draw(state, deletion, in: body, grid: &grid)
        case .callCheck(let check): CallCheckDialog.draw(state, check, in: body, grid: &grid)
        case .bulkChange(let bulk): BulkChangeDialog.draw(state, bulk, in: body, grid: &grid)
        case .compare(let view): CompareDialog.draw(state, view, in: body, grid: &grid)
        case .unfinishedBulk:
            if let journal = state.unfinishedBulk.first { UnfinishedBulkDialog.draw(state, journal, in: body, grid: &grid) }
        // Input lines and the copy chooser live in the status line.
        case .commandLine, .filterInput, .copyChooser: break
        }
    }

    private static func drawBody(_ state: AppState, in body: Rect, grid: inout Grid) {
        let panes = Viewport.panes(state, rows: grid.rows, columns: grid.columns)
        if let list = panes.list {
            ListPane.draw(state, in: list, focused: state.pane == .list && state.form == nil, grid: &grid)
        }
        guard let right = panes.right else { return }
        if let form = state.form {
            FormPane.draw(state, form, in: right, grid: &grid)
        } else {
            DetailPane.draw(state, in: right, focused: state.pane == .detail, grid: &grid)
        }
    }

    /// One line: the title, the environment badge and the count always; the API version, the
    /// data's age and the sort as the width allows (in that order of giving way); the state
    /// badges at the right, shorter where the line is narrow.
    private static func drawHeader(_ state: AppState, grid: inout Grid) {
        grid.fill(Rect(row: 0, column: 0, height: 1, width: grid.columns), role: .statusBar)
        var x = grid.write(" trunks ", row: 0, column: 0, role: .title)
        x += HeaderBadge.draw(state, row: 0, column: x, grid: &grid)
        let choices = headerTexts(state)
        var badges = StateBadges.badges(state)
        if x + DisplayWidth.of(choices.last ?? "") + StateBadges.width(badges) > grid.columns {
            badges = StateBadges.badges(state, short: true)
        }
        let room = grid.columns - x - StateBadges.width(badges)
        let text = choices.first { DisplayWidth.of($0) <= room } ?? choices.last ?? ""
        grid.write(text, row: 0, column: x, role: .statusBar, limit: max(0, room))
        StateBadges.draw(badges, grid: &grid)
    }

    /// The header's text after the badge, widest first: each gives up one more thing.
    static func headerTexts(_ state: AppState) -> [String] {
        let count = countText(state) + (state.marks.isEmpty ? "" : " · " + state.markedCountText)
        var age: (long: String, short: String)?
        if let loadedAt = state.loadedAt {
            let seconds = state.now.timeIntervalSince(loadedAt)
            let stale = seconds >= 600 ? " (stale)" : ""
            age = (" · updated " + self.age(seconds) + stale, " · " + self.age(seconds) + stale)
        }
        let sort = state.sort.column.map { " · sort \($0.rawValue) \(state.sort.descending ? "▼" : "▲")" } ?? ""
        let api = "│ API \(state.apiVersion) "
        return [
            api + "│ " + count + (age?.long ?? "") + sort,
            "│ " + count + (age?.long ?? "") + sort,
            "│ " + count + (age?.short ?? "") + sort,
            "│ " + count + (age?.short ?? ""),
            "│ " + count,
        ]
    }

    /// The header's count: "loaded 50 of 312…" while pages stream in, then "312 trunks", with
    /// the server's own total beside it when the pages held another number
    /// ("72 trunks (the server said 1,000,000,000)").
    static func countText(_ state: AppState) -> String {
        let loaded = state.trunks.count
        if state.loading && state.trunks.isEmpty { return "loading…" }
        // Nothing ever arrived: "0 trunks" would claim an empty account.
        if state.trunks.isEmpty && state.loadedAt == nil && state.listError != nil { return "not loaded" }
        if let total = state.totalRecords, loaded < total {
            return "loaded \(GroupedNumber.text(loaded)) of \(GroupedNumber.text(total))" + (state.loading ? "…" : "")
        }
        if state.loading { return "loaded \(GroupedNumber.text(loaded))…" }
        let count = "\(GroupedNumber.text(loaded)) trunk\(loaded == 1 ? "" : "s")"
        guard let claimed = state.claimedTotal, state.isFullyLoaded else { return count }
        return count + " (the server said \(GroupedNumber.text(claimed)))"
    }

    static func age(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s ago" }
        if s < 3600 { return "\(s / 60)m ago" }
        return "\(s / 3600)h ago"
    }

    private static func drawStatus(_ state: AppState, row: Int, grid: inout Grid) {
        grid.fill(Rect(row: row, column: 0, height: 1, width: grid.columns), role: .statusBar)
        // The topmost input line holds the status line.
        for layer in state.modals.layers.reversed() {
            if case .commandLine(let input) = layer {
                CommandLineBar.draw(state, input, row: row, grid: &grid)
                return
            }
            if case .filterInput(let line) = layer {
                FilterLineBar.draw(state, line.input, row: row, grid: &grid)
                return
            }
        }
        if state.modals.isEmpty, let line = state.detailView.searchLine {
            SearchLineBar.draw(state, line, row: row, grid: &grid)
            return
        }
        if let message = state.message {
            let role: StyleRole
            let sign: String
            switch message.kind {
            case .error: role = .error; sign = "✗ "
            case .warning: role = .warning; sign = "⚠ "
            case .success: role = .ok; sign = "✓ "
            case .info: role = .statusBar; sign = ""
            }
            // A progress message ("Saving…") gains the wait; an outcome or a problem keeps the line.
            let wait = message.kind == .info ? state.serverWaitNote.map { " · " + $0 } ?? "" : ""
            grid.write(StatusLineText.fit(" " + sign + message.text, then: wait, width: grid.columns),
                       row: row, column: 0, role: role)
            return
        }
        if let note = state.activeRetryNote {
            grid.write(StatusLineText.fit(" ⚠ " + note, width: grid.columns), row: row, column: 0, role: .warning)
            return
        }
        if let wait = state.serverWaitNote {
            grid.write(StatusLineText.fit(" " + wait, width: grid.columns), row: row, column: 0, role: .statusBar)
            return
        }
        grid.write(KeyHintLine.fit(hints(state), width: grid.columns), row: row, column: 0, role: .keyHint)
    }

    /// Key hints for what holds the keys: the top of the presentation stack, else the focused
    /// pane; generated from the key map where the keys are the key map's. Below 80 columns a
    /// pane names fewer keys, the most used first (`compactCommands`).
    static func hints(_ state: AppState) -> String {
        if let top = state.modals.top, let hint = ModalHints.hint(for: top, state) { return hint }
        if state.modals.isEmpty, let hint = ModalHints.paneHint(state) { return hint }
        let context: KeyContext
        var commands: [Command]
        var prefix: [String] = []
        if state.modals.top?.kind == .review {
            context = .review; commands = [.confirm, .cancel]
        } else if case .didSet? = state.form?.editor {
            context = .didEditor; commands = [.addItem, .deleteItem, .switchDidSet, .back, .help]
        } else if case .list? = state.form?.editor {
            context = .listEditor; commands = [.editItem, .deleteItem, .undo, .back, .search, .help]
            prefix = context.unboundKeys.before.map { [$0] } ?? []
        } else if let form = state.form {
            // Space toggles only yes/no fields; elsewhere its hint would name a key that does nothing.
            let toggles = FieldTable.field(form.selectedKey).widget == .toggle
            let undoes: [Command] = form.history.steps.isEmpty ? [] : [.undo]
            context = .form
            // The form of the marked trunks links no DIDs (L with marks in the list does).
            let links: [Command] = form.mode.markedTrunks == nil ? [.linkDids] : [.revertField]
            commands = [.editField] + (toggles ? [.toggleField] : []) + [.jumpToField, .save] + undoes + links + [.back, .help]
        } else if state.pane == .detail {
            context = .detail; commands = [.revealSecrets, .rawJSON, .testNumber, .regenerateCredentials, .edit, .back, .search, .help]
        } else {
            // `u` is named once a change saved in this run can be undone.
            let undoes: [Command] = (try? state.lastChange?.get()) != nil ? [.undoChange] : []
            context = .list
            commands = [.openDetail, .edit, .toggleBlock, .editPrefixes] + undoes
                + [.filter, .sortNext, .refresh, .togglePreview, .help, .quit]
        }
        if Viewport.isCompact(columns: state.terminalSize.columns) {
            commands = compactCommands(commands, in: context)
        }
        return " " + (prefix + commands.compactMap { command -> String? in
            if state.readOnly && AppState.changesData(command) { return nil }
            guard let binding = state.keymap.bindings.first(where: {
                ($0.context == context || $0.context == .global) && $0.command == command }) else { return nil }
            return "\(binding.keys[0].displayName) \(binding.hint)"
        }).joined(separator: " · ")
    }

    /// The keys a pane names below 80 columns, the most used first, of `commands`: no preview (none
    /// shows at that size), no sort, refresh or prefixes in the list, no tester or regeneration
    /// in the detail.
    static func compactCommands(_ commands: [Command], in context: KeyContext) -> [Command] {
        let order: [Command]
        switch context {
        case .list: order = [.openDetail, .filter, .edit, .toggleBlock, .help, .quit]
        case .detail: order = [.back, .edit, .revealSecrets, .rawJSON, .help]
        case .form: order = [.editField, .toggleField, .save, .back, .help]
        default: return commands
        }
        return order.filter(commands.contains)
    }
}
