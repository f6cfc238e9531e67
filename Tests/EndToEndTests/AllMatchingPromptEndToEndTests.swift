import Foundation
import Testing

/// `--all-matching` on a terminal (tmux): one question for every trunk, the words the list asks
/// for (block, and the count above ten), the progress line on standard error while it sends, the
/// results table at the end.
@Suite(.terminalSlot) struct AllMatchingPromptEndToEndTests {
    @Test func blockingManyAsksForBlockAndTheCountShowsProgressThenTheResults() async throws {
        let log = NSTemporaryDirectory() + "trunks-all-prompt-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log, "--latency-ms", "60"])
        let declined = try await RunbookPromptEndToEndTests.session(fake, ["block", "--all-matching", "status:active"])
        let asked = try await declined.waitFor(text: "to send to")
        let count = try #require(asked.firstMatch(of: /Type block (\d+) to send to (\d+) trunks \(anything else cancels\):/), "\(asked)")
        #expect(count.1 == count.2 && Int(count.1).map { $0 > 10 } == true, "\(asked)")
        try await declined.send("block", literal: true)
        try await declined.send("Enter")
        let refused = try await declined.waitFor(text: "exit=1")
        #expect(refused.contains("Not confirmed: nothing was sent."), "block alone is not enough above ten: \(refused)")
        #expect(RunbookPromptEndToEndTests.patches(log).isEmpty)

        let session = try await RunbookPromptEndToEndTests.session(fake, ["block", "--all-matching", "status:active"])
        try await session.waitFor(text: "Type block \(count.1) to send")
        try await session.send("block \(count.1)", literal: true)
        try await session.send("Enter")
        let progress = try await session.waitFor(text: "Sending: ")
        #expect(progress.contains(" of \(count.1) · 0 conflicts · 0 failed"), "\(progress)")
        let done = try await session.waitFor(text: "exit=0", timeout: 40)
        #expect(done.contains("\(count.1) of \(count.1) blocked · \(count.1) of \(count.1) · 0 conflicts · 0 failed"), "\(done)")
        #expect(done.contains("✓ "))
        #expect(!done.contains("Sending: "), "the progress line is erased before the results")
        #expect(RunbookPromptEndToEndTests.patches(log).count == Int(count.1))
    }
}
