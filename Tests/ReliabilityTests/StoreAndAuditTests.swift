import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The draft store and the audit trail on disk.
@Suite("Draft store and audit trail")
struct StoreAndAuditTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-audit-\(UUID().uuidString)")

    func trunk() -> Trunk {
        var trunk = Trunk(id: "11111111-2222-3333-4444-555555555555")
        trunk.name = "Main"
        trunk.status = .active
        trunk.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC0123456789abcdef0123456789abcdef")
        return trunk
    }

    @Test func draftsAreWrittenAtomicallyOwnerOnlyAndReadBack() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DraftStore(directory: directory.appendingPathComponent("drafts"))
        var form = FormState(trunk: trunk(), returnPane: .list)
        form.draft.name = "Main 2"
        form.draft.set(.twilioAccountSid, .text("AC99999999999999999999999999999999"))
        let draft = try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 1_000)))
        try store.save(draft)
        form.draft.name = "Main 3"
        try store.save(try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 2_000))))
        let file = store.file(for: draft.trunkID)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: store.directory.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names == [file.lastPathComponent], "no temporary file is left behind: \(names)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("AC9999") && !text.contains("AC0123"), "the Twilio SID is never kept")
        #expect(store.load().map { $0.changes.map(\.mine) } == [[.text("Main 3")]])
        store.remove(trunkID: draft.trunkID)
        #expect(store.load().isEmpty)
    }

    @Test func aCreateIsAuditedWithTheValuesSentSecretsRedacted() {
        let body = #"{"data":{"type":"voice_out_trunks","attributes":{"name":"Night shift","capacity_limit":30,"#
            + #""dst_prefixes":["44","49"],"on_cli_mismatch_action":"reject_call","authentication_method":{"type":"twilio","#
            + #""attributes":{"twilio_account_sid":"AC99999999999999999999999999999999"}}}}}"#
        let changes = AuditingTrunkService.changes(body: Data(body.utf8), before: nil)
        let byField = Dictionary(uniqueKeysWithValues: changes.map { ($0.field, $0.new) })
        #expect(byField["name"] == "Night shift" && byField["capacity_limit"] == "30" && byField["dst_prefixes"]?.contains("44") == true)
        #expect(byField["authentication_method.type"] != nil && byField["on_cli_mismatch_action"] != nil)
        #expect(byField["authentication_method.twilio_account_sid"] == "[redacted, changed]")
        #expect(!changes.contains { $0.new == "?" || $0.new.contains("AC9999") }, "every value sent is recorded, no secret: \(changes)")
    }

    @Test func auditLinesRedactSecretsAndNameWhoFromWhere() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let body = #"{"data":{"type":"voice_out_trunks","id":"11111111-2222-3333-4444-555555555555","attributes":{"name":"Main 2","authentication_method":{"type":"twilio","attributes":{"twilio_account_sid":"AC99999999999999999999999999999999"}}}}}"#
        let changes = AuditingTrunkService.changes(body: Data(body.utf8), before: trunk())
        let name = AuditEntry.Change(field: "name", old: "Main", new: "Main 2", oldValue: .text("Main"), newValue: .text("Main 2"))
        #expect(changes.contains(name))
        #expect(changes == [name,
                            AuditEntry.Change(field: "authentication_method.twilio_account_sid", old: "[redacted]", new: "[redacted, changed]")])
        let identity = AuditIdentity(environment: ["SUDO_USER": "alice", "USER": "root", "SSH_CLIENT": "198.51.100.4 50000 22"], profile: "production")
        #expect(identity.user == "alice" && identity.sshClient == "198.51.100.4")
        let log = AuditLog(file: directory.appendingPathComponent("audit.jsonl"))
        let entry = AuditEntry(time: "2026-11-27T00:00:00Z", user: identity.user, sshClient: identity.sshClient, profile: identity.profile,
                               method: "PATCH", trunkID: "t1", trunkName: "Main", changes: changes, status: 200, outcome: "ok",
                               latencyMs: 42, error: nil)
        try log.append(entry)
        try log.append(entry)
        let text = try String(contentsOf: log.file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2, "one JSON line per request")
        #expect(!text.contains("AC9999"))
        #expect(try FileManager.default.attributesOfItem(atPath: log.file.path)[.posixPermissions] as? Int == 0o600)
        #expect(log.entries() == [entry, entry])
        #expect(entry.summary.contains("alice from 198.51.100.4 [production] PATCH Main"))
        #expect(entry.summary.contains("name Main → Main 2") && entry.summary.contains("→ 200 ok in 42 ms"))
    }

    /// A command's line carries the command, the ticket and the reason; a line written before
    /// they existed still reads, and a line without them is written as before.
    @Test func auditLinesCarryACommandsTicketAndReasonAndOlderLinesStillRead() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("audit.jsonl")
        let older = #"{"changes":[{"field":"status","new":"Blocked","old":"Active"}],"latencyMs":5,"method":"PATCH","outcome":"ok","profile":"demo","status":200,"time":"2026-11-01T10:00:00Z","trunkID":"t1","trunkName":"Main","user":"alice"}"#
        try Data((older + "\n").utf8).write(to: file)
        let log = AuditLog(file: file)
        var entry = AuditEntry(time: "2026-11-27T00:00:00Z", user: "bob", sshClient: nil, profile: "production", method: "PATCH",
                               trunkID: "t1", trunkName: "Main", changes: [AuditEntry.Change(field: "status", old: "Blocked", new: "Active")],
                               status: 200, outcome: "ok", latencyMs: 7, error: nil)
        try log.append(entry)
        entry.command = "trunks unblock"
        entry.ticket = "OPS-12"
        entry.reason = "invoice paid"
        try log.append(entry)
        let entries = log.entries()
        #expect(entries.count == 3)
        #expect(entries[0].summary == "2026-11-01T10:00:00Z alice [demo] PATCH Main (t1): status Active → Blocked → 200 ok in 5 ms")
        #expect(!String(decoding: try Data(contentsOf: file), as: UTF8.self).split(separator: "\n")[1].contains("ticket"),
                "a line without them is written as before")
        #expect(entries[2] == entry)
        #expect(entries[2].summary == "2026-11-27T00:00:00Z bob [production] PATCH by trunks unblock Main (t1): status Blocked → Active"
                + " → 200 ok in 7 ms · ticket OPS-12 · reason: invoice paid")
    }
}
