import Foundation
import TrunkModel
@testable import TrunkUI

/// Audit lines for the tests of the audit trail and of undo.
enum AuditFixtures {
    /// A PATCH line of trunk `index` of `UIFixtures` that changed `changes`.
    static func line(_ index: Int = 1, name: String = "Berlin Office", method: String = "PATCH",
                     changes: [AuditEntry.Change], outcome: String = "ok", ticket: String? = nil,
                     time: String = "2026-11-27T05:00:00Z") -> AuditEntry {
        var entry = AuditEntry(time: time, user: "tester", sshClient: nil, profile: "demo", method: method,
                               trunkID: UIFixtures.trunk(index, name: name).id, trunkName: name, changes: changes,
                               status: outcome == "ok" ? 200 : 422, outcome: outcome, latencyMs: 12, error: nil)
        entry.ticket = ticket
        return entry
    }

    /// A change of the destination prefixes, typed as the auditing service writes it.
    static func prefixes(from old: [String], to new: [String]) -> AuditEntry.Change {
        let field = FieldTable.field(.dstPrefixes)
        return AuditEntry.Change(field: "dst_prefixes", old: FieldValue.list(old).display(for: field),
                                 new: FieldValue.list(new).display(for: field), oldValue: .list(old), newValue: .list(new))
    }

    /// `count` lines, each renaming trunk 1, the newest last.
    static func lines(_ count: Int) -> [AuditEntry] {
        (1...max(1, count)).map { number in
            line(changes: [AuditEntry.Change(field: "name", old: "old \(number)", new: "new \(number)",
                                             oldValue: .text("old \(number)"), newValue: .text("new \(number)"))],
                 time: "2026-11-27T05:\(String(format: "%02d", number % 60)):00Z")
        }
    }
}

extension AppState {
    /// Opens the audit trail on `entries`, as `:audit` does once the trail is read.
    mutating func showAudit(_ entries: [AuditEntry], ticket: String? = nil) {
        auditTrail = AuditTrailState(entries: entries, ticket: ticket)
    }
}
