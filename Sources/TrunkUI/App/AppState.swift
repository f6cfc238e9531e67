import FoundationEssentials
import ScreenKit
import TrunkModel

/// The whole application state. Changed only by `handle(_:)` on the UI loop thread.
public struct AppState: Sendable {
    public var keymap = Keymap.standard
    public var validator = TrunkValidator()
    /// Shown in the header: "demo", "sandbox", "production" or the base URL.
    public var environmentLabel: String
    public var apiVersion: String
    /// The configuration profile in use (always shown in the header), if any.
    public var profileName: String?
    /// True when talking to the production API: the header says so in words.
    public var isProduction = false
    /// The theme drawn now (`:theme NAME` changes it through the runner).
    public var themeName = "default"
    /// The status line of the last copy, which tmux's answer completes (see `tmuxBufferLoaded`).
    public var copyNote: String?
    public var pageSize: Int
    public var now: Date

    /// The loaded trunks, with their search keys and sort orders kept in step.
    public var trunks = TrunkList()
    /// How many trunks the list holds in all: while pages stream in, the server's
    /// `meta.total_records` when it is possible (not negative, not below what arrived); once the
    /// last page is in, the trunks loaded.
    public var totalRecords: Int?
    /// The server's `meta.total_records` when the last complete load found another number of
    /// trunks; the header shows it beside the real count.
    public var claimedTotal: Int?
    public var loadedAt: Date?
    public var loading = false
    public var listGeneration = 0
    public var listError: String?
    /// Indices into `trunks` that pass the filter, in display order.
    public private(set) var visible: [Int] = []
    /// The trunks marked for one change to all of them (Space, `V`, `*`; Ctrl-\ clears).
    public var marks = TrunkMarks()
    /// Position in `visible` of the selected row.
    public var selection = 0
    public var listScroll = 0
    public var filter = ""
    public var sort = ListSort()
    /// Paging of the list load in progress (pages requested, arrived, server order).
    public var listLoad = ListLoad()
    /// The terminal size last reported; the list's visible rows follow from it.
    public var terminalSize = (rows: 24, columns: 80)

    /// The trunk read with its DIDs for the detail pane, when loaded.
    public var detail: Trunk?
    public var detailScroll = 0
    /// Where the keys go when no modal is open: the list, the detail (with what it reveals or
    /// has open) or the form (with its draft). See `Focus`.
    public var focus = Focus.list
    /// Whether the detail preview shows beside or below the list (see `Viewport`); `v` toggles it.
    public var preview = PreviewMode.auto
    /// The last click on a list row (with `--mouse`): a second one on the same row soon after is
    /// a double click.
    public var lastClick: MouseEvent?
    /// Keys typed while a change is being sent, replayed once it is saved (see `HeldKeys`).
    public var heldKeys = HeldKeys()

    /// The account's DIDs for the DID editors' completion (read once, when first needed).
    public var accountDids: AccountDids = .notLoaded
    /// Set when the account has more DIDs than `accountDids` holds (the read stopped at its limit).
    public var accountDidsTruncation: AccountDidList.Truncation?
    /// The dialogs, questions, input lines and overlays open now, in the order opened: the one
    /// place that decides who gets a key (see `ModalStack`; each one's state is read and written
    /// through `AppState+Modals`).
    public var modals = ModalStack()
    /// The `:` commands in force; features add theirs (see `CommandRegistry`).
    public var commandRegistry = CommandRegistry.standard
    /// Tab-completion candidates on the `:` line, while the user cycles through them.
    public var commandCompletion: CommandCompletion?
    /// The id (lower-cased) or name a `:trunk` jump is waiting for.
    public var pendingJump: String?
    /// Server-side filters and sort the list pages are loaded with.
    public var serverQuery = ServerQuery()
    /// The first line of the help overlay on screen (see `helpKey`).
    public var helpScroll = 0
    /// The status line's message; each new one is kept in `messageLog` too (`:messages`).
    public var message: StatusMessage? {
        didSet {
            if let message, message != oldValue { messageLog.record(message, at: now) }
        }
    }
    /// This run's status messages with their times, the newest last.
    public internal(set) var messageLog = MessageLog()
    /// The last key pressed while the terminal was too small: it did nothing, and the "too
    /// small" screen says so until the next resize.
    public internal(set) var keyIgnoredWhileTooSmall: Key?
    public var quitting = false

    /// Read-only mode: actions that change data are hidden and refused; the header shows a badge.
    public var readOnly = false
    /// The ticket the changes are made for (`:ticket`, `--ticket`): in every audit line and the header.
    public var auditTicket: AuditTicket?
    /// `ticket: required` in the configuration: no change is sent while `auditTicket` is nil.
    public var ticketRequired = false
    /// The detail read failed: the detail pane shows the last good data, marked stale.
    public var detailError: String?
    /// Drafts left by an earlier run (SIGHUP, crash...), offered for restoring at start.
    public var restorable: [StoredDraft] = []
    /// Changes to many trunks an earlier run left unfinished (SIGHUP, crash...), offered at start
    /// one at a time (the first is the one the dialog shows).
    public var unfinishedBulk: [BulkJournal] = []
    /// The draft waiting for its trunk to be read before its form opens.
    public var restoringDraft: StoredDraft?
    /// The last change saved since the program started, as `u` undoes it (or why it cannot be
    /// undone); nil until one is saved.
    public var lastChange: Result<UndoTarget, UndoRefusal>?
    /// The reverse of a change waiting for its trunk to be read before its form opens.
    public var pendingUndo: UndoPlan?
    /// The last draft or audit line that could not be written since trunks started (header badge).
    public var storageProblem: String?
    /// The client is waiting to try a request again (status line until it expires).
    public var retryNote: RetryNote?
    /// Tries sent to the server and not yet answered (`serverWaitNote` is derived from them).
    public var pendingTries: [PendingTry] = []
    /// Demo mode: the fake API is still seeding its account; nothing is asked for until it is done.
    public var demoPreparation: DemoPreparation?
    /// The requests asked of the API and not yet answered, with who asked (see `RequestLedger`).
    public internal(set) var requests = RequestLedger()
    /// What was typed into the call check (`C`), kept while the program runs.
    public var callCheckInputs = CallCheckInputs()
    /// The last call checked on each trunk since the program started (by trunk id), for the summary (`y s`).
    public var lastCallChecks: [String: CheckedCall] = [:]

    /// A fresh state for an environment.
    public init(environmentLabel: String, apiVersion: String = "2026-04-16", pageSize: Int = 50, now: Date = Date()) {
        self.environmentLabel = environmentLabel
        self.apiVersion = apiVersion
        validator = TrunkValidator(rules: TrunkRules.forVersion(apiVersion) ?? .v20260416)
        self.pageSize = pageSize
        self.now = now
    }

    /// The effects to run at start: the first page (none while the demo account is prepared).
    public mutating func start() -> [Effect] {
        loading = true
        if ticketRequired, auditTicket == nil, !readOnly { askForTicket(before: "changes are made") }
        guard demoPreparation == nil else { return [] }
        listLoad = ListLoad(replacing: true)
        return [askForPage(1)]
    }

    /// The selected trunk, if any row is visible.
    public var selectedTrunk: Trunk? {
        guard visible.indices.contains(selection) else { return nil }
        return trunks[visible[selection]]
    }

    /// The trunk the detail pane shows: the loaded detail if it is the selected one.
    public var detailTrunk: Trunk? {
        guard let selected = selectedTrunk else { return nil }
        if let detail, detail.id == selected.id { return detail }
        return selected
    }

    /// Recomputes `visible` from filter and sort, keeping the selected trunk selected.
    public mutating func refreshVisible(keeping id: String? = nil) {
        let keep = id ?? selectedTrunk?.id
        // The index scans bytes for every free word and checks the tokens on what it found;
        // a query that only narrows the last one rescans only the last matches.
        let indices = trunks.matching(FilterQuery.parse(filter), sort: sort)
        setVisible(indices, keeping: keep)
    }

    /// Shows `indices`, keeping the trunk `keep` selected when it is among them.
    mutating func setVisible(_ indices: [Int], keeping keep: String?) {
        let shown = visible.indices.contains(selection) ? visible[selection] : nil
        visible = indices
        if let keep, let position = position(ofTrunk: keep, hint: shown), let row = row(showing: position) {
            selection = row
        } else {
            selection = min(selection, max(0, visible.count - 1))
        }
        followSelection()
        selectionMoved(from: keep)
    }

    /// Where the trunk with `id` is in `trunks`: usually at `hint` (where the selection was), else
    /// found by comparing ids.
    private func position(ofTrunk id: String, hint: Int?) -> Int? {
        let elements = trunks.elements
        if let hint, elements.indices.contains(hint), elements[hint].id == id { return hint }
        return elements.firstIndex { $0.id == id }
    }

    /// The row of `visible` showing the trunk at `position`: the selected row when it still does.
    private func row(showing position: Int) -> Int? {
        if visible.indices.contains(selection), visible[selection] == position { return selection }
        return visible.firstIndex(of: position)
    }

    /// Replaces a trunk everywhere it is shown (after a save or a read).
    public mutating func replace(_ trunk: Trunk) {
        if let index = trunks.firstIndex(where: { $0.id == trunk.id }) {
            var merged = trunk
            if merged.dids == nil { merged.dids = trunks[index].dids }
            if merged.emergencyDids == nil { merged.emergencyDids = trunks[index].emergencyDids }
            trunks[index] = merged
        }
        if detail?.id == trunk.id { detail = trunk }
        refreshVisible(keeping: selectedTrunk?.id)
    }
}
