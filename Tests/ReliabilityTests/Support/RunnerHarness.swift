import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import TrunkModel
import TrunkUI

/// The real `AppRunner` on an in-memory terminal, over a real `DidwwClient` (curl) talking to a
/// `FakeDidwwServer` on 127.0.0.1. `press` feeds keys and waits until the runner reports idle:
/// every key handled and no request in flight.
final class RunnerHarness: @unchecked Sendable {
    static let apiKey = "reliability-test-key"
    /// Few trunks: a page of 42 takes about 0.5 s to serve and read in a debug build.
    static let trunkCount = 6
    /// Quick retries so the table runs fast; the shape is the standard one.
    static let testPolicy = RetryPolicy(maximumRetries: 2, initialDelay: 0.01, maximumDelay: 1.5, maximumElapsed: 5, jitter: 0.2)

    let server: FakeDidwwServer
    let terminal: InMemoryTerminal
    let runner: AppRunner
    let home: URL
    private let lock = NSCondition()
    private var waiting = false
    private var idleState: AppState?
    private var stopRequested = false
    private var finished = false

    /// Starts the fake (seeded, `trunkCount` trunks, `didCount` DIDs), then the runner (reading at
    /// most `didReadLimit` DIDs); returns once the first page is shown.
    init(readOnly: Bool = false, timeout: TimeInterval = 1, drafts: [StoredDraft] = [], home: URL? = nil,
         didCount: Int = FakeDidwwConfig.defaultDidCount, didReadLimit: Int = AccountDidList.defaultLimit) async throws {
        var config = FakeDidwwConfig(trunkCount: Self.trunkCount, seed: 7, apiKey: Self.apiKey)
        config.didCount = didCount
        server = FakeDidwwServer(config: config)
        let base = try await server.start()
        let client = DidwwClient(baseURL: base, apiKey: Self.apiKey, transport: CurlTransport(), timeout: timeout,
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
        runner.shouldStop = { [unowned self] in self.lock.withLock { self.stopRequested } }
        runner.onIdle = { [unowned self] state in self.reportIdle(state) }
        lock.withLock { waiting = true }
        let thread = Thread { [unowned self] in
            self.runner.run()
            self.lock.withLock { self.finished = true; self.lock.broadcast() }
        }
        thread.start()
        _ = try waitForIdle()
    }

    /// The paths the runner writes to.
    var paths: XDGPaths {
        XDGPaths(configDirectory: home.appendingPathComponent("config"), stateDirectory: home.appendingPathComponent("state"))
    }

    /// Sends `keys` and returns the state once they are handled and nothing is in flight.
    @discardableResult
    func press(_ keys: [Key]) throws -> AppState {
        lock.withLock { waiting = true; idleState = nil }
        terminal.enqueue(keys)
        return try waitForIdle()
    }

    /// Types `text` as character keys.
    @discardableResult
    func type(_ text: String) throws -> AppState {
        try press(text.map { Key.char($0) })
    }

    /// The last frame drawn, as text.
    var screen: String { terminal.lastFrame.plainText() }

    /// Stops the runner and the fake.
    func stop() async {
        lock.withLock { stopRequested = true }
        terminal.wake()
        lock.withLock { while !finished { _ = lock.wait(until: Date().addingTimeInterval(5)) ; if !finished { break } } }
        await server.stop()
        try? FileManager.default.removeItem(at: home)
    }

    private func reportIdle(_ state: AppState) {
        guard terminal.pendingKeys == 0 else { return }
        lock.withLock {
            guard waiting else { return }
            waiting = false
            idleState = state
            lock.broadcast()
        }
    }

    private func waitForIdle(timeout: TimeInterval = 20) throws -> AppState {
        let deadline = Date().addingTimeInterval(timeout)
        return try lock.withLock {
            while idleState == nil {
                if !lock.wait(until: deadline) { throw HarnessError("the runner did not become idle within \(Int(timeout)) s; screen:\n\(terminal.lastFrame.plainText())") }
            }
            return idleState!
        }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
