import ScreenKit
import TrunkModel

/// Each modal's state, read and written through the presentation stack: setting one opens it on
/// top (or updates it where it stands), setting nil closes it. There is no other copy.
extension AppState {
    public var showHelp: Bool {
        get { modals.contains(.help) }
        set { modals.set(.help, newValue ? .help : nil) }
    }

    /// A failure shown in a dialog until any key is pressed.
    public var alert: AlertState? {
        get { if case .alert(let value)? = modals.layer(.alert) { value } else { nil } }
        set { modals.set(.alert, newValue.map(Modal.alert)) }
    }

    /// The quit question is open.
    public var confirmQuit: Bool {
        get { modals.contains(.quitQuestion) }
        set { modals.set(.quitQuestion, newValue ? .quitQuestion : nil) }
    }

    /// Which restorable draft is selected; nil when the restore dialog is closed.
    public var restoreSelection: Int? {
        get { if case .restoreDrafts(let selection)? = modals.layer(.restoreDrafts) { selection } else { nil } }
        set { modals.set(.restoreDrafts, newValue.map { Modal.restoreDrafts(selection: $0) }) }
    }

    /// The audit trail shown by `:audit` (newest last); nil when closed.
    public var auditTrail: AuditTrailState? {
        get { if case .audit(let trail)? = modals.layer(.audit) { trail } else { nil } }
        set { modals.set(.audit, newValue.map(Modal.audit)) }
    }

    /// The audit trail's lines as shown (each line's summary), while it is open.
    public var auditLines: [String]? {
        auditTrail.map { $0.shownEntries.map { TerminalSafeText.line($0.summary) } }
    }

    /// The `:` line, while open.
    public var commandInput: TextInput? {
        get { if case .commandLine(let input)? = modals.layer(.commandLine) { input } else { nil } }
        set { modals.set(.commandLine, newValue.map(Modal.commandLine)) }
    }

    /// The `/` filter line, while open.
    public var filterLine: FilterLineState? {
        get { if case .filterInput(let line)? = modals.layer(.filterInput) { line } else { nil } }
        set { modals.set(.filterInput, newValue.map(Modal.filterInput)) }
    }

    /// The text of the `/` filter line, while open.
    public var filterInput: TextInput? { filterLine?.input }

    /// `y` was pressed; the next key says what to copy.
    public var copyPending: Bool {
        get { modals.contains(.copyChooser) }
        set { modals.set(.copyChooser, newValue ? .copyChooser : nil) }
    }

    /// The review of a change, while open.
    public var review: ReviewState? {
        get { if case .review(let value)? = modals.layer(.review) { value } else { nil } }
        set { modals.set(.review, newValue.map(Modal.review)) }
    }

    /// The typed confirmation of a delete, while open.
    public var deletion: DeleteState? {
        get { if case .deletion(let value)? = modals.layer(.deletion) { value } else { nil } }
        set { modals.set(.deletion, newValue.map(Modal.deletion)) }
    }

    /// The call check, while open.
    public var callCheck: CallCheckState? {
        get { if case .callCheck(let value)? = modals.layer(.callCheck) { value } else { nil } }
        set { modals.set(.callCheck, newValue.map(Modal.callCheck)) }
    }

    /// The change of the marked trunks, while open.
    public var bulkChange: BulkChangeState? {
        get { if case .bulkChange(let value)? = modals.layer(.bulkChange) { value } else { nil } }
        set { modals.set(.bulkChange, newValue.map(Modal.bulkChange)) }
    }

    /// The comparison of two trunks, while open.
    public var compare: CompareState? {
        get { if case .compare(let value)? = modals.layer(.compare) { value } else { nil } }
        set { modals.set(.compare, newValue.map(Modal.compare)) }
    }

    /// True when the terminal is below the smallest size the screen can be drawn at: the screen
    /// says so, and it stands above the presentation stack: no key acts on what the user cannot
    /// see, but quit (and the quit question it may open) and a resize (see `tooSmallKey`).
    public var isTooSmall: Bool {
        Viewport.isTooSmall(rows: terminalSize.rows, columns: terminalSize.columns)
    }

    /// The smallest terminal the screens are drawn at.
    public static let minimumSize = (rows: Viewport.minimum.rows, columns: Viewport.minimum.columns)

    /// A key while the terminal is too small: the quit key quits (asking first when a draft is
    /// unsaved); when the quit question is on top, its keys answer it; nothing else acts.
    mutating func tooSmallKey(_ key: Key) -> [Effect] {
        if modals.top?.kind == .quitQuestion { return confirmQuitKey(key) }
        guard keymap.command(for: key, in: .tooSmall) == .quit else {
            if case .mouse = key { return [] }
            keyIgnoredWhileTooSmall = key
            return []
        }
        return requestQuit()
    }

    /// The keys of the modal on top of the stack.
    mutating func modalKey(_ top: Modal, _ key: Key) -> [Effect] {
        switch top.kind {
        case .help: return helpKey(key)
        case .alert:
            alert = nil
            return []
        case .quitQuestion: return confirmQuitKey(key)
        case .restoreDrafts: return restoreDraftsKey(key)
        case .audit: return auditTrailKey(key)
        case .messages: return messagesKey(key)
        case .deletion: return deleteKey(key)
        case .bulkChange: return bulkChangeKey(key)
        case .unfinishedBulk: return unfinishedBulkKey(key)
        case .commandLine: return commandLineKey(key)
        case .copyChooser: return copyKey(key)
        case .review: return reviewKey(key)
        case .filterInput: return filterKey(key)
        case .callCheck: return callCheckKey(key)
        case .compare: return compareKey(key)
        }
    }
}
