import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// An audit line keeps each non-secret field's values as typed, so that its change can be undone;
/// a line written before it kept them still reads, and is undone from its shown values.
@Suite("Typed values in audit lines")
struct AuditTypedValuesTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-typed-\(UUID().uuidString)")

    @Test func aLineWithTypedValuesReadsBackEqualAndWithoutSecrets() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        var before = Trunk(id: "t1")
        before.name = "Main"
        before.dstPrefixes = ["44", "49"]
        before.capacityLimit = nil
        before.dids = [DidRef(id: "d1", number: "4930123")]
        before.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC11111111111111111111111111111111")
        let body = #"{"data":{"type":"voice_out_trunks","id":"t1","attributes":{"dst_prefixes":["44","49","1"],"capacity_limit":5,"authentication_method":{"type":"twilio","attributes":{"twilio_account_sid":"AC99999999999999999999999999999999"}}},"relationships":{"dids":{"data":[]}}}}"#
        let changes = AuditingTrunkService.changes(body: Data(body.utf8), before: before)
        let byField = Dictionary(uniqueKeysWithValues: changes.map { ($0.field, $0) })
        #expect(byField["dst_prefixes"]?.oldValue == .list(["44", "49"]) && byField["dst_prefixes"]?.newValue == .list(["44", "49", "1"]))
        #expect(byField["capacity_limit"]?.oldValue == .null && byField["capacity_limit"]?.newValue == .integer(5))
        #expect(byField["dids"]?.oldValue == .dids([DidRef(id: "d1", number: "4930123")]) && byField["dids"]?.newValue == .dids([]))
        let secret = try #require(byField["authentication_method.twilio_account_sid"])
        #expect(secret.oldValue == nil && secret.newValue == nil && secret.old == "[redacted]", "no typed value for a secret")

        let log = AuditLog(file: directory.appendingPathComponent("audit.jsonl"))
        let entry = AuditEntry(time: "2026-11-27T00:00:00Z", user: "alice", sshClient: nil, profile: "demo", method: "PATCH",
                               trunkID: "t1", trunkName: "Main", changes: changes, status: 200, outcome: "ok", latencyMs: 9, error: nil)
        try log.append(entry)
        #expect(log.entries() == [entry], "the typed values read back as written")
        let text = try String(contentsOf: log.file, encoding: .utf8)
        #expect(!text.contains("AC9999") && !text.contains("AC1111"))
        #expect(text.contains(#""newValue":{"kind":"list","value":["44","49","1"]}"#), "\(text)")
    }

    @Test func aLineWithoutTypedValuesStillReadsAndIsUndoneFromItsShownValues() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("audit.jsonl")
        let older = #"{"changes":[{"field":"dst_prefixes","new":"44, 49, 1","old":"44, 49"},{"field":"status","new":"Blocked","old":"Active"}],"latencyMs":5,"method":"PATCH","outcome":"ok","profile":"demo","status":200,"time":"2026-11-01T10:00:00Z","trunkID":"t1","trunkName":"Main","user":"alice"}"#
        try Data((older + "\n").utf8).write(to: file)
        let entry = try #require(AuditLog(file: file).entries().first)
        #expect(entry.changes.allSatisfy { $0.oldValue == nil && $0.newValue == nil } && entry.batch == nil)
        let plan = try UndoPlan.undoing(entry, validator: TrunkValidator(), deleteKey: "D").get()
        #expect(plan.fields == [UndoPlan.Field(key: .status, left: .text("blocked"), before: .text("active")),
                                UndoPlan.Field(key: .dstPrefixes, left: .list(["44", "49", "1"]), before: .list(["44", "49"]))]
                || plan.fields == [UndoPlan.Field(key: .dstPrefixes, left: .list(["44", "49", "1"]), before: .list(["44", "49"])),
                                   UndoPlan.Field(key: .status, left: .text("blocked"), before: .text("active"))],
                "\(plan.fields)")
    }
}
