import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Undo through the real runner and service stack against the fake API: the audit line the
/// service wrote is undone from `:audit` or with `u`, and a field someone changed on the server
/// since is a conflict to decide, never overwritten.
@Suite("Undo through the runner")
struct UndoRunnerTests {
    /// Adds prefix 33 to the selected trunk through the prefix editor and saves it; returns the
    /// trunk's id and its prefixes before.
    static func addPrefix(_ harness: RunnerHarness) async throws -> (id: String, before: [String]) {
        let start = try await harness.press([])
        let trunk = try #require(start.selectedTrunk)
        try await harness.press([.char("p"), .char("a")])
        try await harness.type("33")
        try await harness.press([.enter, .escape, .ctrl("s")])
        let saved = try await harness.press([.char("y")])
        #expect(saved.form == nil && saved.message?.kind == .success, "\(saved.message?.text ?? "")")
        return (trunk.id, trunk.dstPrefixes ?? [])
    }

    @Test func aFieldChangedOnTheServerSinceTheLineIsAConflictNotAnOverwrite() async throws {
        try await RunnerHarness.with { harness in
            let (id, before) = try await Self.addPrefix(harness)
            let line = try #require(AuditLog(file: harness.paths.auditFile).entries().last)
            #expect(line.changes.first?.oldValue == .list(before) && line.changes.first?.newValue == .list(before + ["33"]))
            #expect(harness.server.mutateTrunk(id: id, attribute: "dst_prefixes", value: ["99"]), "someone else changes it")
            try await harness.press([.char(":")])
            try await harness.type("audit")
            let trail = try await harness.press([.enter])
            #expect(trail.auditTrail?.selected == line, "the newest line is selected")
            let opened = try await harness.press([.enter])
            let form = try #require(opened.form, "the reverse opens in the form: \(harness.screen)")
            #expect(form.draft.dstPrefixes == before)
            #expect(opened.message?.text.hasPrefix("Someone else changed Destination prefixes since") == true)
            harness.server.clearRequestLog()
            try await harness.press([.ctrl("s")])
            let asked = try await harness.press([.char("y")])
            #expect(asked.keyContext == .conflict, "the conflict choice appears: \(harness.screen)")
            #expect(harness.screen.contains("Someone else changed"), "\(harness.screen)")
            #expect(harness.server.requests().filter { $0.method == "PATCH" }.isEmpty, "nothing is sent")
            let theirs = try await harness.press([.char("t"), .char("y")])
            #expect(theirs.form == nil, "theirs kept: \(harness.screen)")
            #expect(harness.server.requests().filter { $0.method == "PATCH" }.isEmpty, "taking theirs sends nothing")
        }
    }

    @Test func uUndoesTheLastSaveOnTheServer() async throws {
        try await RunnerHarness.with { harness in
            let (id, before) = try await Self.addPrefix(harness)
            let opened = try await harness.press([.char("u")])
            #expect(opened.form?.draft.dstPrefixes == before, "\(harness.screen)")
            try await harness.press([.ctrl("s")])
            let saved = try await harness.press([.char("y")])
            #expect(saved.form == nil && saved.message?.kind == .success, "\(saved.message?.text ?? "")")
            #expect(saved.trunks.first { $0.id == id }?.dstPrefixes == before)
            let lines = AuditLog(file: harness.paths.auditFile).entries()
            #expect(lines.count == 2 && lines.last?.changes.first?.newValue == .list(before), "the undo is audited too")
        }
    }
}
