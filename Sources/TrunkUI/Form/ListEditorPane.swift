import ScreenKit
import TrunkModel

/// Draws the list editor (prefixes, SIP or RTP addresses): items, count against the limit, input.
enum ListEditorPane {
    static func draw(_ state: AppState, _ editor: ListEditorState, in inner: Rect, grid: inout Grid) {
        let field = FieldTable.field(editor.key)
        var count = " \(field.label): \(editor.items.count)"
        if let limit = field.listLimit, let form = state.form {
            let others = form.addressCount(excluding: editor.key)
            count += others > 0 ? " · with the \(others) \(editor.key == .allowedSipIps ? "RTP" : "SIP") addresses \(editor.items.count + others) of \(limit)"
                                : " of \(limit)"
        }
        if editor.items.count > 1 && editor.input == nil { count += " · at \(editor.selected + 1)" }
        grid.line(count, in: inner, row: 0, role: .header)
        if editor.key == .dstPrefixes, let form = state.form, form.mode.markedTrunks == nil {
            let policy = PrefixPolicy(defaultAction: form.draft.defaultDstAction ?? .allowAll, prefixes: editor.items)
            grid.line("   " + fittedSummary(policy, width: inner.width - 3), in: inner, row: 1, role: .muted)
        }
        let top = 2
        let bottomRows = 3
        let rows = max(0, inner.height - top - bottomRows)
        if editor.items.isEmpty, let trunks = state.form?.mode.markedTrunks {
            // The form of the marked trunks: a list set here is the whole list of each of them.
            let n = trunks.count
            let note = "not set: each keeps its own list. Items typed here become the whole list of the \(n) marked trunk"
                + (n == 1 ? "" : "s") + (editor.key == .dstPrefixes ? " (p adds or removes a few instead)" : "")
            for (offset, line) in TextWrap.wrap(note, width: max(10, inner.width - 3)).prefix(3).enumerated() {
                grid.line("   " + line, in: inner, row: top + offset, role: .muted)
            }
        } else if editor.items.isEmpty, case .unreadable(let found)? = state.form?.draft.value(editor.key) {
            grid.line("   ⚠ the server sent \(found.display); items typed here replace it, Esc keeps it",
                      in: inner, row: top, role: .warning)
        } else if editor.items.isEmpty {
            grid.line("   (empty — type an item to add it; paste many separated by commas, spaces or newlines)",
                      in: inner, row: top, role: .muted)
        }
        let scroll = Viewport.scrollOffset(selection: editor.selected, current: 0, rows: rows, count: editor.items.count)
        for row in 0..<rows where scroll + row < editor.items.count {
            let index = scroll + row
            let selected = index == editor.selected && editor.input == nil
            let warn = IPNetwork(editor.items[index])?.isEverything == true && editor.key != .dstPrefixes
            grid.line((selected ? " ▶ " : "   ") + editor.items[index] + (warn ? "   ⚠ allows every address" : ""),
                      in: inner, row: top + row, role: selected ? .selection : (warn ? .warning : .text))
            // The selected item is the match shown; the others that match are marked.
            if !selected, let match = editor.search?.matches(in: [editor.items[index]], onePerLine: true).first {
                grid.highlight(match, in: editor.items[index], row: inner.row + top + row, column: inner.column + 3,
                               limit: inner.width - 3)
            }
        }
        let inputRow = inner.height - 3
        if let input = editor.input {
            let label = editor.editingIndex == nil ? " add: " : " edit: "
            grid.line(label + input.text, in: inner, row: inputRow, role: .input)
            let before = String(input.characters.prefix(input.cursor))
            grid.cursor = (inner.row + inputRow, inner.column + DisplayWidth.of(label) + DisplayWidth.of(before))
        } else if let line = editor.searchLine {
            drawSearchLine(line, editor, in: inner, row: inputRow, grid: &grid)
        }
        if let error = editor.error {
            grid.line(" ✗ " + error, in: inner, row: inner.height - 2, role: .fieldError)
        } else if let issue = state.form.flatMap({ form in
            state.validator.issues(editor.key, in: form.draft.setting(editor.key, .list(editor.items))).first }) {
            grid.line((issue.severity == .error ? " ✗ " : " ⚠ ") + issue.message, in: inner, row: inner.height - 2,
                      role: issue.severity == .error ? .fieldError : .warning)
        }
        let hint = editor.searchLine != nil
            ? " " + state.keymap.promptHintItems(in: .searchLine).joined(separator: " · ")
            : Self.hint(state.keymap, editing: editor.input != nil)
        grid.line(hint, in: inner, row: inner.height - 1, role: .keyHint)
    }

    /// The editor's own hint line, from the key map: typing adds, then its keys.
    static func hint(_ keymap: Keymap, editing: Bool) -> String {
        guard !editing else {
            return " " + ([Command.acceptItems, .cancel].compactMap { keymap.hintItem(for: $0, in: .listItemInput) }
                + ["Ctrl-U clears"]).joined(separator: " · ")
        }
        let keys = [Command.addItem, .editItem, .deleteItem, .undo, .search].compactMap { keymap.hintItem(for: $0, in: .listEditor) }
        let done = keymap.key(for: .back, in: .listEditor).map { ["\($0.displayName) done"] } ?? []
        return " " + ([KeyContext.listEditor.unboundKeys.before ?? ""] + keys + done).joined(separator: " · ")
    }

    /// " find: 4420  item 3 of 12 that match" on the input row, the last search's words selected.
    private static func drawSearchLine(_ line: SearchLine, _ editor: ListEditorState, in inner: Rect, row: Int, grid: inout Grid) {
        let label = " find: "
        grid.line(label, in: inner, row: row, role: .input)
        let text = line.input.text
        let x = inner.column + DisplayWidth.of(label)
        let used = grid.write(text, row: inner.row + row, column: x, role: line.input.isSelected ? .selection : .input,
                              limit: max(0, inner.right - x))
        let before = String(line.input.characters.prefix(line.input.cursor))
        grid.cursor = (inner.row + row, x + DisplayWidth.of(before))
        guard let search = editor.search else { return }
        let lines = search.matches(in: editor.items, onePerLine: true).map(\.line)
        let note = lines.firstIndex(of: editor.selected).map { "  item \($0 + 1) of \(lines.count) that match" } ?? "  no item holds it"
        let noteX = x + used
        if noteX < inner.right { grid.write(note, row: inner.row + row, column: noteX, role: .muted, limit: inner.right - noteX) }
    }

    /// The policy in words naming as many prefixes as fit in `width` ("… and 314 more"), so the
    /// line never ends in a cut number.
    static func fittedSummary(_ policy: PrefixPolicy, width: Int) -> String {
        var best = policy.summary(naming: 1)
        var named = 2
        while named <= policy.prefixes.count {
            let candidate = policy.summary(naming: named)
            guard DisplayWidth.of(candidate) <= width else { break }
            best = candidate
            named += 1
        }
        return best
    }
}
