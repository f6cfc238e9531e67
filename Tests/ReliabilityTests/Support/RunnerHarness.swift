import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import Synchronization
import Testing
import TrunkModel
import TrunkUI

/// The real `AppRunner` on an in-memory terminal, over a real `DidwwClient` (curl) talking to a
/// `FakeDidwwServer` on 127.0.0.1. `press` feeds keys and suspends until the runner reports idle:
/// every key handled and no request in flight.
///
/// Threading: the runner loops on a thread of its own; its `onIdle` (on that thread) resumes the
/// waiting test through a `Latch`, so no thread of Swift's cooperative pool ever waits for it.
final class RunnerHarness: Sendable {
    static let apiKey = "reliability-test-key"
    /// Few trunks: a page of 42 takes about 0.5 s to serve and read in a debug build.
    static let trunkCount = 6
    /// Quick retries so the table runs fast; the shape is the standard one, and the time allowed
    /// for retries outlasts a timed-out try.
    static let testPolicy = RetryPolicy(maximumRetries: 2, initialDelay: 0.01, maximumDelay: 1.5, maximumElapsed: 20, jitter: 0.2)
    /// The client's timeout: long enough for any answer of the fake on a loaded machine, so that
    /// only an injected delay (`slowerThanTheTimeout`) ever runs into it.
    static let clientTimeout: TimeInterval = 5
    /// An injected delay sure to outlast `clientTimeout`, in milliseconds.
    static let slowerThanTheTimeout = 7_000
    /// How long a key press may take to be handled before the test fails.
    static let idleTimeout: Duration = .seconds(30)

    let server: FakeDidwwServer
    /// The client under the runner's service (read-only mode is enforced there).
    let client: DidwwClient
    let terminal: InMemoryTerminal
    let runner: AppRunner
    let home: URL
    /// The wait of the current `press`, handed the state at the next idle report.
    private let pendingIdle = Mutex<Latch<AppState>?>(nil)
    private let stopRequested = Atomic<Bool>(false)
    /// Delivered by the runner's thread when its loop has ended.
    private let loopEnded = Latch<Void>()

    /// Starts the fake (seeded, `trunkCount` trunks (at most a page of 50), `didCount` DIDs), then the runner (reading at
    /// most `didReadLimit` DIDs); returns once the first page is shown. On failure both are stopped.
    private init(readOnly: Bool, timeout: TimeInterval, drafts: [StoredDraft], home: URL?,
                 didCount: Int, didReadLimit: Int, trunkCount: Int) async throws {
        var config = FakeDidwwConfig(trunkCount: trunkCount, seed: 7, apiKey: Self.apiKey)
        config.didCount = didCount
        server = FakeDidwwServer(config: config)
        let base = try await server.start()
        client = DidwwClient(baseURL: base, apiKey: Self.apiKey, transport: CurlTransport(), timeout: timeout,
                             readOnly: readOnly, retryPolicy: Self.testPolicy)
        self.home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("reliability-\(UUID().uuidString)")
        let paths = XDGPaths(configDirectory: self.home.appendingPathComponent("config"),
                             stateDirectory: self.home.appendingPathComponent("state"))
        let audit = AuditLog(file: paths.auditFile)
        let problems = ProblemRelay()
        let service = AuditingTrunkService(SettlingTrunkService(ClientTrunkService(client: client, didReadLimit: didReadLimit)), log: audit,
                                           identity: AuditIdentity(environment: ["USER": "tester", "SSH_CLIENT": "192.0.2.7 5000 22"],
                                                                   profile: "test"),
                                           onAuditFailure: problems.report)
        var state = AppState(environmentLabel: "test", pageSize: 50)
        state.readOnly = readOnly
        state.offerDrafts(drafts)
        terminal = InMemoryTerminal(rows: 40, columns: 140)
        runner = AppRunner(state: state, terminal: terminal, service: service)
        runner.draftStore = DraftStore(directory: paths.draftsDirectory)
        runner.auditLog = audit
        problems.connect(runner)
        runner.shouldStop = { [weak self] in self?.stopRequested.load(ordering: .acquiring) ?? true }
        runner.onIdle = { [weak self] state in self?.reportIdle(state) }
        let firstPage = Latch<AppState>()
        pendingIdle.withLock { $0 = firstPage }
        // The thread holds the runner and the latch, not the harness: it ends when `stop` asks.
        let thread = Thread { [runner, loopEnded] in
            runner.run()
            loopEnded.deliver(())
        }
        thread.name = "reliability-runner"
        thread.start()
        do {
            _ = try await idleState(from: firstPage)
        } catch {
            await stop()
            throw error
        }
    }

    /// Starts a harness (see `init`), runs `body`, and stops the runner and the fake whether
    /// `body` returns or throws.
    static func with<Result>(readOnly: Bool = false, timeout: TimeInterval = clientTimeout, drafts: [StoredDraft] = [],
                             home: URL? = nil, didCount: Int = FakeDidwwConfig.defaultDidCount,
                             didReadLimit: Int = AccountDidList.defaultLimit, trunkCount: Int = trunkCount,
                             _ body: (RunnerHarness) async throws -> Result) async throws -> Result {
        let harness = try await RunnerHarness(readOnly: readOnly, timeout: timeout, drafts: drafts, home: home,
                                              didCount: didCount, didReadLimit: didReadLimit, trunkCount: trunkCount)
        do {
            let result = try await body(harness)
            await harness.stop()
            return result
        } catch {
            await harness.stop()
            throw error
        }
    }

    /// The paths the runner writes to.
    var paths: XDGPaths {
        XDGPaths(configDirectory: home.appendingPathComponent("config"), stateDirectory: home.appendingPathComponent("state"))
    }

    /// Sends `keys` and returns the state once they are handled and nothing is in flight.
    @discardableResult
    func press(_ keys: [Key]) async throws -> AppState {
        let idle = Latch<AppState>()
        pendingIdle.withLock { $0 = idle }
        terminal.enqueue(keys)
        return try await idleState(from: idle)
    }

    /// Types `text` as character keys.
    @discardableResult
    func type(_ text: String) async throws -> AppState {
        try await press(text.map { Key.char($0) })
    }

    /// The last frame drawn, as text.
    var screen: String { terminal.lastFrame.plainText() }

    /// Stops the runner (awaiting its thread's end) and the fake, and removes the home folder.
    private func stop() async {
        stopRequested.store(true, ordering: .releasing)
        terminal.wake()
        if await loopEnded.value(within: Self.idleTimeout) == nil {
            Issue.record("the runner's loop did not end within \(Self.idleTimeout)")
        }
        await server.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// Called on the runner's thread: hands `state` to the waiting `press` once its keys are read.
    private func reportIdle(_ state: AppState) {
        guard terminal.pendingKeys == 0 else { return }
        let waiting = pendingIdle.withLock { pending in
            defer { pending = nil }
            return pending
        }
        waiting?.deliver(state)
    }

    private func idleState(from latch: Latch<AppState>) async throws -> AppState {
        guard let state = await latch.value(within: Self.idleTimeout) else {
            throw HarnessError("the runner did not become idle within \(Self.idleTimeout); screen:\n\(screen)")
        }
        return state
    }
}

/// A harness step that did not happen in time.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
