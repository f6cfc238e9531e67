import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import Synchronization
import Testing
import TrunkModel
import TrunkUI

/// A server that keeps the first page waiting: the real runner over the real curl client shows
/// "waiting for the server (N s)…" on the status line while the try waits, and not once the page
/// is there. The test watches the in-memory terminal with `Task.sleep`, never blocking a thread.
@Suite struct ServerWaitRunnerTests {
    static let apiKey = "server-wait-test-key"
    static let statusRow = 23

    /// Set by the test to end the runner's loop; set by the loop's thread when it has ended.
    final class LoopFlags: Sendable {
        let stopRequested = Atomic<Bool>(false)
        let finished = Atomic<Bool>(false)
    }

    @Test func aSlowAnswerShowsTheWaitUntilItArrives() async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 6, seed: 7, apiKey: Self.apiKey))
        server.setFaults([try FaultRule(spec: "GET list=delay:3500*1")])
        let base = try await server.start()
        let problems = ProblemRelay()
        let client = DidwwClient(baseURL: base, apiKey: Self.apiKey, transport: CurlTransport(), timeout: 10,
                                 tryObserver: problems.relay)
        let terminal = InMemoryTerminal(rows: 24, columns: 100)
        let runner = AppRunner(state: AppState(environmentLabel: "test", pageSize: 50), terminal: terminal,
                               service: ClientTrunkService(client: client))
        problems.connect(runner)
        let flags = LoopFlags()
        runner.shouldStop = { flags.stopRequested.load(ordering: .acquiring) }
        Thread {
            runner.run()
            flags.finished.store(true, ordering: .releasing)
        }.start()

        var notes: [String] = []
        var arrived: Grid?
        let deadline = ContinuousClock.now + .seconds(20)
        while arrived == nil && ContinuousClock.now < deadline {
            let frame = terminal.lastFrame
            let status = frame.line(Self.statusRow)
            if status.contains("waiting"), notes.last != status { notes.append(status) }
            if frame.contains("Berlin Office") { arrived = frame }
            try await Task.sleep(for: .milliseconds(50))
        }

        flags.stopRequested.store(true, ordering: .releasing)
        terminal.wake()
        while !flags.finished.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(10)) }
        await server.stop()

        let page = try #require(arrived, "the delayed page arrived; notes seen: \(notes)")
        #expect(!notes.isEmpty, "the status line said it was waiting")
        let seconds = notes.compactMap { note in
            note.firstMatch(of: /^ waiting for the server \((\d+) s\)…$/).flatMap { Int($0.1) }
        }
        #expect(seconds.count == notes.count, "every note reads \"waiting for the server (N s)…\": \(notes)")
        #expect(seconds == seconds.sorted() && (seconds.first ?? 0) >= 1, "the seconds count up from the grace: \(seconds)")
        #expect(!page.line(Self.statusRow).contains("waiting"), "the note goes with the answer: \(page.line(Self.statusRow))")
    }
}
