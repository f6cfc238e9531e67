import Foundation
import Testing
@testable import TrunkUI

/// A shell command fed on its standard input: every byte arrives (more than a pipe holds), its
/// standard error explains a failure, and a command that stops reading does not take trunks down.
/// Each command runs on a thread of its own, never on Swift's cooperative pool.
@Suite struct ShellCommandTests {
    /// `command` with `input`, run on a thread of its own.
    private func run(_ command: String, input: Data) async -> Result<String, any Error> {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Result { try ShellCommand.output(command, input: input) }) }.start()
        }
    }

    @Test func everyByteOfALargeInputArrives() async throws {
        let text = String(repeating: "0123456789abcdef", count: 6_000) + "end"
        let output = try await run("cat", input: Data(text.utf8)).get()
        #expect(output == text, "\(output.utf8.count) of \(text.utf8.count) bytes")
    }

    @Test func aFailureCarriesTheFirstLineOfStandardError() async {
        let result = await run("cat >/dev/null; echo 'no server running on /tmp/none' >&2; echo more >&2; exit 1", input: Data("x".utf8))
        guard case .failure(let failure as ShellCommand.Failure) = result else {
            Issue.record("expected a failure: \(result)"); return
        }
        #expect(failure.status == 1)
        #expect(failure.description == "exit status 1: no server running on /tmp/none")
    }

    /// Commands started at the same moment on several threads each see the end of their own
    /// input: none inherits another's input pipe, which would keep `cat` waiting for ever. The
    /// commands run on threads of their own; the test only polls how many have ended.
    @Test func commandsStartedTogetherEachSeeTheEndOfTheirInput() async {
        final class Count: @unchecked Sendable { // a counter for plain threads; NSLock guards it
            let lock = NSLock()
            var value = 0
            func add() { lock.lock(); value += 1; lock.unlock() }
            var current: Int { lock.lock(); defer { lock.unlock() }; return value }
        }
        let commands = 48
        let ended = Count()
        for index in 0..<commands {
            Thread {
                if (try? ShellCommand.output("cat", input: Data("input \(index)".utf8))) == "input \(index)" { ended.add() }
            }.start()
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while ended.current < commands, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        #expect(ended.current == commands, "every command ended with its own input within 20 s")
    }

    @Test func aCommandThatReadsNothingDoesNotEndThisProcess() async {
        let result = await run("exit 2", input: Data(String(repeating: "x", count: 300_000).utf8))
        guard case .failure(let failure as ShellCommand.Failure) = result else {
            Issue.record("expected a failure: \(result)"); return
        }
        #expect(failure.status == 2, "SIGPIPE did not end the test process, and the exit status is the command's")
    }
}
