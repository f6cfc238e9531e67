import Foundation
import Synchronization
import TrunkModel

/// Wraps a `TrunkService` and writes one audit line per mutating request: the fields the PATCH
/// carries, old (as last read through this service) → new, secrets redacted; the HTTP status the
/// server really answered (also when a 2xx answer could not be read); latency.
///
/// Thread-safe. An audit line that cannot be written does not stop the change (it is reported
/// through `onAuditFailure`).
public final class AuditingTrunkService: TrunkService, Sendable {
    private let base: any StatusReportingTrunkService
    private let log: AuditLog
    private let identity: AuditIdentity
    /// Trunks read one by one (the detail, the re-read before every PATCH): the "old" side of a
    /// change.
    private let lastRead = Mutex<[String: Trunk]>([:])
    /// Names of the trunks the list read, by id, for the lines of a delete or a credential
    /// regeneration. Names only: a copy of every listed trunk was 6 MB at 10,000 trunks.
    private let listedNames = Mutex<[String: String]>([:])
    private let onAuditFailure: @Sendable (String) -> Void

    /// Audits the changes made through `base` into `log`.
    public init(_ base: any StatusReportingTrunkService, log: AuditLog, identity: AuditIdentity,
                onAuditFailure: @escaping @Sendable (String) -> Void = { _ in }) {
        self.base = base
        self.log = log
        self.identity = identity
        self.onAuditFailure = onAuditFailure
    }

    public func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        let page = try await base.listPage(number: number, size: size, query: query)
        listedNames.withLock { names in
            for trunk in page.trunks { names[trunk.id] = trunk.name }
        }
        return page
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

    public func update(id: String, body: Data) async throws -> Trunk {
        let before = lastRead.withLock { $0[id] }
        let changes = Self.changes(body: body, before: before)
        let saved = try await audited("PATCH", id: id, name: before?.name, changes: changes) {
            let answer = try await base.answeredUpdate(id: id, body: body)
            return (answer.trunk, answer.status)
        }
        lastRead.withLock { $0[id] = saved }
        return saved
    }

    public func create(body: Data) async throws -> Trunk {
        let name = (try? TrunkDocuments.decodeSingle(body))?.name
        let changes = Self.changes(body: body, before: nil).map { AuditEntry.Change(field: $0.field, old: "—", new: $0.new) }
        return try await audited("POST", id: "new", name: name, changes: changes) {
            let answer = try await base.answeredCreate(body: body)
            return (answer.trunk, answer.status)
        }
    }

    /// The trunk's name as last read, one by one or in the list.
    private func name(of id: String) -> String? {
        lastRead.withLock { $0[id]?.name } ?? listedNames.withLock { $0[id] }
    }

    public func delete(id: String) async throws {
        try await audited("DELETE", id: id, name: name(of: id), changes: []) { ((), try await base.answeredDelete(id: id)) }
    }

    public func regenerateCredentials(id: String) async throws {
        let changes = [AuditEntry.Change(field: "authentication_method.credentials", old: "[redacted]", new: "[regenerated]")]
        try await audited("POST regenerate_credentials", id: id, name: name(of: id), changes: changes) {
            ((), try await base.answeredRegenerateCredentials(id: id))
        }
    }

    /// Runs one mutating request and records it, whatever its outcome, with the status the server
    /// answered: from the answer on success, from the error otherwise (nil when none arrived).
    private func audited<Value: Sendable>(_ method: String, id: String, name: String?, changes: [AuditEntry.Change],
                                          _ request: () async throws -> (Value, Int)) async throws -> Value {
        let started = ContinuousClock.now
        do {
            let (value, status) = try await request()
            let createdID = (value as? Trunk)?.id
            record(method, id: createdID ?? id, name: name ?? (value as? Trunk)?.name, changes: changes, started: started,
                   status: status, outcome: "ok", error: nil)
            return value
        } catch {
            let facing = error as? UserFacingError
            record(method, id: id, name: name, changes: changes, started: started, status: facing?.httpStatus,
                   outcome: facing?.outcomeUnknown == true ? "unknown" : "failed", error: describe(error).message)
            throw error
        }
    }

    private func record(_ method: String, id: String, name: String?, changes: [AuditEntry.Change],
                        started: ContinuousClock.Instant, status: Int?, outcome: String, error: String?) {
        let entry = AuditEntry(
            time: ISO8601DateFormatter().string(from: Date()), user: identity.user, sshClient: identity.sshClient,
            profile: identity.profile, method: method, trunkID: id, trunkName: name,
            changes: changes, status: status, outcome: outcome,
            latencyMs: Int(started.duration(to: .now) / .milliseconds(1)), error: error)
        do { try log.append(entry) } catch { onAuditFailure("The audit trail could not be written: \(error)") }
    }

    /// The fields a PATCH document carries, old → new, secrets redacted.
    static func changes(body: Data, before: Trunk?) -> [AuditEntry.Change] {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
              let data = object["data"] as? [String: Any] else { return [] }
        let attributes = data["attributes"] as? [String: Any] ?? [:]
        let auth = (attributes["authentication_method"] as? [String: Any])
        let authAttributes = auth?["attributes"] as? [String: Any] ?? [:]
        let relationships = data["relationships"] as? [String: Any] ?? [:]
        let patched = try? TrunkDocuments.decodeSingle(body)
        return FieldTable.fields.compactMap { field in
            let key = field.key
            let carried: Bool
            switch key {
            case .authType: carried = auth != nil && auth?["type"] != nil
            case .dids, .emergencyDids: carried = relationships[key.rawValue] != nil
            default: carried = key.isAuthentication ? authAttributes[key.attributeName] != nil : attributes[key.rawValue] != nil
            }
            guard carried else { return nil }
            let oldValue = before?.value(key), newValue = patched?.value(key)
            // The whole authentication method is sent when any part changed: list only what differs.
            if key.isAuthentication, let oldValue, let newValue, oldValue.same(as: newValue) { return nil }
            if field.isSecret {
                return AuditEntry.Change(field: key.rawValue, old: "[redacted]", new: "[redacted, changed]")
            }
            return AuditEntry.Change(field: key.rawValue, old: oldValue?.display(for: field) ?? "?",
                                     new: newValue?.display(for: field) ?? "?")
        }
    }
}
