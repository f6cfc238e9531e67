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

    @Test func aCommandThatReadsNothingDoesNotEndThisProcess() async {
        let result = await run("exit 2", input: Data(String(repeating: "x", count: 300_000).utf8))
        guard case .failure(let failure as ShellCommand.Failure) = result else {
            Issue.record("expected a failure: \(result)"); return
        }
        #expect(failure.status == 2, "SIGPIPE did not end the test process, and the exit status is the command's")
    }
}
