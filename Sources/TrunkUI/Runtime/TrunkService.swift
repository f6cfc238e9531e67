import FoundationEssentials
import TrunkModel

/// What the UI needs from the API. The program adapts `DidwwClient` to it; the UI never sees HTTP.
///
/// Threading: called from any task; implementations must be thread-safe.
public protocol TrunkService: Sendable {
    /// One page of the trunk list (1-based page number), filtered and sorted by the server as
    /// `query` says.
    func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage
    /// One trunk with its DIDs and emergency DIDs.
    func trunk(id: String) async throws -> Trunk
    /// Sends a PATCH document; the receipt holds the trunk as the server now has it.
    func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk>
    /// The trunk's document exactly as the server sent it (DIDs included), for the raw JSON view.
    func trunkDocument(id: String) async throws -> Data
    /// Regenerates the SIP credentials of a `credentials_and_ip` trunk (the receipt holds its id);
    /// read the trunk again after.
    func regenerateCredentials(id: String) async throws -> ChangeReceipt<String>
    /// Sends a POST document; the receipt holds the trunk the server created.
    func create(body: Data) async throws -> ChangeReceipt<Trunk>
    /// Deletes a trunk; the receipt holds its id.
    func delete(id: String) async throws -> ChangeReceipt<String>
    /// Every DID of the account (`GET /dids`, all pages), for linking DIDs to a trunk by number.
    func accountDids() async throws -> [DidRef]
    /// The account's DIDs up to a limit, saying when the account has more than were read.
    func accountDidList() async throws -> AccountDidList
    /// From now on, refuse every change before anything is sent (`:readonly`); reads go on.
    func enterReadOnly()
    /// From now on, audit every change with this ticket and reason (nil: without) (`:ticket`).
    func setAuditTicket(_ ticket: AuditTicket?)
    /// From now on, audit every change as part of the change to many trunks `batch` (nil: none).
    func setAuditBatch(_ batch: String?)
    /// Audits a PATCH an earlier run sent whose answer it never saw, now that reading `id` again
    /// found the change applied: `body` as it was sent, `before` the trunk as it was reviewed.
    func auditAppliedWithoutAnswer(id: String, body: Data, before: Trunk)
}

extension TrunkService {
    /// Services that write no audit trail ignore the ticket.
    public func setAuditTicket(_ ticket: AuditTicket?) {}

    /// Services that write no audit trail ignore the group.
    public func setAuditBatch(_ batch: String?) {}

    /// Services that write no audit trail have nothing to record.
    public func auditAppliedWithoutAnswer(id: String, body: Data, before: Trunk) {}
}

/// A service that cannot list the account's DIDs (a test double that does not need them).
public struct AccountDidsUnavailable: Error, CustomStringConvertible {
    public var description: String { "this connection cannot list the account's DIDs" }
}

extension TrunkService {
    /// One page in server order, unfiltered.
    public func listPage(number: Int, size: Int) async throws -> TrunkPage {
        try await listPage(number: number, size: size, query: ServerQuery())
    }

    /// Services that were written before DIDs could be linked answer that they cannot list them.
    public func accountDids() async throws -> [DidRef] {
        throw AccountDidsUnavailable()
    }

    /// Services without a limit of their own: every DID `accountDids()` gives, nothing cut.
    public func accountDidList() async throws -> AccountDidList {
        AccountDidList(dids: try await accountDids())
    }
}

/// The message the status bar shows for a failure (never a secret).
func describe(_ error: Error) -> (message: String, fieldErrors: [APIError]) {
    if let facing = error as? UserFacingError { return (facing.userMessage, facing.fieldErrors) }
    return ("\(error)", [])
}
