import DidwwClient
import Foundation
import OwnThread
import Testing

/// Blocking work (curl transfers, page decoding, the bench's waits) runs on threads of its own:
/// the cooperative pool stays free, and errors and results come back as they were.
@Suite struct OwnThreadTests {
    struct Failure: Error, Equatable {}

    @Test(.timeLimit(.minutes(1))) func blockingWorkLeavesEveryPoolThreadFree() async throws {
        // Block as many own threads as there are cores; pool tasks still run meanwhile.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let release = DispatchSemaphore(value: 0)
        let blocked = (0..<cores).map { _ in Task { try await OwnThread.run { release.wait(); return 1 } } }
        let onPool = await withTaskGroup(of: Int.self) { group in
            for value in 0..<(2 * cores) { group.addTask { value } }
            return await group.reduce(0, +)
        }
        #expect(onPool == (0..<(2 * cores)).reduce(0, +))
        for _ in 0..<cores { release.signal() }
        var total = 0
        for task in blocked { total += try await task.value }
        #expect(total == cores)
    }

    @Test func resultsAndErrorsComeBack() async throws {
        #expect(try await OwnThread.run { 42 } == 42)
        await #expect(throws: Failure.self) { try await OwnThread.run { () throws -> Int in throw Failure() } }
        let waited = try await OwnThread.run { try OwnThread.wait { try await Task.sleep(for: .milliseconds(5)); return "slept" } }
        #expect(waited == "slept")
    }
}
