import ScreenKit
import TrunkModel

extension AppState {
    /// A key in the list editor: with the input line open it edits the line; otherwise a bound
    /// key acts, and any other printable key starts adding an item with that character typed
    /// (none of the editor's keys is a character an address or prefix can start with).
    mutating func listEditorKey(_ key: Key, _ editor: ListEditorState, _ current: inout FormState) {
        let otherAddresses = current.addressCount(excluding: editor.key)
        var editor = editor
        if let line = editor.searchLine {
            listSearchKey(key, line, &editor)
            current.editor = .list(editor)
            return
        }
        if var input = editor.input {
            switch keymap.command(for: key, in: .listItemInput) {
            case .cancel?:
                editor.input = nil
                editor.editingIndex = nil
                editor.error = nil
            case .acceptItems?:
                if accept(input.text, &editor, otherAddresses: otherAddresses) {
                    editor.input = nil
                    editor.editingIndex = nil
                    // In the draft at once (so on disk, and marked modified), as a delete is.
                    store(editor, &current)
                }
            default:
                let typed: Key = if case .paste(let text) = key {
                    .paste(text.split(whereSeparator: \.isNewline).joined(separator: " "))
                } else { key }
                if input.apply(typed) {
                    editor.input = input
                    editor.error = nil
                }
            }
            current.editor = .list(editor)
            return
        }
        if case .paste(let text) = key {
            if accept(text, &editor, otherAddresses: otherAddresses) { store(editor, &current) }
            current.editor = .list(editor)
            return
        }
        if case .char(let character) = key, startsItem(key) {
            editor.input = TextInput(String(character))
            editor.editingIndex = nil
            editor.error = nil
            current.editor = .list(editor)
            return
        }
        message = nil
        switch keymap.command(for: key, in: .listEditor) {
        case .addItem?: editor.input = TextInput(); editor.editingIndex = nil
        case .editItem?:
            if editor.items.indices.contains(editor.selected) {
                editor.input = TextInput(editor.items[editor.selected])
                editor.editingIndex = editor.selected
            } else if editor.items.isEmpty {
                editor.input = TextInput()
                editor.editingIndex = nil
            }
        case .deleteItem?:
            if editor.items.indices.contains(editor.selected) {
                let item = editor.items[editor.selected]
                editor.remember(undone: "Restored \(item)")
                editor.items.remove(at: editor.selected)
                editor.selected = min(editor.selected, max(0, editor.items.count - 1))
                store(editor, &current)
                let undo = keymap.key(for: .undo, in: .listEditor).map { " · \($0.displayName) undoes" } ?? ""
                message = StatusMessage("Deleted \(item)" + undo, .info)
            }
        case .undo?:
            if let undone = editor.undo() {
                store(editor, &current)
                message = StatusMessage(undone, .info)
            } else {
                message = StatusMessage("Nothing to undo in \(FieldTable.field(editor.key).label)", .info)
            }
        case .moveDown?: editor.selected = ListCursor.moved(editor.selected, by: 1, count: editor.items.count)
        case .moveUp?: editor.selected = ListCursor.moved(editor.selected, by: -1, count: editor.items.count)
        case .pageDown?: editor.selected = min(editor.selected + 10, max(0, editor.items.count - 1))
        case .pageUp?: editor.selected = max(editor.selected - 10, 0)
        case .top?: editor.selected = 0
        case .bottom?: editor.selected = max(0, editor.items.count - 1)
        case .search?: editor.searchLine = SearchLine(origin: editor.selected, previous: editor.search)
        case .nextMatch?: stepListSearch(&editor, backwards: false)
        case .previousMatch?: stepListSearch(&editor, backwards: true)
        case nil: _ = noAction(for: key, in: .listEditor)
        case .back?:
            // Nothing added to a list the server sent unreadable: it stays as it was.
            if !(editor.items.isEmpty && current.draft.value(editor.key).isUnreadable) { store(editor, &current) }
            current.editor = nil
            return
        default: break
        }
        current.editor = .list(editor)
    }

    /// True when `key` starts adding an item in the list editor: a printable character that is
    /// none of the editor's keys (nor help or quit, which work there too).
    func startsItem(_ key: Key) -> Bool {
        guard case .char(let character) = key, !character.isWhitespace, !character.isNewline else { return false }
        guard keymap.ownCommand(for: key, in: .listEditor) == nil else { return false }
        switch keymap.command(for: key, in: .global) {
        case .help?, .quit?: return false
        default: return true
        }
    }

    /// `acceptListInput`, remembering the editor before a change it makes so that `u` takes it back.
    private func accept(_ text: String, _ editor: inout ListEditorState, otherAddresses: Int) -> Bool {
        let before = editor
        guard acceptListInput(text, &editor, otherAddresses: otherAddresses), editor.items != before.items else {
            return editor.error == nil
        }
        let undone: String
        if let index = before.editingIndex {
            undone = "Undid the edit: \(before.items[index]) is back"
        } else {
            let added = editor.items.count - before.items.count
            undone = added == 1 ? "Undid adding \(editor.items[editor.items.count - 1])" : "Undid adding \(added) items"
        }
        var remembered = before
        remembered.remember(undone: undone)
        editor.undoSteps = remembered.undoSteps
        return true
    }

    /// Adds (or replaces the edited item with) every item in `text`; refuses invalid items and
    /// duplicates with a message, keeping the typed text.
    private func acceptListInput(_ text: String, _ editor: inout ListEditorState, otherAddresses: Int) -> Bool {
        let items = ListInput.split(text)
        guard !items.isEmpty else { return true }
        var others = editor.items
        if let index = editor.editingIndex { others.remove(at: index) }
        for item in items {
            if let issue = validator.itemIssue(item, for: editor.key) {
                editor.error = issue.message
                return false
            }
        }
        let repeated = items.filter { others.contains($0) } + ListInput.duplicates(items)
        if !repeated.isEmpty {
            editor.error = "already listed: " + Array(Set(repeated)).sorted().joined(separator: ", ")
            return false
        }
        if let limit = FieldTable.field(editor.key).listLimit, otherAddresses + others.count + items.count > limit {
            let room = max(0, limit - otherAddresses - others.count)
            editor.error = "at most \(limit) SIP and RTP addresses together: room for \(room) more, not \(items.count)"
            return false
        }
        if let index = editor.editingIndex {
            editor.items = others
            editor.items.insert(contentsOf: items, at: index)
            editor.selected = index
        } else {
            editor.items += items
            editor.selected = editor.items.count - 1
        }
        editor.error = nil
        return true
    }

    private func store(_ editor: ListEditorState, _ current: inout FormState) {
        let value: FieldValue = editor.items.isEmpty && editor.key == .allowedRtpIps ? .null : .list(editor.items)
        current.draft.set(editor.key, value)
        current.serverErrors[editor.key] = nil
    }
}

extension FormState {
    /// How many addresses the other address list of the draft holds (SIP and RTP share the
    /// 60-entry limit); 0 for prefixes.
    func addressCount(excluding key: FieldKey) -> Int {
        switch key {
        case .allowedSipIps: return draft.value(.allowedRtpIps).items.count
        case .allowedRtpIps:
            return FieldTable.field(.allowedSipIps).applies(to: draft.authenticationMethod?.type)
                ? draft.value(.allowedSipIps).items.count : 0
        default: return 0
        }
    }
}

extension TrunkField {
    /// The most items a list field allows, if limited.
    var listLimit: Int? {
        if case .list(let limit) = widget { return limit }
        return nil
    }
}
