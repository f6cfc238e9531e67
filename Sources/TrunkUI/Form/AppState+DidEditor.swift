import ScreenKit
import TrunkModel

extension AppState {
    /// Opens the DID set editor on `key` (`L`, or Enter on a DID field): reads the account's DIDs
    /// the first time, and the trunk again when its linked DIDs were never read.
    mutating func openDidEditor(_ key: FieldKey, _ current: inout FormState) -> [Effect] {
        guard current.isEditable(key) else { return [] }
        if let index = current.fieldKeys.firstIndex(of: key) { current.selected = index }
        var effects: [Effect] = []
        var editor = DidEditorState(key: key, items: [])
        if case .dids(let refs) = current.draft.value(key) {
            editor.items = refs
        } else if !current.mode.isCreate {
            editor.awaitingLinks = true
            effects.append(ask(.loadTrunk(id: current.original.id), for: .linkedDids(trunkID: current.original.id)))
        }
        switch accountDids {
        case .notLoaded, .failed:
            accountDids = .loading
            effects.append(ask(.loadAccountDids, for: .accountDids))
        case .loading, .loaded:
            break
        }
        current.editor = .didSet(editor)
        return effects
    }

    /// `L` in the list or the detail: the form of the selected trunk, open on its CLI DIDs.
    mutating func openFormOnDids() -> [Effect] {
        guard let trunk = detailTrunk else { return [] }
        if trunk.authenticationMethod == nil && trunk.name == nil {
            message = StatusMessage("This trunk has not been read completely; press r to refresh", .warning)
            return []
        }
        var opened = FormState(trunk: trunk, returnPane: pane)
        let effects = openDidEditor(.dids, &opened)
        open(opened)
        return effects
    }

    /// `L` in the form: the DID editor of the selected DID field, else of the CLI DIDs.
    mutating func linkDids(_ current: inout FormState) -> [Effect] {
        if current.mode.markedTrunks != nil {
            message = StatusMessage("DIDs of the marked trunks: Esc to the list, then L links or unlinks them on all", .info)
            return []
        }
        let key: FieldKey = current.selectedKey == .emergencyDids ? .emergencyDids : .dids
        return openDidEditor(key, &current)
    }

    mutating func didEditorKey(_ key: Key, _ editor: DidEditorState, _ current: inout FormState) {
        var editor = editor
        if editor.input != nil {
            didInputKey(key, &editor, &current)
            current.editor = .didSet(editor)
            return
        }
        if case .paste(let text) = key {
            addPasted(text, &editor, &current)
            current.editor = .didSet(editor)
            return
        }
        let last = max(0, editor.items.count - 1)
        switch keymap.command(for: key, in: .didEditor) {
        case .addItem?:
            guard !editor.awaitingLinks else {
                editor.error = "wait: the trunk's linked DIDs are being read"
                break
            }
            editor.input = TextInput()
            editor.candidate = 0
            editor.error = nil
        case .deleteItem?:
            guard editor.items.indices.contains(editor.selected) else { break }
            editor.items.remove(at: editor.selected)
            editor.selected = ListCursor.clamped(editor.selected, count: editor.items.count)
            editor.error = nil
            store(editor, &current)
        case .moveDown?: editor.selected = ListCursor.moved(editor.selected, by: 1, count: last + 1)
        case .moveUp?: editor.selected = ListCursor.moved(editor.selected, by: -1, count: last + 1)
        case .pageDown?: editor.selected = ListCursor.moved(editor.selected, by: 10, count: last + 1)
        case .pageUp?: editor.selected = ListCursor.moved(editor.selected, by: -10, count: last + 1)
        case .top?: editor.selected = 0
        case .bottom?: editor.selected = last
        case .help?:
            showHelp = true
        case .back?:
            if !editor.awaitingLinks { store(editor, &current) }
            current.editor = nil
            return
        case .switchDidSet?:
            guard !editor.awaitingLinks else { break }
            store(editor, &current)
            let other = editor.otherKey
            guard current.isEditable(other), case .dids(let refs) = current.draft.value(other) else {
                editor.error = "the other DID set was not read; Esc, then L on it"
                break
            }
            if let index = current.fieldKeys.firstIndex(of: other) { current.selected = index }
            editor = DidEditorState(key: other, items: refs)
        case nil:
            _ = noAction(for: key, in: .didEditor)
        default:
            break
        }
        current.editor = .didSet(editor)
    }

    /// Adding: the typed text narrows the account's DIDs; ↑/↓ move the highlight; Enter links the
    /// highlighted DID and stays ready for the next; Esc stops adding.
    private func didInputKey(_ key: Key, _ editor: inout DidEditorState, _ current: inout FormState) {
        guard var input = editor.input else { return }
        let candidates = didCandidates(editor)
        switch keymap.command(for: key, in: .didSearch) {
        case .cancel?:
            editor.input = nil
            editor.error = nil
        case .moveDown?:
            editor.candidate = min(editor.candidate + 1, max(0, candidates.count - 1))
        case .moveUp?:
            editor.candidate = max(editor.candidate - 1, 0)
        case .linkDid?:
            guard candidates.indices.contains(editor.candidate) else {
                editor.error = noMatchReason(input.text)
                return
            }
            editor.items.append(candidates[editor.candidate])
            editor.selected = editor.items.count - 1
            editor.input = TextInput()
            editor.candidate = 0
            editor.error = nil
            store(editor, &current)
        default:
            if case .paste(let text) = key, Self.pastedNumbers(text).count > 1 {
                editor.input = nil
                addPasted(text, &editor, &current)
                return
            }
            guard input.apply(key) else { return }
            editor.input = input
            editor.candidate = 0
            editor.error = nil
        }
    }

    /// Why nothing can be linked for `typed`, in words.
    private func noMatchReason(_ typed: String) -> String {
        switch accountDids {
        case .loading, .notLoaded: return "the account's DIDs are still loading"
        case .failed(let why): return "the account's DIDs could not be read: \(why)"
        case .loaded(let all):
            if all.isEmpty { return "this account has no DIDs" }
            let digits = typed.filter(\.isNumber)
            if let truncation = accountDidsTruncation {
                let read = "the \(AccountDidList.Truncation.grouped(truncation.read)) DIDs read (of \(truncation.total.map(AccountDidList.Truncation.grouped) ?? "more"))"
                return digits.isEmpty ? "every one of \(read) is linked already" : "none of \(read) has \(digits)"
            }
            return digits.isEmpty ? "every DID of the account is linked already"
                                  : "no unlinked DID of this account has \(digits) in its number"
        }
    }

    /// Pasted numbers (commas, spaces, newlines between): each must be exactly one of the
    /// account's DIDs; all are linked, or none and the ones not found are named.
    private func addPasted(_ text: String, _ editor: inout DidEditorState, _ current: inout FormState) {
        let wanted = Self.pastedNumbers(text)
        guard !wanted.isEmpty else { return }
        let account = accountDids.dids
        var found: [DidRef] = [], missing: [String] = []
        for number in wanted {
            if let did = account.first(where: { $0.number == number }) {
                if !editor.items.contains(where: { $0.id == did.id }) && !found.contains(did) { found.append(did) }
            } else {
                missing.append("+" + number)
            }
        }
        guard missing.isEmpty else {
            let notFound = accountDidsTruncation.map { "not among the first \($0.readOfTotal) DIDs read: " } ?? "not a DID of this account: "
            editor.error = account.isEmpty ? noMatchReason(text) : notFound + missing.joined(separator: ", ")
            return
        }
        editor.items += found
        editor.selected = max(0, editor.items.count - 1)
        editor.error = nil
        store(editor, &current)
    }

    /// The numbers in pasted text: one per line or between commas or semicolons (spaces, dashes,
    /// "+" and brackets inside a number are formatting), digits only.
    static func pastedNumbers(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { String($0.filter(\.isNumber)) }.filter { !$0.isEmpty }
    }

    private func store(_ editor: DidEditorState, _ current: inout FormState) {
        current.draft.set(editor.key, .dids(editor.items))
        current.serverErrors[editor.key] = nil
    }

    /// The account's DIDs arrived (or failed); the editor's completions use them at once.
    mutating func accountDidsRead(_ result: Result<AccountDidList, RequestFailure>) -> [Effect] {
        switch result {
        case .success(let list):
            accountDids = .loaded(list.dids)
            accountDidsTruncation = list.truncation
        case .failure(let failure):
            accountDids = .failed(failure.message)
            if case .didSet? = form?.editor { message = StatusMessage("The account's DIDs could not be read: \(failure.message)", .error) }
        }
        return []
    }

    /// The trunk could not be read while a DID editor waits for its linked DIDs: say so; Esc and
    /// `L` try again.
    mutating func linkedDidsFailed(_ why: String) {
        guard var current = form, case .didSet(var editor)? = current.editor, editor.awaitingLinks else { return }
        editor.error = "the trunk's linked DIDs could not be read (\(why)); Esc, then L tries again"
        current.editor = .didSet(editor)
        focus = .form(current)
    }

    /// A trunk read while a DID editor waits for the linked DIDs of the form's trunk: the links
    /// it carries become the form's (original and draft), and the editor shows them.
    mutating func adoptLinkedDids(from trunk: Trunk) -> [Effect] {
        guard var current = form, current.original.id == trunk.id, !current.mode.isCreate else { return [] }
        for key in [FieldKey.dids, .emergencyDids] where current.original.value(key) == .null {
            let read = trunk.value(key)
            guard read != .null else { continue }
            current.original.set(key, read)
            if current.draft.value(key) == .null { current.draft.set(key, read) }
        }
        if case .didSet(var editor)? = current.editor, editor.awaitingLinks {
            if case .dids(let refs) = current.draft.value(editor.key) {
                editor.items = refs
                editor.awaitingLinks = false
            } else {
                editor.error = "the server did not return this trunk's DIDs"
            }
            current.editor = .didSet(editor)
        }
        return update(current)
    }
}
