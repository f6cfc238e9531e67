import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel
import TrunkUI

/// The audit trail records what the server really answered each create, delete and credential
/// regeneration with (status and outcome), through the real curl client and the fake API with
/// injected failures: never the status the reference documents for success.
@Suite("Audit trail: the server's real answer to create, delete and regenerate")
struct AuditStatusTests {
    static let apiKey = "audit-status-test-key"
    /// The client's timeout: long enough for any answer of the fake on a loaded machine, so that
    /// only the injected delay (`slowerThanTheTimeout`) runs into it.
    static let clientTimeout: TimeInterval = 5
    /// An injected delay sure to outlast `clientTimeout`, in milliseconds.
    static let slowerThanTheTimeout = 7_000
    static let createBody = #"{"data":{"type":"voice_out_trunks","attributes":{"name":"Audited trunk","#
        + #""on_cli_mismatch_action":"reject_call","authentication_method":{"type":"credentials_and_ip","#
        + #""attributes":{"allowed_sip_ips":["203.0.113.7/32"],"tech_prefix":""}}}}}"#

    /// A fake account, a real client (quick retries), the audited service and its trail.
    struct Account {
        let server: FakeDidwwServer
        let service: AuditingTrunkService
        let audit: AuditLog
        let directory: URL

        func fault(_ spec: String) throws {
            server.setFaults([try FaultRule(spec: spec)])
        }

        /// The single audit line written since the trail was empty.
        func onlyLine() throws -> AuditEntry {
            let entries = audit.entries()
            #expect(entries.count == 1, "one line per request the user made: \(entries.map(\.summary))")
            return try #require(entries.last)
        }

        /// A trunk whose authentication has SIP credentials to regenerate.
        func trunkWithCredentials() async throws -> Trunk {
            let page = try await service.listPage(number: 1, size: 50)
            return try #require(page.trunks.first { $0.authenticationMethod?.type == .credentialsAndIp })
        }
    }

    private func withAccount(pinnedVersion: String = "2026-04-16", _ body: (Account) async throws -> Void) async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 6, seed: 7, apiKey: Self.apiKey, apiVersion: pinnedVersion))
        let base = try await server.start()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-status-\(UUID().uuidString)")
        let policy = RetryPolicy(maximumRetries: 2, initialDelay: 0.01, maximumDelay: 1.5, maximumElapsed: 20, jitter: 0.2)
        let client = DidwwClient(baseURL: base, apiKey: Self.apiKey, transport: CurlTransport(), timeout: Self.clientTimeout,
                                 retryPolicy: policy)
        let audit = AuditLog(file: directory.appendingPathComponent("audit.jsonl"))
        let service = AuditingTrunkService(SettlingTrunkService(ClientTrunkService(client: client)), log: audit,
                                           identity: AuditIdentity(environment: ["USER": "tester"], profile: "test"))
        do {
            try await body(Account(server: server, service: service, audit: audit, directory: directory))
        } catch {
            await server.stop()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        await server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    @Test func aCreateRefusedWith503IsRecordedAs503FailedAndNothingWasCreated() async throws {
        try await withAccount { account in
            let before = account.server.trunkIDs().count
            try account.fault("POST create=503")
            let error = await #expect(throws: SettledChangeError.self) { try await account.service.create(body: Data(Self.createBody.utf8)) }
            #expect(error?.verdict == .notMade, "looked for by name: nothing of that name was created")
            #expect(error?.userMessage.hasSuffix("No trunk named \"Audited trunk\" was created in the last 5 minutes: it was not created.") == true)
            let line = try account.onlyLine()
            #expect(line.method == "POST" && line.status == 503 && line.outcome == "failed", "\(line.summary)")
            #expect(line.error?.contains("503") == true)
            #expect(line.summary.contains("→ 503 failed"))
            #expect(account.server.trunkIDs().count == before, "the fake created nothing")
        }
    }

    @Test func aCreateWhoseAnswerCannotBeReadIsFoundByNameAndRecordedAsMade() async throws {
        try await withAccount { account in
            let before = Set(account.server.trunkIDs())
            try account.fault("POST create=malformed-json")
            // The fake made the trunk and answered 201 with a broken body: it is looked for by name.
            let receipt = try await account.service.create(body: Data(Self.createBody.utf8))
            let made = Set(account.server.trunkIDs()).subtracting(before)
            #expect(made == [receipt.value.id], "the trunk found is the one the fake made")
            #expect(receipt.settlement?.contains("a trunk named \"Audited trunk\" created just now is on the server") == true)
            let line = try account.onlyLine()
            #expect(line.status == 201 && line.outcome == "ok" && line.trunkID == receipt.value.id, "\(line.summary)")
            #expect(line.summary.contains("→ 201 ok (the server answered 201, but a trunk named"))
            #expect(account.server.requests().filter { $0.method == "POST" }.count == 1)
        }
    }

    @Test func aCreateThatSucceedsRecordsTheCreatedIdAndTheAnswered201() async throws {
        try await withAccount { account in
            let created = try await account.service.create(body: Data(Self.createBody.utf8)).value
            let line = try account.onlyLine()
            #expect(line.status == 201 && line.outcome == "ok" && line.trunkID == created.id && line.trunkName == "Audited trunk")
        }
    }

    @Test func aDeleteRetriedAfter429RecordsTheFinal204() async throws {
        try await withAccount { account in
            let id = try #require(account.server.trunkIDs().first)
            try account.fault("DELETE delete=429+retry-after:0*1")
            _ = try await account.service.delete(id: id)
            let line = try account.onlyLine()
            #expect(line.method == "DELETE" && line.trunkID == id && line.status == 204 && line.outcome == "ok", "\(line.summary)")
            #expect(account.server.requests().filter { $0.method == "DELETE" }.map(\.fault) == ["429+retry-after:0", nil])
            #expect(!account.server.trunkIDs().contains(id))
        }
    }

    @Test func aDeleteRefusedWithAnHTMLProxyPageIsRecordedAs502AndTheTrunkStays() async throws {
        try await withAccount { account in
            let id = try #require(account.server.trunkIDs().first)
            _ = try await account.service.trunk(id: id)
            try account.fault("DELETE delete=html:502")
            let error = await #expect(throws: SettledChangeError.self) { try await account.service.delete(id: id) }
            #expect(error?.verdict == .notMade && error?.userMessage.contains("The trunk is still there") == true)
            let line = try account.onlyLine()
            #expect(line.status == 502 && line.outcome == "failed" && line.trunkName != nil, "\(line.summary)")
            #expect(line.settlement == "the server answered 502; reading the trunk again finds it still there")
            #expect(account.server.trunkIDs().contains(id))
        }
    }

    @Test func aDeleteWhoseAnswerIsLateIsSettledByReadingTheTrunkGone() async throws {
        try await withAccount { account in
            let id = try #require(account.server.trunkIDs().first)
            try account.fault("DELETE delete=delay:\(Self.slowerThanTheTimeout)")
            let receipt = try await account.service.delete(id: id)
            #expect(receipt.status == nil && receipt.settlement?.hasSuffix("reading the trunk again finds it gone") == true)
            let line = try account.onlyLine()
            #expect(line.status == nil && line.outcome == "ok", "\(line.summary)")
            #expect(line.summary.contains("→ no answer ok (no answer arrived; reading the trunk again finds it gone)"))
            #expect(account.server.requests().filter { $0.method == "DELETE" }.count == 1, "a DELETE that may have acted is not resent")
        }
    }

    @Test func anAnswerInAnotherAPIVersionIsRecordedWithItsStatus() async throws {
        // The account is pinned to 2026-11-19; the client asks for 2026-04-16 with its Api-Key, and
        // the answer (in 2026-11-19) refuses the key with 401: recorded as failed, with that status.
        try await withAccount(pinnedVersion: "2026-11-19") { account in
            let id = try #require(account.server.trunkIDs().first)
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"Renamed across versions"}}}"#
            let error = await #expect(throws: DidwwError.self) { try await account.service.update(id: id, body: Data(body.utf8)) }
            guard case .apiVersionMismatch(_, "2026-11-19", _)? = error else {
                Issue.record("expected a version mismatch, got \(String(describing: error))"); return
            }
            let line = try account.onlyLine()
            #expect(line.method == "PATCH" && line.status == 401 && line.outcome == "failed", "\(line.summary)")
            #expect(account.server.requests().filter { $0.method == "PATCH" }.count == 1)
            #expect(line.error?.contains("API version 2026-11-19") == true)
        }
    }

    @Test func aRegenerationRefusedWith500IsRecordedAs500AndTheCredentialsStay() async throws {
        try await withAccount { account in
            let trunk = try await account.trunkWithCredentials()
            _ = try await account.service.trunk(id: trunk.id)
            try account.fault("POST regenerate=500")
            let error = await #expect(throws: SettledChangeError.self) { try await account.service.regenerateCredentials(id: trunk.id) }
            #expect(error?.userMessage.contains("The credentials are unchanged: the old ones still work") == true)
            let line = try account.onlyLine()
            #expect(line.method == "POST regenerate_credentials" && line.status == 500 && line.outcome == "failed", "\(line.summary)")
            let after = try await account.service.trunk(id: trunk.id)
            #expect(after.authenticationMethod?.password == trunk.authenticationMethod?.password)
        }
    }

    @Test func aRegenerationThatSucceedsRecordsTheAnswered201() async throws {
        try await withAccount { account in
            let trunk = try await account.trunkWithCredentials()
            _ = try await account.service.regenerateCredentials(id: trunk.id)
            let line = try account.onlyLine()
            #expect(line.status == 201 && line.outcome == "ok" && line.trunkID == trunk.id, "\(line.summary)")
            let text = try String(contentsOf: account.audit.file, encoding: .utf8)
            if let password = trunk.authenticationMethod?.password { #expect(!text.contains(password)) }
        }
    }
}
