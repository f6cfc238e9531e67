import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel
import TrunkUI

/// Every change reaches the server exactly once, whatever the server does to the connection,
/// and its outcome is settled by reading: through the real curl transport (one handle, so the
/// connection the reads used is kept alive and would be reused) and the fake API.
@Suite("Exactly once: a change is never sent twice, and its outcome is read, not guessed")
struct ExactlyOnceTests {
    static let apiKey = "exactly-once-test-key"

    /// The change a row makes.
    enum Change: String, Sendable, CaseIterable {
        case update = "PATCH update"
        case create = "POST create"
        case delete = "DELETE delete"
        case regenerate = "POST regenerate"

        var method: String { String(rawValue.prefix { $0 != " " }) }
        /// True for the requests of this change in the fake's log.
        func isOwn(_ request: LoggedRequest) -> Bool {
            guard request.method == method else { return false }
            switch self {
            case .update, .delete: return request.path.contains("/voice_out_trunks/")
            case .create: return request.path.hasSuffix("/voice_out_trunks")
            case .regenerate: return request.path.hasSuffix("/voice_out_trunk_regenerate_credentials")
            }
        }
    }

    /// One fault on one change, and the outcome the user must be told.
    struct Row: CustomTestStringConvertible, Sendable {
        var change: Change
        var fault: String
        /// True when the server ends up with the change.
        var made: Bool
        /// A phrase of the settlement (on success) or of the message (on failure).
        var told: String
        /// The outcome the audit line records.
        var audit: String
        var testDescription: String { "\(change.rawValue)=\(fault)" }
    }

    static let rows: [Row] = Change.allCases.flatMap { change -> [Row] in
        let madePhrase: String
        let notMadePhrase: String
        switch change {
        case .update:
            madePhrase = "reading the trunk again shows it was applied"
            notMadePhrase = "Reading the trunk again shows the change was not applied."
        case .create:
            madePhrase = "a trunk named \"Exactly once\" created just now is on the server"
            notMadePhrase = "No trunk named \"Exactly once\" was created in the last 5 minutes: it was not created."
        case .delete:
            madePhrase = "reading the trunk again finds it gone"
            notMadePhrase = "The trunk is still there: it was not deleted."
        case .regenerate:
            madePhrase = "reading the trunk again shows new credentials"
            notMadePhrase = "The credentials are unchanged: the old ones still work."
        }
        return [
            Row(change: change, fault: "reset-after-apply", made: true, told: madePhrase, audit: "ok"),
            Row(change: change, fault: "reset-before-body", made: false, told: notMadePhrase, audit: "failed"),
            Row(change: change, fault: "applied+500", made: true, told: madePhrase, audit: "ok"),
            Row(change: change, fault: "500", made: false, told: notMadePhrase, audit: "failed"),
        ]
    }

    static let createBody = #"{"data":{"type":"voice_out_trunks","attributes":{"name":"Exactly once","#
        + #""on_cli_mismatch_action":"reject_call","authentication_method":{"type":"credentials_and_ip","#
        + #""attributes":{"allowed_sip_ips":["203.0.113.9/32"],"tech_prefix":""}}}}}"#

    @Test("each change reaches the fake once and the settled outcome is told", arguments: rows)
    func changeOnce(row: Row) async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 6, seed: 11, apiKey: Self.apiKey))
        let base = try await server.start()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exactly-once-\(UUID().uuidString)")
        do {
            try await check(row, server: server, base: base, audit: AuditLog(file: directory.appendingPathComponent("audit.jsonl")))
        } catch {
            Issue.record(error)
        }
        await server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func check(_ row: Row, server: FakeDidwwServer, base: URL, audit: AuditLog) async throws {
        // One handle: the reads before the change leave its connection alive for reuse.
        let client = DidwwClient(baseURL: base, apiKey: Self.apiKey, transport: CurlTransport(maximumConcurrentTransfers: 1),
                                 timeout: 60, retryPolicy: RetryPolicy(maximumRetries: 2, initialDelay: 0.01, maximumDelay: 1))
        let service = AuditingTrunkService(SettlingTrunkService(ClientTrunkService(client: client)), log: audit,
                                           identity: AuditIdentity(environment: ["USER": "tester"], profile: "test"))
        let page = try await service.listPage(number: 1, size: 50)
        let target = try #require(page.trunks.first { $0.authenticationMethod?.type == .credentialsAndIp })
        let before = try await service.trunk(id: target.id)
        let trunksBefore = Set(server.trunkIDs())
        server.clearRequestLog()
        server.setFaults([try FaultRule(spec: "\(row.change.rawValue)=\(row.fault)*1")])

        let outcome: Result<String?, Error>
        do {
            switch row.change {
            case .update:
                let body = #"{"data":{"type":"voice_out_trunks","id":"\#(target.id)","attributes":{"name":"Renamed once"}}}"#
                outcome = .success(try await service.update(id: target.id, body: Data(body.utf8)).settlement)
            case .create:
                outcome = .success(try await service.create(body: Data(Self.createBody.utf8)).settlement)
            case .delete:
                outcome = .success(try await service.delete(id: target.id).settlement)
            case .regenerate:
                outcome = .success(try await service.regenerateCredentials(id: target.id).settlement)
            }
        } catch {
            outcome = .failure(error)
        }

        let sent = server.requests().filter(row.change.isOwn)
        #expect(sent.count == 1, "the change reached the fake \(sent.count) times: \(sent.map { $0.fault ?? "answered" })")
        let after = Set(server.trunkIDs())
        switch row.change {
        case .update:
            #expect(server.trunkIDs().contains(target.id))
            let now = try await service.trunk(id: target.id)
            #expect((now.name == "Renamed once") == row.made)
        case .create:
            #expect(after.subtracting(trunksBefore).count == (row.made ? 1 : 0), "trunks made")
        case .delete:
            #expect(after.contains(target.id) != row.made)
        case .regenerate:
            let now = try await service.trunk(id: target.id)
            #expect((now.authenticationMethod?.password != before.authenticationMethod?.password) == row.made)
        }
        switch outcome {
        case .success(let settlement):
            #expect(row.made, "told it was made")
            #expect(settlement?.contains(row.told) == true, "settlement: \(settlement ?? "none")")
        case .failure(let error):
            #expect(!row.made, "told it was not made: \(error)")
            let settled = error as? SettledChangeError
            #expect(settled?.verdict == .notMade, "a settled failure: \(error)")
            #expect(settled?.userMessage.contains(row.told) == true, "message: \(settled?.userMessage ?? "\(error)")")
        }
        let lines = audit.entries()
        #expect(lines.count == 1 && lines.first?.outcome == row.audit, "audit: \(lines.map(\.summary))")
        #expect(lines.first?.settlement != nil, "the audit line says how the outcome was learned")
    }
}
