import FoundationEssentials
import ScreenKit
import TrunkModel

/// Something that happened: a key, a clock tick, or the answer to an effect.
public enum AppEvent: Sendable {
    case key(Key)
    case tick(Date)
    /// The terminal's size, at start and whenever it changes (the list keeps its scroll by it).
    case resized(rows: Int, columns: Int)
    /// The answer to the request `id` (see `RequestLedger`): reaches only the feature that asked.
    case answered(RequestID, APIAnswer)
    /// The runner tried `.setTheme`: nil problem means it is drawn now.
    case themeApplied(String, problem: String?)
    /// The runner tried `.switchAPIVersion`: nil problem means every request from now on is made
    /// under that version.
    case apiVersionSwitched(String, problem: String?)
    /// Inside tmux, the runner loaded the copied text into tmux's paste buffer as well: nil
    /// problem means it is there.
    case tmuxBufferLoaded(problem: String?)
    /// The audit trail's lines, oldest first, for `:audit`.
    case auditLoaded([AuditEntry])
    /// A draft or an audit line could not be written to disk (the text names the file and why).
    case storageFailed(String)
    /// The client will try a request again at `until`; `text` says which try and why.
    case retrying(String, until: Date)
    /// The client sent a try of a request (see `PendingTry`).
    case tryStarted(PendingTry)
    /// The try of `request` ended: answered, failed or cancelled.
    case tryEnded(request: UInt64)
    /// Demo mode: the built-in fake API has seeded `seeded` of its `total` trunks.
    case demoPreparing(seeded: Int, total: Int)
    /// Demo mode: the fake API's account is seeded; the list can be asked for.
    case demoReady
}

/// Work the reducer asks for; performed by the runner, whose answers come back as events.
public enum Effect: Equatable, Sendable {
    /// Make `call` to the API; its answer comes back as `AppEvent.answered` with the same id.
    case request(RequestID, APICall)
    /// Keep this draft on disk (replacing the trunk's earlier one).
    case storeDraft(StoredDraft)
    /// Forget the trunk's draft on disk.
    case removeDraft(trunkID: String)
    /// Read the audit trail (answers `auditLoaded`).
    case loadAudit
    case redraw
    /// Put this text on the terminal's clipboard (OSC 52) and, inside tmux, in tmux's paste
    /// buffer (answered by `tmuxBufferLoaded`).
    case copyToClipboard(String)
    /// Load theme NAME (or a path) and draw with it.
    case setTheme(String)
    /// Make every request from now on under this API version (answers `apiVersionSwitched`).
    case switchAPIVersion(String)
    case suspend
    /// From now until the program exits, refuse every change before anything is sent (`:readonly`).
    case enterReadOnly
    /// Audit every change from now on with this ticket and reason (none: without) (`:ticket`).
    case setAuditTicket(AuditTicket?)
    /// Write down a step of a change to many trunks (`BulkJournal`); performed before the next
    /// effect starts, so a step written before a PATCH is on disk before the PATCH leaves.
    case bulkJournal(BulkJournalWrite)
    /// Audit every change from now on as part of the change to many trunks `batch` (nil: none).
    case setAuditBatch(String?)
    /// Audit a PATCH sent by an earlier run with no answer seen, found applied by reading the
    /// trunk again (`body` as sent, `before` the trunk as reviewed).
    case auditAppliedWithoutAnswer(trunkID: String, body: Data, before: Trunk)
    /// Post a `tick` after this long (a paced request waits for its time), without holding a thread.
    case wake(after: Duration)
    case quit
}

/// A line in the status bar: what just happened.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind

    /// A message of `kind`.
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// The panes the focus can be in.
public enum Pane: Equatable, Sendable { case list, detail, form }

/// What to write down of a change to many trunks.
public enum BulkJournalWrite: Equatable, Sendable {
    /// Sending starts: the change as reviewed, and the outcomes settled without a request.
    case begin(BulkJournal)
    /// One step of the change `batch`: a PATCH goes out, or a trunk's outcome.
    case record(batch: String, BulkJournal.Line)
    /// The results were closed: the change is forgotten.
    case remove(batch: String)
}
