import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// List, get and PATCH × every injected fault, through the real runner, the real curl client and
/// the fake API: what the user is told, that the program keeps running, that the data or the
/// draft survives, and which requests reached the fake (never a PATCH sent again after one that
/// may have acted).
@Suite("Faults × list, get and PATCH")
struct FaultTableTests {
    /// One fault and what each operation should make of it.
    struct Row: CustomTestStringConvertible, Sendable {
        var fault: String
        /// Read (list or get): a phrase of the status message (nil: success, no error), and how many requests.
        var read: String?
        var readRequests: Int
        /// PATCH: a phrase of the status message, whether the change ends up applied, and PATCHes sent.
        var patch: String
        var applied: Bool
        var patches: Int
        /// The outcome the audit line records.
        var audit: String
        /// The HTTP status the audit line records: the one the fake really answered the last
        /// PATCH with (nil: no answer arrived).
        var auditStatus: Int?

        var testDescription: String { fault }
    }

    static let rows: [Row] = [
        Row(fault: "500", read: "Gave up after 3 tries", readRequests: 3, patch: "The DIDWW server failed (500)", applied: false, patches: 1, audit: "failed", auditStatus: 500),
        Row(fault: "502", read: "The DIDWW server failed (502)", readRequests: 3, patch: "The DIDWW server failed (502)", applied: false, patches: 1, audit: "failed", auditStatus: 502),
        Row(fault: "503", read: "The DIDWW server failed (503)", readRequests: 3, patch: "The DIDWW server failed (503)", applied: false, patches: 1, audit: "failed", auditStatus: 503),
        Row(fault: "429", read: "Too many requests (429)", readRequests: 3, patch: "Too many requests (429)", applied: false, patches: 3, audit: "failed", auditStatus: 429),
        Row(fault: "429+retry-after:1*1", read: nil, readRequests: 2, patch: "Saved", applied: true, patches: 2, audit: "ok", auditStatus: 200),
        Row(fault: "401", read: "The API key was refused (401)", readRequests: 1, patch: "The API key was refused (401)", applied: false, patches: 1, audit: "failed", auditStatus: 401),
        Row(fault: "403", read: "Access denied (403)", readRequests: 1, patch: "Access denied (403)", applied: false, patches: 1, audit: "failed", auditStatus: 403),
        Row(fault: "404", read: "Trunk not found (404)", readRequests: 1, patch: "Trunk not found (404)", applied: false, patches: 1, audit: "failed", auditStatus: 404),
        Row(fault: "delay:\(RunnerHarness.slowerThanTheTimeout)*1", read: nil, readRequests: 2, patch: "reading the trunk again shows it was applied", applied: true, patches: 1, audit: "ok", auditStatus: nil),
        Row(fault: "close-mid-body*1", read: nil, readRequests: 2, patch: "reading the trunk again shows it was applied", applied: true, patches: 1, audit: "ok", auditStatus: nil),
        Row(fault: "malformed-json*1", read: "The server's answer could not be read", readRequests: 1,
            patch: "reading the trunk again shows it was applied", applied: true, patches: 1, audit: "ok", auditStatus: 200),
        Row(fault: "applied+500*1", read: nil, readRequests: 2, patch: "the server answered 500, but reading the trunk again shows it was applied",
            applied: true, patches: 1, audit: "ok", auditStatus: 500),
        Row(fault: "reset-after-apply*1", read: nil, readRequests: 2, patch: "reading the trunk again shows it was applied",
            applied: true, patches: 1, audit: "ok", auditStatus: nil),
        Row(fault: "reset-before-body*1", read: nil, readRequests: 2, patch: "Reading the trunk again shows the change was not applied",
            applied: false, patches: 1, audit: "failed", auditStatus: nil),
        Row(fault: "html:502", read: "The DIDWW server failed (502)", readRequests: 3, patch: "The DIDWW server failed (502)", applied: false, patches: 1, audit: "failed", auditStatus: 502),
        Row(fault: "503*2", read: nil, readRequests: 3, patch: "The DIDWW server failed (503)", applied: false, patches: 1, audit: "failed", auditStatus: 503),
    ]

    private static func count(_ server: FakeDidwwServer, _ method: String, _ endpoint: (String) -> Bool) -> Int {
        server.requests().filter { $0.method == method && endpoint($0.path) }.count
    }

    @Test("List: message, last good data kept and marked stale, requests sent", arguments: rows)
    func list(row: Row) async throws {
        try await RunnerHarness.with { harness in
            #expect(harness.runner.currentState.trunks.count == RunnerHarness.trunkCount)
            harness.server.clearRequestLog()
            harness.server.setFaults([try FaultRule(spec: "GET list=\(row.fault)")])
            let state = try await harness.press([.char("r")])
            let lists = Self.count(harness.server, "GET") { $0.hasSuffix("/voice_out_trunks") }
            #expect(lists == row.readRequests, "list requests sent")
            #expect(state.trunks.count == RunnerHarness.trunkCount, "the trunks stay on screen")
            if let phrase = row.read {
                #expect(state.message?.text.contains(phrase) == true, "message: \(state.message?.text ?? "none")")
                let staleBadge = try #require(harness.screen.split(separator: "\n").first { $0.contains("STALE") },
                                              "the last good data is marked stale")
                #expect(staleBadge.range(of: #"STALE: last good data \d+[smh] ago"#, options: .regularExpression) != nil,
                        "the stale mark says how old the data is: \(staleBadge)")
            } else {
                #expect(state.listError == nil && state.message?.kind != .error, "recovered: \(state.message?.text ?? "")")
                #expect(!harness.screen.contains("STALE"))
            }
            #expect(!state.quitting)
        }
    }

    @Test("Get: message, detail kept, requests sent", arguments: rows)
    func get(row: Row) async throws {
        try await RunnerHarness.with { harness in
            let opened = try await harness.press([.enter])
            let name = try #require(opened.detail?.name)
            harness.server.clearRequestLog()
            harness.server.setFaults([try FaultRule(spec: "GET show=\(row.fault)")])
            let state = try await harness.press([.char("r")])
            let shows = Self.count(harness.server, "GET") { $0.contains("/voice_out_trunks/") }
            #expect(shows == row.readRequests, "get requests sent")
            #expect(state.detail?.name == name, "the detail stays on screen")
            if let phrase = row.read {
                #expect(state.message?.text.contains(phrase) == true, "message: \(state.message?.text ?? "none")")
                #expect(harness.screen.contains("STALE"))
            } else {
                #expect(state.detailError == nil, "recovered: \(state.message?.text ?? "")")
            }
        }
    }

    @Test("PATCH: message, draft kept until applied, never resent after it may have acted", arguments: rows)
    func patch(row: Row) async throws {
        try await RunnerHarness.with { harness in
            let id = try #require(harness.runner.currentState.selectedTrunk?.id)
            try await harness.press([.char("e"), .enter, .ctrl("u")])
            try await harness.type("Renamed by test")
            harness.server.clearRequestLog()
            harness.server.setFaults([try FaultRule(spec: "PATCH update=\(row.fault)")])
            let reviewing = try await harness.press([.enter, .ctrl("s")])
            #expect(reviewing.review != nil)
            let state = try await harness.press([.char("y")])
            let patches = harness.server.requests().filter { $0.method == "PATCH" }
            #expect(patches.count == row.patches, "PATCH requests: \(patches.map { $0.fault ?? "answered" })")
            let mayHaveActed = patches.filter { request in request.fault.flatMap(FaultKind.init(spec:)).map(\.actsOnRequest) ?? true }
            #expect(mayHaveActed.count <= 1, "a PATCH that may have acted is never sent again")
            #expect(harness.server.requests().first?.method == "GET", "the trunk is read again before the PATCH")
            #expect(state.message?.text.contains(row.patch) == true, "message: \(state.message?.text ?? "none")")
            let onServer = harness.server.requests().isEmpty ? nil : harness.runner.currentState.trunks.first { $0.id == id }
            if row.applied {
                #expect(state.form == nil && state.review == nil, "the form closes once the change is known to be applied")
                #expect(onServer?.name == "Renamed by test")
                #expect(!FileManager.default.fileExists(atPath: DraftStore(directory: harness.paths.draftsDirectory).file(for: id).path))
            } else {
                #expect(state.form?.draft.name == "Renamed by test", "the draft survives")
                #expect(state.review?.sending != true, "nothing is left sending")
                #expect(state.alert?.text.contains("Your draft is kept") == true, "alert: \(state.alert?.text ?? "none")")
                let stored = DraftStore(directory: harness.paths.draftsDirectory).load()
                #expect(stored.first?.changes.first?.mine == .text("Renamed by test"), "the draft is on disk")
            }
            let audit = AuditLog(file: harness.paths.auditFile).entries()
            #expect(audit.count == 1, "one audit line per PATCH the user sent")
            #expect(audit.first?.changes.first?.new == "Renamed by test")
            #expect(audit.first?.outcome == row.audit)
            #expect(audit.first?.status == row.auditStatus, "the status the fake really answered: \(audit.first?.summary ?? "no line")")
        }
    }
}
