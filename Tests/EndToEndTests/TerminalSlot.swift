import Foundation
import Testing

/// Lets at most twice as many end-to-end tests run at once as the machine has cores; the others
/// wait (suspended) for a slot. Each runs a debug build of trunks, often with its demo server, and
/// polls its screen through tmux; many more at once on two cores starve each other and the
/// in-process servers of the other test targets, and waits that hold on an idle machine time out.
/// The tests stay independent and run in parallel with every other suite.
struct TerminalSlot: SuiteTrait, TestTrait, TestScoping {
    private static let gate = SlotGate(capacity: 2 * ProcessInfo.processInfo.activeProcessorCount)

    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        try await Self.gate.withSlot { try await function() }
    }
}

extension Trait where Self == TerminalSlot {
    /// At most twice as many end-to-end tests at once as there are cores (see `TerminalSlot`).
    static var terminalSlot: Self { Self() }
}
