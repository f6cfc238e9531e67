import Foundation
import ScreenKit
import TrunkModel

/// Something that happened: a key, a clock tick, or the answer to an effect.
public enum AppEvent: Sendable {
    case key(Key)
    case tick(Date)
    /// The terminal's size, at start and whenever it changes (the list keeps its scroll by it).
    case resized(rows: Int, columns: Int)
    case pageLoaded(TrunkPage, number: Int, generation: Int)
    case pageFailed(String, generation: Int)
    case trunkLoaded(Trunk)
    /// Reading trunk `id` failed: the answer reaches the features that asked for that trunk only.
    case trunkFailed(id: String, String)
    /// The name lookup of `:trunk NAME` failed.
    case lookupFailed(name: String, String)
    /// The answer to `Effect.lookupTrunk`: the trunks the server found for a name.
    case lookupFinished(name: String, trunks: [Trunk])
    /// The PATCH was applied; `settled` says how it was learned when its answer was lost.
    case patchSucceeded(Trunk, settled: String? = nil)
    case patchFailed(message: String, fieldErrors: [APIError])
    /// The runner tried `.setTheme`: nil problem means it is drawn now.
    case themeApplied(String, problem: String?)
    /// The PATCH got no answer after it was sent (or an unreadable one): it may have been applied.
    case patchOutcomeUnknown(message: String)
    /// The trunk as read again just before a PATCH (to find changes made by someone else).
    case saveBaseRead(Trunk)
    case saveBaseFailed(String)
    /// The trunk as read again after a PATCH whose outcome was unknown.
    case patchVerified(Trunk)
    case patchVerifyFailed(String)
    /// The audit trail's lines, for `:audit`.
    case auditLoaded([String])
    /// A draft or an audit line could not be written to disk (the text names the file and why).
    case storageFailed(String)
    /// The client will try a request again at `until`; `text` says which try and why.
    case retrying(String, until: Date)
    /// The client sent a try of a request (see `PendingTry`).
    case tryStarted(PendingTry)
    /// The try of `request` ended: answered, failed or cancelled.
    case tryEnded(request: UInt64)
    /// The trunk's document as the server sent it, for the raw JSON view.
    case trunkJSONLoaded(id: String, Data)
    case trunkJSONFailed(id: String, String)
    /// Credentials were regenerated and the trunk read again.
    case credentialsRegenerated(Trunk)
    case regenerateFailed(id: String, String)
    /// The trunk was created; `settled` says how it was learned when the answer was lost.
    case createSucceeded(Trunk, settled: String? = nil)
    case createFailed(message: String, fieldErrors: [APIError])
    /// The POST got no answer (or a server failure) and looking for the trunk could not tell
    /// whether it was created.
    case createOutcomeUnknown(message: String)
    /// The trunk is gone; `settled` says how it was learned when the answer was lost.
    case deleteSucceeded(id: String, settled: String? = nil)
    /// The trunk was not deleted, or (`outcomeUnknown`) reading could not tell.
    case deleteFailed(message: String, outcomeUnknown: Bool = false)
    /// The answer to `Effect.loadAccountDids`: the account's DIDs, and how far short of all of
    /// them the read stopped (nil: these are all).
    case accountDidsLoaded([DidRef], truncation: AccountDidList.Truncation? = nil)
    case accountDidsFailed(String)
    /// Demo mode: the built-in fake API has seeded `seeded` of its `total` trunks.
    case demoPreparing(seeded: Int, total: Int)
    /// Demo mode: the fake API's account is seeded; the list can be asked for.
    case demoReady
}

/// Work the reducer asks for; performed by the runner, whose answers come back as events.
public enum Effect: Equatable, Sendable {
    case loadPage(number: Int, size: Int, generation: Int, query: ServerQuery = ServerQuery())
    /// Ask the server for trunks named `name` (exact, then containing it), for `:trunk`.
    case lookupTrunk(name: String)
    case loadTrunk(id: String)
    case patch(id: String, body: Data)
    /// Read the trunk again before sending a PATCH (answers `saveBaseRead` / `saveBaseFailed`).
    case readBeforeSave(id: String)
    /// Read the trunk again after a PATCH with an unknown outcome (answers `patchVerified` / `patchVerifyFailed`).
    case verifyPatch(id: String)
    /// Keep this draft on disk (replacing the trunk's earlier one).
    case storeDraft(StoredDraft)
    /// Forget the trunk's draft on disk.
    case removeDraft(trunkID: String)
    /// Read the audit trail (answers `auditLoaded`).
    case loadAudit
    /// Read the trunk's raw document (for `J`).
    case loadTrunkJSON(id: String)
    /// Regenerate the trunk's SIP credentials, then read the trunk again.
    case regenerateCredentials(id: String)
    /// POST a new trunk.
    case create(body: Data)
    case delete(id: String)
    /// Read every DID of the account, for picking DIDs by number (answers `accountDidsLoaded` / `accountDidsFailed`).
    case loadAccountDids
    case redraw
    /// Put this text on the terminal's clipboard (OSC 52).
    case copyToClipboard(String)
    /// Load theme NAME (or a path) and draw with it.
    case setTheme(String)
    case suspend
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
