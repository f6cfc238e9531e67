import Foundation
import Testing

/// The call check (`C`) in the real binary in demo mode, without colour: the verdict and the
/// rules read by their marks, and what was typed comes back on the next trunk.
@Suite(.terminalSlot) struct CallCheckEndToEndTests {
    @Test func madridCallcenterIsRefusedByItsStatusAndItsDailyLimit() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 23, columns: 80,
                                            environment: ["NO_COLOR": "1"])
        try await session.waitFor(text: "42 trunks")
        try await session.send(":")
        try await session.send("trunk Madrid Callcenter", literal: true)
        try await session.send("Enter")
        try await session.waitFor("the detail of Madrid Callcenter") { $0.contains("Madrid Callcenter") && $0.contains("General") }

        try await session.send("C")
        try await session.waitFor(text: "Would this call pass?")
        try await session.send("203.0.113.90", literal: true)
        try await session.send("Tab", "Tab", "Tab")
        try await session.send("+34 91 123 4567", literal: true)
        let refused = try await session.waitFor(text: "✗ Refused by status (also threshold_reached)")
        #expect(refused.contains("✗ status: The trunk is blocked: it refuses every call."))
        #expect(refused.contains("✓ authentication_method.allowed_sip_ips: 203.0.113.90 is 203.0.113.90/32"))
        try await session.send("PageDown")
        let limit = try await session.waitFor(text: "✗ threshold_reached: The 24-hour spend limit is reached")
        #expect(limit.contains("$200 spent, limit"), "\(limit)")

        try await session.send("Escape")
        try await session.waitFor("the check to close") { !$0.contains("Would this call pass?") }
        try await session.send("q")
        let list = try await session.waitFor("the list with Madrid selected") { $0.contains("▶ Madrid Callcenter") }
        #expect(list.contains("Name"))
        try await session.send("j")
        try await session.waitFor(text: "▶ Oslo Emergency")
        try await session.send("C")
        let again = try await session.waitFor(text: "Would this call pass?")
        #expect(again.contains("Oslo Emergency") && again.contains("203.0.113.90") && again.contains("+34 91 123 4567"),
                "the same call, on the next trunk: \(again)")
        try await session.waitFor(text: "✗ Refused by authentication_method.allowed_sip_ips")

        try await session.send("Escape")
        try await session.waitFor("the check to close") { !$0.contains("Would this call pass?") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
