import FoundationEssentials
import Synchronization
import TrunkModel

/// Wraps a `TrunkService` and writes one audit line per mutating request: the fields the PATCH
/// or POST carries, old (as last read through this service) → new, secrets redacted; the HTTP
/// status the server really answered (also when a 2xx answer could not be read); the outcome as
/// settled (by the answer, or by reading the server when the answer was lost); latency.
///
/// Thread-safe. An audit line that cannot be written does not stop the change (it is reported
/// through `onAuditFailure`).
public final class AuditingTrunkService: TrunkService, Sendable {
    private let base: any TrunkService
    private let log: AuditLog
    private let identity: AuditIdentity
    /// Trunks read one by one (the detail, the re-read before every PATCH): the "old" side of a
    /// change.
    private let lastRead = Mutex<[String: Trunk]>([:])
    /// Names of the trunks the list read, by id, for the lines of a delete or a credential
    /// regeneration. Names only: a copy of every listed trunk was 6 MB at 10,000 trunks.
    private let listedNames = Mutex<[String: String]>([:])
    private let onAuditFailure: @Sendable (String) -> Void
    /// The command, ticket and reason every line carries: a runbook command's are given at
    /// creation; the terminal UI's ticket follows `:ticket` (`setAuditTicket`).
    private let context: Mutex<AuditContext>

    /// Audits the changes made through `base` into `log`; `context` goes into every line.
    public init(_ base: any TrunkService, log: AuditLog, identity: AuditIdentity, context: AuditContext = AuditContext(),
                onAuditFailure: @escaping @Sendable (String) -> Void = { _ in }) {
        self.base = base
        self.log = log
        self.identity = identity
        self.context = Mutex(context)
        self.onAuditFailure = onAuditFailure
    }

    public func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        let page = try await base.listPage(number: number, size: size, query: query)
        listedNames.withLock { names in
            for trunk in page.trunks { names[trunk.id] = trunk.name }
        }
        return page
    }

    public func enterReadOnly() {
        base.enterReadOnly()
    }

    public func setAuditTicket(_ ticket: AuditTicket?) {
        context.withLock { context in
            context.ticket = ticket?.ticket
            context.reason = ticket?.reason
        }
    }

    public func setAuditBatch(_ batch: String?) {
        context.withLock { $0.batch = batch }
    }

    public func auditAppliedWithoutAnswer(id: String, body: Data, before: Trunk) {
        record("PATCH", id: id, name: before.name, changes: Self.changes(body: body, before: before), started: .now, status: nil,
               outcome: "ok", settlement: "sent before the program ended, no answer seen; reading the trunk again at the next start "
                   + "finds the change applied", error: nil)
    }

    public func trunk(id: String) async throws -> Trunk {
        let trunk = try await base.trunk(id: id)
        lastRead.withLock { $0[id] = trunk }
        return trunk
    }

    public func accountDids() async throws -> [DidRef] {
        try await base.accountDids()
    }

    public func accountDidList() async throws -> AccountDidList {
        try await base.accountDidList()
    }

    public func trunkDocument(id: String) async throws -> Data {
        try await base.trunkDocument(id: id)
    }

    public func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk> {
        let before = lastRead.withLock { $0[id] }
        let changes = Self.changes(body: body, before: before)
        let receipt = try await audited("PATCH", id: id, name: before?.name, changes: changes) {
            try await base.update(id: id, body: body)
        }
        lastRead.withLock { $0[id] = receipt.value }
        return receipt
    }

    public func create(body: Data) async throws -> ChangeReceipt<Trunk> {
        let sent = SentFields(body: body)
        let changes = Self.changes(sent, before: nil).map {
            AuditEntry.Change(field: $0.field, old: "—", new: $0.new, newValue: $0.newValue)
        }
        return try await audited("POST", id: "new", name: sent.trunk?.name, changes: changes) {
            try await base.create(body: body)
        }
    }

    /// The trunk's name as last read, one by one or in the list.
    private func name(of id: String) -> String? {
        lastRead.withLock { $0[id]?.name } ?? listedNames.withLock { $0[id] }
    }

    public func delete(id: String) async throws -> ChangeReceipt<String> {
        try await audited("DELETE", id: id, name: name(of: id), changes: []) { try await base.delete(id: id) }
    }

    public func regenerateCredentials(id: String) async throws -> ChangeReceipt<String> {
        let changes = [AuditEntry.Change(field: "authentication_method.credentials", old: "[redacted]", new: "[regenerated]")]
        return try await audited("POST regenerate_credentials", id: id, name: name(of: id), changes: changes) {
            try await base.regenerateCredentials(id: id)
        }
    }

    /// Runs one mutating request and records it, whatever its outcome, with the status the server
    /// answered (nil when none arrived) and how the outcome was settled when the answer was lost.
    private func audited<Value: Sendable>(_ method: String, id: String, name: String?, changes: [AuditEntry.Change],
                                          _ request: () async throws -> ChangeReceipt<Value>) async throws -> ChangeReceipt<Value> {
        let started = ContinuousClock.now
        do {
            let receipt = try await request()
            let trunk = receipt.value as? Trunk
            record(method, id: trunk?.id ?? id, name: name ?? trunk?.name, changes: changes, started: started,
                   status: receipt.status, outcome: "ok", settlement: receipt.settlement, error: nil)
            return receipt
        } catch {
            let facing = error as? UserFacingError
            record(method, id: id, name: name, changes: changes, started: started, status: facing?.httpStatus,
                   outcome: facing?.outcomeUnknown == true ? "unknown" : "failed",
                   settlement: (error as? SettledChangeError)?.settlement, error: describe(error).message)
            throw error
        }
    }

    private func record(_ method: String, id: String, name: String?, changes: [AuditEntry.Change],
                        started: ContinuousClock.Instant, status: Int?, outcome: String, settlement: String?, error: String?) {
        let context = self.context.withLock { $0 }
        let entry = AuditEntry(
            time: Date.ISO8601FormatStyle().format(Date()), user: identity.user, sshClient: identity.sshClient,
            profile: identity.profile, method: method, trunkID: id, trunkName: name,
            changes: changes, status: status, outcome: outcome, settlement: settlement,
            latencyMs: Int(started.duration(to: .now) / .milliseconds(1)), error: error,
            command: context.command, ticket: context.ticket, reason: context.reason, batch: context.batch)
        do { try log.append(entry) } catch { onAuditFailure("The audit trail could not be written: \(error)") }
    }

    /// The fields a PATCH or POST document carries, old → new, secrets redacted.
    static func changes(body: Data, before: Trunk?) -> [AuditEntry.Change] {
        changes(SentFields(body: body), before: before)
    }

    /// The fields `sent` carries, old → new, secrets redacted; typed values only for the fields
    /// that are not secrets.
    static func changes(_ sent: SentFields, before: Trunk?) -> [AuditEntry.Change] {
        return sent.keys.compactMap { key in
            let field = FieldTable.field(key)
            let oldValue = before?.value(key), newValue = sent.trunk?.value(key)
            // The whole authentication method is sent when any part changed: list only what differs.
            if key.isAuthentication, let oldValue, let newValue, oldValue.same(as: newValue) { return nil }
            if field.isSecret {
                return AuditEntry.Change(field: key.rawValue, old: "[redacted]", new: "[redacted, changed]")
            }
            return AuditEntry.Change(field: key.rawValue, old: oldValue?.display(for: field) ?? "?",
                                     new: newValue?.display(for: field) ?? "?", oldValue: oldValue, newValue: newValue)
        }
    }
}
