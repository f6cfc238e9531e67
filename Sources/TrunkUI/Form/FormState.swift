import ScreenKit
import TrunkModel

/// The list editor open on one list field (prefixes, SIP or RTP addresses).
public struct ListEditorState: Equatable, Sendable {
    public var key: FieldKey
    public var items: [String]
    public var selected = 0
    /// The text being typed, when adding (`editingIndex` nil) or editing an item.
    public var input: TextInput?
    public var editingIndex: Int?
    public var error: String?
    /// The items searched for (`/`): `n` and `N` select the next and previous item that matches.
    public var search: TextSearch?
    /// The `/` line of a search, while it is typed.
    public var searchLine: SearchLine?
    /// The editor's earlier states, newest last: `u` goes back one (kept while the editor is open).
    public var undoSteps: [ListEditorStep] = []
}

/// One field of a form as it stood: its value in the draft, text that did not parse, and the
/// errors shown under it.
public struct FieldSnapshot: Equatable, Sendable {
    public var key: FieldKey
    public var value: FieldValue
    public var pendingText: String?
    public var parseError: FieldIssue?
    public var serverError: String?

    /// The field `key` of `form` as it stands now.
    public init(_ key: FieldKey, of form: FormState) {
        self.key = key
        value = form.draft.value(key)
        pendingText = form.pendingText[key]
        parseError = form.parseErrors[key]
        serverError = form.serverErrors[key]
    }

    /// Puts the field back into `form` as it stood.
    public func restore(into form: inout FormState) {
        form.draft.set(key, value)
        form.pendingText[key] = pendingText
        form.parseErrors[key] = parseError
        form.serverErrors[key] = serverError
    }
}

/// What is being edited inside the form.
public enum FieldEditor: Equatable, Sendable {
    case text(FieldKey, TextInput)
    case picker(FieldKey, options: [String], selected: Int)
    case list(ListEditorState)
    /// The DID set editor (`dids`, `emergency_dids`).
    case didSet(DidEditorState)
}

/// The edit form of one trunk: the trunk as read, the draft, and where the user is.
public struct FormState: Equatable, Sendable {
    /// The trunk as it was read before editing.
    public var original: Trunk
    /// The user's version: parsed values, possibly out of range (such values block saving).
    public var draft: Trunk
    /// Index into `fieldKeys` of the selected field.
    public var selected = 0
    public var editor: FieldEditor?
    /// Text that did not parse, kept so that an edit is never lost; it blocks saving.
    public var pendingText: [FieldKey: String] = [:]
    /// The parse error of pending text, by field.
    public var parseErrors: [FieldKey: FieldIssue] = [:]
    /// Errors the server returned (422), by field; cleared when the field changes.
    public var serverErrors: [FieldKey: String] = [:]
    /// Typing part of a label to jump to a field (`/`).
    public var jumpInput: TextInput?
    /// The field selected when the jump started (Esc returns there).
    public var jumpOrigin: Int?
    /// Esc pressed on a dirty form: asking whether to discard.
    public var confirmDiscard = false
    /// Where Esc returns to.
    public var returnPane: Pane
    /// Editing a trunk that exists (PATCH) or drafting a new one (POST).
    public var mode: FormMode = .edit
    /// The field as it was when its text editor opened: Ctrl-C puts it back.
    public var textEditOrigin: FieldSnapshot?
    /// The form before each change, newest last: `u` goes back one (see `FormHistory`).
    public var history = FormHistory()

    /// A form editing `trunk`, returning to `returnPane`.
    public init(trunk: Trunk, returnPane: Pane) {
        original = trunk
        draft = trunk
        self.returnPane = returnPane
    }

    /// The fields shown, in table order, for the draft's authentication type (in the form of the
    /// marked trunks: the fields it offers).
    public var fieldKeys: [FieldKey] {
        if mode.markedTrunks != nil { return Self.markedFieldKeys }
        return FieldTable.fields.filter { $0.applies(to: draft.authenticationMethod?.type) }.map(\.key)
    }

    /// The selected field.
    public var selectedKey: FieldKey {
        let keys = fieldKeys
        return keys[min(max(0, selected), keys.count - 1)]
    }

    /// True when the draft differs from the trunk as read, or typed text is pending.
    public var isDirty: Bool {
        !DraftDiff(original: original, draft: draft).isEmpty || !pendingText.isEmpty
    }

    /// True when the field may be edited in this form (ip_only methods are locked).
    public func isEditable(_ key: FieldKey) -> Bool {
        if mode.markedTrunks != nil { return Self.markedFieldKeys.contains(key) }
        let field = FieldTable.field(key)
        guard field.isWritable else { return false }
        if key.isAuthentication && original.authenticationMethod?.type == .ipOnly { return false }
        return true
    }
}

/// The review dialog: every change old → new and the exact PATCH body, before sending.
public struct ReviewState: Equatable, Sendable {
    public var diff: DraftDiff
    /// The PATCH document as sent (compact) and as shown (pretty).
    public var body: JSONValue
    public var sending = false
    /// True when opened from the form (n/Esc returns there), false for quick actions.
    public var fromForm: Bool
    public var scroll = 0
    /// Fields both the draft and someone else changed since the draft's base was read.
    public var conflicts: [FieldConflict] = []
    /// The selected conflict.
    public var conflictSelection = 0
    /// What the last re-read found, e.g. that others changed fields the PATCH does not touch.
    public var notice: String?
    /// A word that must be typed before `y` sends (e.g. "block"); nil when `y` alone sends.
    public var confirmWord: String?
    /// What has been typed of `confirmWord`.
    public var typedWord = TextInput()

    /// True when saving creates a trunk (POST) rather than changing one (PATCH).
    public var isCreate: Bool { diff.isCreate }

    /// The review of `diff`, sending `body`. A change that blocks a live trunk needs the word
    /// "block" typed, so a repeated key cannot send it; a new trunk carries no traffic yet, and
    /// creating it blocked needs no word.
    public init(diff: DraftDiff, body: JSONValue, fromForm: Bool) {
        self.diff = diff
        self.body = body
        self.fromForm = fromForm
        let blocks = diff.changes.contains { $0.key == .status && $0.new == .text(TrunkStatus.blocked.rawValue) }
        if blocks && !diff.isCreate { confirmWord = "block" }
    }
}

extension FormState {
    /// A form on `trunk` (as read now) whose original holds the `base` values and whose draft the
    /// `draft` values, opened at the first of those fields in the form's order: a restored draft
    /// or the reverse of a change. A field someone changed since then shows up as a conflict on
    /// save, since the original is what the change was made against.
    static func reopening(_ trunk: Trunk, base: [(FieldKey, FieldValue)], draft: [(FieldKey, FieldValue)],
                          returnPane: Pane) -> FormState {
        var original = trunk
        for (key, value) in base { original.set(key, value) }
        var form = FormState(trunk: original, returnPane: returnPane)
        for (key, value) in draft { form.draft.set(key, value) }
        let keys = Set(draft.map(\.0))
        form.selected = form.fieldKeys.firstIndex { keys.contains($0) } ?? 0
        return form
    }
}
