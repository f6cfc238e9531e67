import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// A key for the open form; the form's new state is kept, and its draft on disk follows it.
    mutating func formKey(_ key: Key) -> [Effect] {
        guard var current = form else { return [] }
        // What a change is undone to: the form as it was when no field was being edited.
        if current.isAtRest { current.history.rest(at: current.snapshot) }
        let effects = formKey(key, &current)
        // The key closed the form (saved nothing, or left it): nothing of it is kept.
        guard form != nil else { return effects }
        if current.isAtRest { current.history.settle(at: current.snapshot) }
        return effects + update(current)
    }

    private mutating func formKey(_ key: Key, _ current: inout FormState) -> [Effect] {
        if current.confirmDiscard {
            current.confirmDiscard = false
            if keymap.command(for: key, in: .discardQuestion) == .discardChanges { return leaveForm() }
            return []
        }
        if current.jumpInput != nil { jumpKey(key, &current); return [] }
        if editorQuits(key, current) {
            guard current.isDirty else { quitting = true; return [.quit] }
            confirmQuit = true
            return []
        }
        switch current.editor {
        case .text(let field, let input)?: textKey(key, field, input, &current); return []
        case .picker(let field, let options, let selected)?: pickerKey(key, field, options, selected, &current); return []
        case .list(let editor)? where editor.input == nil && editor.searchLine == nil
                                      && keymap.command(for: key, in: .listEditor) == .help:
            showHelp = true
            return []
        case .list(let editor)?: listEditorKey(key, editor, &current); return []
        case .didSet(let editor)?: didEditorKey(key, editor, &current); return []
        case nil: break
        }
        if case .paste = key {
            pasteIntoSelectedField(key, &current)
            return []
        }
        guard let command = keymap.command(for: key, in: .form) else { return noAction(for: key, in: .form) }
        message = nil
        switch command {
        case .moveDown: current.selected = ListCursor.moved(current.selected, by: 1, count: current.fieldKeys.count)
        case .moveUp: current.selected = ListCursor.moved(current.selected, by: -1, count: current.fieldKeys.count)
        case .pageDown: current.selected = min(current.selected + 10, current.fieldKeys.count - 1)
        case .pageUp: current.selected = max(current.selected - 10, 0)
        case .top: current.selected = 0
        case .bottom: current.selected = current.fieldKeys.count - 1
        case .jumpToField:
            current.jumpInput = TextInput()
            current.jumpOrigin = current.selected
        case .toggleField: toggle(&current)
        case .editField where FieldTable.field(current.selectedKey).widget == .didSet && current.isEditable(current.selectedKey):
            return openDidEditor(current.selectedKey, &current)
        case .editField: beginEdit(&current)
        case .linkDids: return linkDids(&current)
        case .save: openReview(&current)
        case .undo: undoChange(&current)
        case .revertField: revertField(&current)
        case .help: showHelp = true
        case .back:
            if current.isDirty { current.confirmDiscard = true } else { return leaveForm() }
        case .quit:
            if current.isDirty {
                confirmQuit = true
            } else {
                quitting = true
                return [.quit]
            }
        case .commandLine: commandInput = TextInput()
        default: break
        }
        return []
    }

    /// `u`: the form goes back to before its last change, and the status line names it.
    private mutating func undoChange(_ current: inout FormState) {
        guard let before = current.history.popLast() else {
            message = StatusMessage("Nothing to undo", .info)
            return
        }
        let fields = current.fieldsDiffering(from: before)
        current.restore(before)
        for key in fields { current.serverErrors[key] = nil }
        if let first = fields.first, let index = current.fieldKeys.firstIndex(of: first) { current.selected = index }
        current.selected = min(current.selected, current.fieldKeys.count - 1)
        guard let first = fields.first else { return }
        let what = fields.count == 1
            ? "\(FieldTable.field(first).label): back to \(current.shownValue(first))"
            : fields.map { FieldTable.field($0).label }.joined(separator: ", ")
        message = StatusMessage("Undid " + what, .info)
    }

    /// `U`: the selected field gets the server's value back (a new trunk's: the default).
    private mutating func revertField(_ current: inout FormState) {
        let key = current.selectedKey
        let label = FieldTable.field(key).label
        let whose = current.mode.isCreate ? "the default" : "the server's value"
        if current.mode.markedTrunks != nil, current.isEditable(key) {
            unsetMarkedField(key, &current)
            return
        }
        guard current.isEditable(key) else {
            message = StatusMessage(lockedReason(key, current), .warning)
            return
        }
        let original = current.original.value(key)
        guard current.draft.value(key) != original || current.pendingText[key] != nil else {
            message = StatusMessage("\(label) already has \(whose)", .info)
            return
        }
        current.pendingText[key] = nil
        current.parseErrors[key] = nil
        commit(key, original, &current)
        if let index = current.fieldKeys.firstIndex(of: key) { current.selected = index }
        let undo = keymap.key(for: .undo, in: .form).map { " · \($0.displayName) undoes" } ?? ""
        message = StatusMessage("\(label) has \(whose) again: \(current.shownValue(key))" + undo, .info)
    }

    private func toggle(_ current: inout FormState) {
        let key = current.selectedKey
        guard current.isEditable(key), FieldTable.field(key).widget == .toggle else { return }
        let value = current.draft.value(key)
        let next: FieldValue = value == .bool(true) ? .bool(false) : .bool(true)
        commit(key, next, &current)
    }

    private mutating func beginEdit(_ current: inout FormState) {
        let key = current.selectedKey
        guard current.isEditable(key) else {
            message = StatusMessage(lockedReason(key, current), .warning)
            return
        }
        switch FieldTable.field(key).widget {
        case .picker(var options):
            if key == .authType { options = AuthenticationType.knownValues.map(\.rawValue) }
            options = validator.rules.pickerValues(for: key) ?? options
            let raw = current.draft.value(key).editText
            if !raw.isEmpty && !options.contains(raw) { options.append(raw) }
            current.editor = .picker(key, options: options, selected: options.firstIndex(of: raw) ?? 0)
        case .toggle:
            toggle(&current)
        case .list:
            current.editor = .list(ListEditorState(key: key, items: current.draft.value(key).items))
        default:
            current.textEditOrigin = FieldSnapshot(key, of: current)
            current.editor = .text(key, TextInput(current.pendingText[key] ?? current.draft.value(key).editText))
        }
    }

    /// Ctrl-C in a text field: the edit is given up, and the field holds again what it held when
    /// the edit began.
    mutating func cancelTextEdit() -> [Effect] {
        guard var current = form, case .text(let field, _)? = current.editor else { return [] }
        current.editor = nil
        if let origin = current.textEditOrigin, origin.key == field { origin.restore(into: &current) }
        current.textEditOrigin = nil
        message = StatusMessage("Edit of \(FieldTable.field(field).label) cancelled", .info)
        return update(current)
    }

    /// A paste on a field that is not being edited opens its editor with the pasted text in it:
    /// a list field adds the pasted items, a text field appends the text (checked at once).
    private mutating func pasteIntoSelectedField(_ key: Key, _ current: inout FormState) {
        let field = FieldTable.field(current.selectedKey)
        switch field.widget {
        case .list, .text, .integer, .decimal:
            beginEdit(&current)
        default:
            return
        }
        switch current.editor {
        case .list(let editor)?: listEditorKey(key, editor, &current)
        case .text(let target, let input)?: textKey(key, target, input, &current)
        default: break
        }
    }

    private func lockedReason(_ key: FieldKey, _ current: FormState) -> String {
        if key.isAuthentication && current.original.authenticationMethod?.type == .ipOnly {
            return "IP-only authentication can only be changed by DIDWW support"
        }
        return "\(FieldTable.field(key).label) is read-only"
    }

    /// A key in a text field: its keys leave the field (a value with an error stays open, except
    /// on leaving), and move on; other keys edit the text, which is checked at once.
    private func textKey(_ key: Key, _ field: FieldKey, _ input: TextInput, _ current: inout FormState) {
        var input = input
        switch keymap.command(for: key, in: .textField) {
        case let command? where [.acceptValue, .leaveField, .moveDown, .moveUp].contains(command):
            let blocked = current.issues(field, validator: validator).contains { $0.severity == .error }
            if !blocked {
                current.editor = nil
                if command == .moveDown { current.selected = ListCursor.moved(current.selected, by: 1, count: current.fieldKeys.count) }
                if command == .moveUp { current.selected = ListCursor.moved(current.selected, by: -1, count: current.fieldKeys.count) }
            } else if command == .leaveField {
                current.editor = nil
            }
        default:
            guard input.apply(key) else { return }
            current.editor = .text(field, input)
            typed(input.text, for: field, &current)
        }
    }

    /// Validates typed text at once: a valid value goes into the draft, an invalid one stays
    /// pending with its error so it is neither lost nor sent.
    func typed(_ text: String, for field: FieldKey, _ current: inout FormState) {
        switch validator.parse(text, for: field) {
        case .success(let value):
            current.pendingText[field] = nil
            current.parseErrors[field] = nil
            commit(field, value, &current)
        case .failure(let issue):
            current.pendingText[field] = text
            current.parseErrors[field] = issue
            current.serverErrors[field] = nil
        }
    }

    func commit(_ field: FieldKey, _ value: FieldValue, _ current: inout FormState) {
        current.draft.set(field, value)
        current.serverErrors[field] = nil
        let keys = current.fieldKeys
        current.selected = min(current.selected, keys.count - 1)
    }

    /// Why `ip_only` is listed but cannot be chosen.
    static let ipOnlyReason = "IP only is set up by DIDWW support; choose Credentials & IP or Twilio"

    /// A key in a picker: its keys choose, pick or keep the old value; another letter jumps to
    /// the first value starting with it.
    private mutating func pickerKey(_ key: Key, _ field: FieldKey, _ options: [String], _ selected: Int, _ current: inout FormState) {
        var selected = selected
        switch keymap.command(for: key, in: .picker) {
        case .moveDown?: selected = ListCursor.moved(selected, by: 1, count: options.count)
        case .moveUp?: selected = ListCursor.moved(selected, by: -1, count: options.count)
        case .cancel?: current.editor = nil; return
        case .pickValue?:
            if field == .authType, AuthenticationType(raw: options[selected]) == .ipOnly {
                message = StatusMessage(Self.ipOnlyReason, .warning)
                return
            }
            current.editor = nil
            commit(field, .text(options[selected]), &current)
            return
        default:
            guard case .char(let c) = key else { return }
            let label = { (raw: String) in FieldValue.label(of: raw, for: field).lowercased() }
            if let index = options.firstIndex(where: { label($0).hasPrefix(String(c).lowercased()) }) { selected = index }
        }
        current.editor = .picker(field, options: options, selected: selected)
    }

    /// `/` in the form: the selection follows the typed part of a label at once; Enter keeps it,
    /// Esc goes back to where the jump started.
    private func jumpKey(_ key: Key, _ current: inout FormState) {
        guard var input = current.jumpInput else { return }
        switch keymap.command(for: key, in: .fieldJump) {
        case .cancel?:
            current.jumpInput = nil
            if let origin = current.jumpOrigin { current.selected = origin }
            current.jumpOrigin = nil
        case .stayOnField?:
            current.jumpInput = nil
            current.jumpOrigin = nil
        default:
            guard input.apply(key) else { return }
            current.jumpInput = input
            let needle = input.text.lowercased()
            if !needle.isEmpty,
               let index = current.fieldKeys.firstIndex(where: { FieldTable.field($0).label.lowercased().contains(needle) }) {
                current.selected = index
            }
        }
    }

    private mutating func openReview(_ current: inout FormState) {
        if current.mode.markedTrunks != nil { return reviewMarkedForm(&current) }
        if let first = current.fieldsWithErrors(validator: validator).first {
            let issue = current.issues(first, validator: validator).first { $0.severity == .error }
            message = StatusMessage("Fix \(FieldTable.field(first).label) first: \(issue?.message ?? "invalid")", .error)
            if let index = current.fieldKeys.firstIndex(of: first) { current.selected = index }
            return
        }
        let diff = DraftDiff(original: current.original, draft: current.draft)
        if current.mode.isCreate {
            review = ReviewState(diff: diff, body: diff.createDocument(), fromForm: true)
            return
        }
        guard let body = diff.patchDocument() else {
            message = StatusMessage("Nothing to save: the draft equals the trunk as read", .info)
            return
        }
        review = ReviewState(diff: diff, body: body, fromForm: true)
    }

    mutating func reviewKey(_ key: Key) -> [Effect] {
        guard var current = review else { return [] }
        // Keys typed while the change is on its way wait for its answer.
        if current.sending { return holdWhileSending(key) }
        if let handled = conflictKey(key) ?? confirmWordKey(key) { return handled }
        switch keymap.command(for: key, in: .review) {
        case .confirm?:
            if current.isCreate {
                current.sending = true
                review = current
                message = StatusMessage("Creating…", .info)
                return [ask(.create(body: current.body.encoded()), for: .create)]
            }
            return confirmSave()
        case .cancel?:
            review = nil
        case .help?:
            showHelp = true
        case .pressFocusedButton?:
            review = nil
            let send = keymap.key(for: .confirm, in: .review).map { "; \($0.displayName) sends" } ?? ""
            message = StatusMessage("Cancelled: \(key.displayName) means Cancel here" + send, .info)
        case .moveDown?:
            current.scroll += 1
            review = current
        case .moveUp?:
            current.scroll = max(0, current.scroll - 1)
            review = current
        case nil where keyContext == .review:
            return noAction(for: key, in: .review)
        default:
            break
        }
        return []
    }
}
