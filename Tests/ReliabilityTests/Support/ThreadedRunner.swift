import ClientTrunkService
import DidwwClient
import Foundation
import ScreenKit
import Synchronization
import TrunkUI

/// The real `AppRunner` on an in-memory terminal, over a real `DidwwClient` (curl), running on a
/// thread of its own. Waits are continuations resumed from the runner's thread (`onIdle`), so a
/// test awaiting the runner never blocks Swift's cooperative pool.
final class ThreadedRunner: Sendable {
    /// A wait that did not end in time.
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    private struct Waiter {
        var isReady: @Sendable (AppState) -> Bool
        var continuation: CheckedContinuation<AppState, any Error>
    }

    private struct Shared {
        var stopRequested = false
        var finished = false
        var lastIdle: AppState?
        var waiter: Waiter?
        var finishWaiter: CheckedContinuation<Void, Never>?
    }

    /// The lock-guarded state, in a class so that closures can hold it.
    private final class Box: Sendable {
        let mutex = Mutex(Shared())
    }

    let terminal: InMemoryTerminal
    private let runner: AppRunner
    private let box = Box()

    /// A runner over `baseURL` with list pages of `pageSize`, not started yet.
    init(baseURL: URL, apiKey: String, pageSize: Int, rows: Int = 30, columns: Int = 140) {
        // No retries (every request the server sees is one the program asked for) and a timeout
        // that a machine busy with builds does not reach.
        let client = DidwwClient(baseURL: baseURL, apiKey: apiKey, transport: CurlTransport(), timeout: 30, retryPolicy: .never)
        terminal = InMemoryTerminal(rows: rows, columns: columns)
        runner = AppRunner(state: AppState(environmentLabel: "test", pageSize: pageSize), terminal: terminal,
                           service: ClientTrunkService(client: client))
        runner.shouldStop = { [box] in box.mutex.withLock { $0.stopRequested } }
        runner.onIdle = { [box, terminal] state in
            // Keys still waiting: this state is from before them.
            guard terminal.pendingKeys == 0 else { return }
            let ready: Waiter? = box.mutex.withLock { shared in
                shared.lastIdle = state
                guard let waiter = shared.waiter, waiter.isReady(state) else { return nil }
                shared.waiter = nil
                return waiter
            }
            ready?.continuation.resume(returning: state)
        }
    }

    /// Starts the runner's loop on its own thread.
    func start() {
        let runner = self.runner, box = self.box
        Thread {
            runner.run()
            let waiter = box.mutex.withLock { shared in
                shared.finished = true
                return shared.finishWaiter.take()
            }
            waiter?.resume()
        }.start()
    }

    /// The state once the runner is idle (nothing queued, nothing in flight) and `isReady` holds.
    func idle(until isReady: @escaping @Sendable (AppState) -> Bool, within seconds: Double = 60) async throws -> AppState {
        let timer = Task { [box, terminal] in
            try await Task.sleep(for: .seconds(seconds))
            let expired = box.mutex.withLock { $0.waiter.take() }
            expired?.continuation.resume(throwing: Timeout(description: "not idle within \(seconds) s; screen:\n\(terminal.lastFrame.plainText())"))
        }
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            let ready: AppState? = box.mutex.withLock { shared in
                if let last = shared.lastIdle, isReady(last) { return last }
                shared.waiter = Waiter(isReady: isReady, continuation: continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Sends `keys`; the next `idle` sees their effect.
    func press(_ keys: [Key]) {
        box.mutex.withLock { $0.lastIdle = nil }
        terminal.enqueue(keys)
    }

    /// The last frame drawn, as text.
    var screen: String { terminal.lastFrame.plainText() }

    /// Ends the loop and returns once its thread has finished.
    func stop() async {
        box.mutex.withLock { $0.stopRequested = true }
        terminal.wake()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = box.mutex.withLock { shared in
                if shared.finished { return true }
                shared.finishWaiter = continuation
                return false
            }
            if done { continuation.resume() }
        }
    }
}
