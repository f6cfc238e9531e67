import ScreenKit
import TrunkModel

/// Draws the edit form: grouped fields, the one being edited, and every issue under its field.
enum FormPane {
    private struct Row {
        var line: StyledLine
        var fieldIndex: Int?
        var cursorColumn: Int?
    }

    static func draw(_ state: AppState, _ form: FormState, in rect: Rect, grid: inout Grid) {
        grid.box(rect, title: title(state, form), focused: true)
        let inner = rect.inset(1)
        guard inner.height > 2 else { return }
        if case .list(let editor)? = form.editor {
            ListEditorPane.draw(state, editor, in: inner, grid: &grid)
            return
        }
        if case .didSet(let editor)? = form.editor {
            DidEditorPane.draw(state, editor, in: inner, grid: &grid)
            return
        }
        let rows = self.rows(state, form, width: inner.width)
        let body = inner.height - 1
        let selectedRow = rows.firstIndex { $0.fieldIndex == form.selected } ?? 0
        let scroll = scrollOffset(selectedRow: selectedRow, rows: body, count: rows.count)
        for row in 0..<body where scroll + row < rows.count {
            let item = rows[scroll + row]
            item.line.draw(in: &grid, rect: inner, row: row)
            if let column = item.cursorColumn { grid.cursor = (inner.row + row, inner.column + column) }
        }
        let footer = footer(state, form)
        let fitted = KeyHintLine.fit(footer, width: inner.width)
        grid.line(fitted.isEmpty ? footer : fitted, in: inner, row: inner.height - 1, role: .keyHint)
        if case .picker(let key, let options, let selected)? = form.editor,
           let at = rows.firstIndex(where: { $0.fieldIndex == form.selected }) {
            drawPicker(key, options, selected, anchorRow: inner.row + at - scroll, inner: inner, grid: &grid)
        }
    }

    /// The first row shown: it moves in steps of a third of the pane, so most moves redraw only
    /// the marker (few bytes over SSH), and the selected field always has a third of the pane
    /// above and below it for its group heading and the messages under it.
    static func scrollOffset(selectedRow: Int, rows: Int, count: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        let step = max(1, rows / 3)
        let offset = max(0, (selectedRow / step - 1) * step)
        return min(offset, count - rows)
    }

    /// "Edit Berlin Office · modified · 2 errors", "New trunk (clone of Berlin Office) · 1 error".
    static func title(_ state: AppState, _ form: FormState) -> String {
        var title: String
        switch form.mode {
        case .edit: title = "Edit \(form.original.name ?? form.original.id)" + (form.isDirty ? " · modified" : "")
        case .create(let source?): title = "New trunk (clone of \(source))"
        case .create(nil): title = "New trunk"
        case .marked(let trunks):
            let set = form.markedValues.count + form.pendingText.count
            title = "Fields of the \(trunks.count) marked trunk\(trunks.count == 1 ? "" : "s")" + (set > 0 ? " · \(set) set" : "")
        }
        let errors = form.fieldsWithErrors(validator: state.validator).count
        if errors > 0 { title += " · \(errors) error\(errors == 1 ? "" : "s")" }
        return title
    }

    private static func footer(_ state: AppState, _ form: FormState) -> String {
        if form.confirmDiscard {
            let what = form.mode.isCreate ? "Discard this new trunk?"
                : form.mode.markedTrunks != nil ? "Discard the fields set?" : "Discard the changes to this trunk?"
            return " \(what) y discards · any other key keeps editing"
        }
        if let jump = form.jumpInput {
            let found = jump.text.isEmpty || FieldTable.field(form.selectedKey).label.lowercased().contains(jump.text.lowercased())
            return " jump to field: \(jump.text)▏ " + (found ? "(Enter stays here, Esc goes back)" : "(no label contains this)")
        }
        let field = FieldTable.field(form.selectedKey)
        var hint = (state.validator.rules.hint(for: field.key) ?? field.hint).map { " \(field.label): \($0)" } ?? " \(field.label)"
        if !form.isEditable(field.key) { hint += " (read-only)" }
        switch form.editor {
        case .text?: return hint + " · Enter or Esc done · Tab next field"
        case .picker?: return hint + " · Enter picks · Esc keeps the value"
        default:
            if form.mode.markedTrunks != nil {
                return hint + (form.isSet(field.key) ? " · U unsets" : " · Enter sets") + " · Ctrl-S review all · Esc leave"
            }
            return hint + " · Enter edit · Ctrl-S review and save · Esc leave"
        }
    }

    private static func rows(_ state: AppState, _ form: FormState, width: Int) -> [Row] {
        var rows: [Row] = []
        let keys = form.fieldKeys
        let longest = FieldTable.fields.map { DisplayWidth.of($0.label) }.max() ?? 26
        // Narrower than 60 columns (a 60×16 terminal), labels up to two fifths of the line.
        let labelWidth = width >= 60 ? longest + 3 : max(16, width * 2 / 5)
        var group: FieldGroup?
        var section: String?
        if let trunks = form.mode.markedTrunks {
            let them = "the \(trunks.count) marked trunk\(trunks.count == 1 ? "" : "s")"
            for text in TextWrap.wrap("Only the fields you set change, on each of \(them); the others keep each trunk's own value.",
                                      width: max(10, width - 1)) {
                rows.append(Row(line: StyledLine(" " + text, .muted)))
            }
        }
        for (index, key) in keys.enumerated() {
            let field = FieldTable.field(key)
            if field.group != group {
                if group != nil { rows.append(Row(line: .blank)) }
                rows.append(Row(line: StyledLine(" " + field.group.rawValue, .header)))
                group = field.group
                section = nil
            }
            if field.section != section, let name = field.section {
                rows.append(Row(line: StyledLine("  " + name, .title)))
            }
            section = field.section
            rows.append(fieldRow(state, form, field, index: index, labelWidth: labelWidth, width: width))
            for issue in issues(state, form, key) {
                let role: StyleRole = issue.severity == .error ? .fieldError : .warning
                let sign = issue.severity == .error ? "✗ " : "⚠ "
                let lines = TextWrap.wrap(issue.message, width: max(10, width - labelWidth - 3))
                for (number, text) in lines.enumerated() {
                    let lead = String(repeating: " ", count: labelWidth + 1)
                    rows.append(Row(line: StyledLine([(lead, .text), ((number == 0 ? sign : "  ") + text, role)])))
                }
            }
        }
        return rows
    }

    /// Parse errors, server errors, then validator issues of the field (see `FormState.issues`).
    static func issues(_ state: AppState, _ form: FormState, _ key: FieldKey) -> [FieldIssue] {
        form.issues(key, validator: state.validator)
    }

    private static func fieldRow(_ state: AppState, _ form: FormState, _ field: TrunkField, index: Int, labelWidth: Int,
                                 width: Int) -> Row {
        let selected = index == form.selected
        let didChange = DraftDiff(original: form.original, draft: form.draft).didChanges(field.key)
        let changed = field.widget == .didSet
            ? !didChange.added.isEmpty || !didChange.removed.isEmpty
            : !form.original.value(field.key).same(as: form.draft.value(field.key)) || form.pendingText[field.key] != nil
        let marker = selected ? "▶" : " "
        let label = marker + (changed ? "*" : " ") + DisplayWidth.pad(field.label, to: labelWidth - 2) + " "
        let labelRole: StyleRole = selected ? .selection : .muted
        if case .text(let key, let input)? = form.editor, key == field.key {
            let before = String(input.characters.prefix(input.cursor))
            return Row(line: StyledLine([(label, labelRole), (input.text + " ", .input)]), fieldIndex: index,
                       cursorColumn: DisplayWidth.of(label) + DisplayWidth.of(before))
        }
        let locked = !form.isEditable(field.key) && field.isWritable
            ? (field.key == .authType ? "  (locked: DIDWW support only)" : "  (locked)") : ""
        // The room for a value beside its label, less what follows it; lists are cut between items.
        let room = max(8, width - DisplayWidth.of(label) - DisplayWidth.of(locked))
        let value: String
        var role: StyleRole = form.isEditable(field.key) ? .text : .muted
        if let pending = form.pendingText[field.key] {
            value = pending
            role = .fieldError
        } else if form.mode.markedTrunks != nil && !form.isSet(field.key) {
            value = "not set (each keeps its own)"
            role = .muted
        } else if form.mode.isCreate, let note = serverOwnedNote(field.key) {
            value = note
        } else if field.isSecret && form.draft.value(field.key) != .null && !form.draft.value(field.key).isUnreadable
                    && field.key != .twilioAccountSid {
            value = "•••••••• (hidden)"
            role = .maskedSecret
        } else if field.widget == .didSet {
            value = didSummary(state, form, field.key, width: room)
        } else if field.key == .twilioAccountSid, case .text(let sid) = form.draft.value(field.key) {
            value = sid.count > 6 ? String(sid.prefix(4)) + String(repeating: "•", count: sid.count - 6) + String(sid.suffix(2)) : sid
            role = .maskedSecret
        } else {
            value = form.draft.value(field.key).display(for: field)
            if form.draft.value(field.key).isUnreadable { role = .warning }
        }
        var shown = value
        let notSet = form.mode.markedTrunks != nil && !form.isSet(field.key)
        if case .list = field.widget, !form.draft.value(field.key).isUnreadable {
            let items = form.draft.value(field.key).items
            let count = "[\(items.count)] "
            shown = count + (items.isEmpty ? value : ItemListText.fit(items, width: room - DisplayWidth.of(count)))
        }
        if case .toggle = field.widget, notSet {
            shown = "[ ] not set (Space sets yes)"
        } else if case .toggle = field.widget {
            switch form.draft.value(field.key) {
            case .bool(true): shown = "[x] yes"
            case .bool(false): shown = "[ ] no"
            case .unreadable(let found): shown = "[?] \(found.display) (Space sets yes)"
            default: shown = "[ ] — (not set; Space sets yes)"
            }
        }
        shown += locked
        return Row(line: StyledLine([(label, labelRole), (shown, selected ? .selection : role)]), fieldIndex: index)
    }

    /// What a read-only field of a new trunk will hold.
    private static func serverOwnedNote(_ key: FieldKey) -> String? {
        switch key {
        case .username, .password: return "generated by DIDWW when the trunk is created"
        case .createdAt: return "set when the trunk is created"
        case .thresholdReached: return "no"
        default: return nil
        }
    }

    /// "[2] +4930123456, +37061498222" by number; what a set never read or switched off means.
    private static func didSummary(_ state: AppState, _ form: FormState, _ key: FieldKey, width: Int) -> String {
        guard case .dids(let refs) = form.draft.value(key) else {
            if form.mode.isCreate { return "[0] none · L links DIDs" }
            let id = form.original.id
            let reading = state.requests.isOpen(.detail(trunkID: id)) || state.requests.isOpen(.linkedDids(trunkID: id))
            return reading ? "reading…" : "not read yet (Enter reads them)"
        }
        if let flag = DidLinkRule.everyDidSwitch(for: key), form.draft.value(flag) == .bool(true), refs.isEmpty {
            return "every eligible DID (\(FieldTable.field(flag).label) is on)"
        }
        guard !refs.isEmpty else { return "[0] none · L links DIDs" }
        let count = "[\(refs.count)] "
        return count + ItemListText.fit(refs.map { state.resolved($0).shownNumber }, width: width - DisplayWidth.of(count))
    }

    private static func drawPicker(_ key: FieldKey, _ options: [String], _ selected: Int, anchorRow: Int,
                                   inner: Rect, grid: inout Grid) {
        let labels = options.map { option in
            FieldValue.label(of: option, for: key)
                + (key == .authType && AuthenticationType(raw: option) == .ipOnly ? " (set by DIDWW support only)" : "")
        }
        let width = min(inner.width - 4, max(24, labels.map(DisplayWidth.of).max()! + 6))
        let height = options.count + 2
        let top = min(max(inner.row, anchorRow + 1), inner.bottom - height)
        let rect = Rect(row: top, column: inner.column + min(20, inner.width - width), height: height, width: width)
        let area = grid.dialog(rect, title: FieldTable.field(key).label)
        for (index, option) in options.enumerated() {
            let locked = key == .authType && AuthenticationType(raw: option) == .ipOnly
            let role: StyleRole = index == selected ? .selection : (locked ? .muted : .dialog)
            grid.line((index == selected ? "▶ " : "  ") + labels[index], in: area, row: index, role: role)
        }
    }
}
