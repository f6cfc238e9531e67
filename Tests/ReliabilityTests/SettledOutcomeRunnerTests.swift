import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// What the user is told when a create or a delete loses its answer, through the real runner,
/// the real curl client and the fake API: the outcome learned by reading, never a guess, and the
/// request sent once.
@Suite("Creates and deletes whose answer is lost: the user is told what reading found")
struct SettledOutcomeRunnerTests {
    /// Clones the selected trunk under `name` and confirms the create (the fault is set just before `y`).
    private func cloneAndCreate(_ harness: RunnerHarness, name: String, fault: String) async throws -> AppState {
        try await harness.press([.char("c"), .enter])
        try await harness.type(name)
        try await harness.press([.enter, .ctrl("s")])
        harness.server.clearRequestLog()
        harness.server.setFaults([try FaultRule(spec: "POST create=\(fault)")])
        return try await harness.press([.char("y")])
    }

    private func posts(_ harness: RunnerHarness) -> Int {
        harness.server.requests().filter { $0.method == "POST" && $0.path.hasSuffix("/voice_out_trunks") }.count
    }

    @Test func aCreateWhoseConnectionDropsAfterActingIsFoundByNameAndShown() async throws {
        try await RunnerHarness.with { harness in
            let before = Set(harness.server.trunkIDs())
            let state = try await cloneAndCreate(harness, name: "Lost answer", fault: "reset-after-apply*1")
            let made = Set(harness.server.trunkIDs()).subtracting(before)
            #expect(made.count == 1 && posts(harness) == 1, "created once, sent once")
            #expect(state.form == nil && state.alert == nil)
            #expect(state.message?.text.hasPrefix("Created Lost answer (no answer arrived, but a trunk named") == true, "\(state.message?.text ?? "")")
            #expect(state.message?.text.contains("a trunk named \"Lost answer\" created just now is on the server") == true)
            #expect(state.selectedTrunk?.id == made.first, "the trunk found is selected in the list")
            let line = try #require(AuditLog(file: harness.paths.auditFile).entries().last)
            #expect(line.outcome == "ok" && line.trunkID == made.first && line.changes.contains { $0.field == "name" && $0.new == "Lost answer" })
        }
    }

    @Test func aCreateDroppedUnreadIsReportedAsNotCreatedAndTheDraftStays() async throws {
        try await RunnerHarness.with { harness in
            let before = Set(harness.server.trunkIDs())
            let state = try await cloneAndCreate(harness, name: "Never made", fault: "reset-before-body*1")
            #expect(Set(harness.server.trunkIDs()) == before && posts(harness) == 1)
            #expect(state.form?.draft.name == "Never made", "the draft stays for sending again")
            #expect(state.alert?.text.contains("No trunk named \"Never made\" was created in the last 5 minutes: it was not created.") == true,
                    "\(state.alert?.text ?? "no alert")")
            #expect(AuditLog(file: harness.paths.auditFile).entries().last?.outcome == "failed")
        }
    }

    @Test func aCreateWhoseNameIsFoundWithOtherValuesIsNotClaimed() async throws {
        try await RunnerHarness.with { harness in
            // A "Twin" made a moment ago from another trunk; the second create's answer is lost (the
            // fake refuses the taken name, then drops the connection): the one found is not its own.
            let first = try await cloneAndCreate(harness, name: "Twin", fault: "429+retry-after:0*1")
            #expect(first.message?.text == "Created Twin", "\(first.message?.text ?? "")")
            try await harness.press([.char("g"), .char("j"), .char("j")])
            let state = try await cloneAndCreate(harness, name: "Twin", fault: "reset-after-apply*1")
            #expect(posts(harness) == 1)
            #expect(state.alert?.title == "Create: outcome unknown", "\(state.alert?.title ?? "no alert"); \(state.message?.text ?? "")")
            #expect(state.alert?.text.contains("a trunk named \"Twin\" created in the last 5 minutes is on the server, but it does not hold everything that was sent") == true,
                    "\(state.alert?.text ?? "")")
            #expect(state.message?.text.contains("refresh (r) and look before creating it again") == true)
            #expect(state.form?.draft.name == "Twin", "the draft stays")
            #expect(AuditLog(file: harness.paths.auditFile).entries().last?.outcome == "unknown")
        }
    }

    @Test(arguments: [
        ("reset-after-apply*1", true, "reading the trunk again finds it gone"),
        ("applied+503*1", true, "the server answered 503; reading the trunk again finds it gone"),
        ("reset-before-body*1", false, "The trunk is still there: it was not deleted."),
        ("404*1", false, "The trunk is still there: it was not deleted."),
    ])
    func aDeleteWhoseAnswerIsLostOrFailedIsSettledByReading(fault: String, deleted: Bool, told: String) async throws {
        try await RunnerHarness.with { harness in
            let trunk = try #require(harness.runner.currentState.selectedTrunk)
            try await harness.press([.char("D")])
            try await harness.type(trunk.name ?? trunk.id)
            harness.server.clearRequestLog()
            harness.server.setFaults([try FaultRule(spec: "DELETE delete=\(fault)")])
            let state = try await harness.press([.enter])
            #expect(harness.server.requests().filter { $0.method == "DELETE" }.count == 1, "sent once")
            #expect(harness.server.trunkIDs().contains(trunk.id) != deleted)
            #expect(state.message?.text.contains(told) == true, "\(state.message?.text ?? "")")
            if deleted {
                #expect(state.deletion == nil && !state.trunks.contains { $0.id == trunk.id })
            } else {
                #expect(state.deletion?.error?.contains(told) == true && state.trunks.contains { $0.id == trunk.id })
            }
            #expect(AuditLog(file: harness.paths.auditFile).entries().last?.outcome == (deleted ? "ok" : "failed"))
        }
    }
}
