import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `:audit` inside the program shows the trail the runner's service wrote.
@Suite("Audit trail in the program")
struct AuditCommandTests {
    @Test func aSavedChangeIsShownByColonAudit() async throws {
        try await RunnerHarness.with { harness in
            try await harness.press([.char("e"), .enter, .ctrl("u")])
            try await harness.type("Audited name")
            try await harness.press([.enter, .ctrl("s"), .char("y")])
            let empty = AuditLog(file: harness.paths.auditFile).entries()
            #expect(empty.count == 1)
            try await harness.press([.char(":")])
            try await harness.type("audit")
            let state = try await harness.press([.enter])
            #expect(state.auditLines?.count == 1)
            let screen = harness.screen
            #expect(screen.contains("Audit trail"))
            #expect(screen.contains("tester from 192.0.2.7 [test] PATCH"), "\(screen)")
            #expect(state.auditLines?.first?.contains("name Berlin Office → Audited name") == true)
            #expect(screen.contains("→ 200 ok in"), "long lines wrap instead of losing their end")
            let closed = try await harness.press([.escape])
            #expect(closed.auditLines == nil)
        }
    }

    /// With `:ticket` set, a change saved from the form carries the ticket and reason; once
    /// cleared, the next change carries none.
    @Test func aChangeSavedWithATicketSetCarriesItInItsAuditLine() async throws {
        try await RunnerHarness.with { harness in
            try await harness.press([.char(":")])
            try await harness.type("ticket OPS-7 customer asked")
            let set = try await harness.press([.enter])
            #expect(set.auditTicket == AuditTicket("OPS-7", reason: "customer asked"))
            #expect(harness.screen.contains("ticket OPS-7"), "the header says the ticket: \(harness.screen)")
            try await harness.press([.char("e"), .enter, .ctrl("u")])
            try await harness.type("Ticketed name")
            try await harness.press([.enter, .ctrl("s"), .char("y")])
            try await harness.press([.char(":")])
            try await harness.type("ticket off")
            try await harness.press([.enter])
            try await harness.press([.char("e"), .enter, .ctrl("u")])
            try await harness.type("Name without ticket")
            try await harness.press([.enter, .ctrl("s"), .char("y")])
            let lines = AuditLog(file: harness.paths.auditFile).entries()
            #expect(lines.count == 2)
            #expect(lines.first?.ticket == "OPS-7" && lines.first?.reason == "customer asked" && lines.first?.command == nil,
                    "\(lines.first?.summary ?? "no line")")
            #expect(lines.first?.summary.hasSuffix(" · ticket OPS-7 · reason: customer asked") == true)
            #expect(lines.last?.ticket == nil && lines.last?.reason == nil, "\(lines.last?.summary ?? "no line")")
        }
    }
}
