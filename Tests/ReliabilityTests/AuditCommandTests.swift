import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `:audit` inside the program shows the trail the runner's service wrote.
@Suite("Audit trail in the program", .serialized)
struct AuditCommandTests {
    @Test func aSavedChangeIsShownByColonAudit() async throws {
        let harness = try await RunnerHarness()
        defer { Task { await harness.stop() } }
        try harness.press([.char("e"), .enter, .ctrl("u")])
        try harness.type("Audited name")
        try harness.press([.enter, .ctrl("s"), .char("y")])
        let empty = AuditLog(file: harness.paths.auditFile).entries()
        #expect(empty.count == 1)
        try harness.press([.char(":")])
        try harness.type("audit")
        let state = try harness.press([.enter])
        #expect(state.auditLines?.count == 1)
        let screen = harness.screen
        #expect(screen.contains("Audit trail"))
        #expect(screen.contains("tester from 192.0.2.7 [test] PATCH"), "\(screen)")
        #expect(state.auditLines?.first?.contains("name Berlin Office → Audited name") == true)
        #expect(screen.contains("→ 200 ok in"), "long lines wrap instead of losing their end")
        let closed = try harness.press([.escape])
        #expect(closed.auditLines == nil)
        await harness.stop()
    }
}
