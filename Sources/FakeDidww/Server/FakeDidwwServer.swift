import FlyingFox
import Foundation
import Synchronization

/// A stateful imitation of the DIDWW API v3 outbound-trunk endpoints on a local HTTP port.
///
/// Thread-safe: every method may be called from any thread or task. The store is seeded in
/// `init` (deterministically from `config.seed`), so `trunkIDs()` works before `start()`.
/// The store outlives `stop()`; a stopped server may be started again (on a new port if 0).
public final class FakeDidwwServer: Sendable {
    private enum Lifecycle: Sendable {
        case stopped
        case starting
        case running(server: HTTPServer, task: Task<Void, Never>)
    }

    let context: ServerContext
    private let lifecycle = Mutex<Lifecycle>(.stopped)

    /// When the fake account is seeded.
    public enum Seeding: Sendable {
        /// In `init`, before anything can listen.
        case now
        /// By `seed(progress:)`, after `start()` if wanted: requests wait until it is done.
        case later
    }

    /// The fake account described by `config`, seeded now (the default) or later; nothing
    /// listens until `start()`.
    public init(config: FakeDidwwConfig, seeding: Seeding = .now) {
        context = ServerContext(config: config, seedNow: seeding == .now)
    }

    /// Seeds the account of a server made with `seeding: .later`, calling `progress(seeded,
    /// total)` after every thousand trunks; requests that came meanwhile are answered after it.
    /// Blocks the calling thread for as long as it takes (call it on a thread of its own); does
    /// nothing when the account is seeded already.
    public func seed(progress: (_ seeded: Int, _ total: Int) -> Void = { _, _ in }) {
        context.seed(progress: progress)
    }

    /// Binds `config.host:config.port`, starts serving, and returns the base URL (`http://127.0.0.1:PORT/v3`).
    public func start() async throws -> URL {
        try lifecycle.withLock { state in
            guard case .stopped = state else { throw FakeDidwwError.alreadyStarted }
            state = .starting
        }
        do {
            let (server, task, base) = try await listen()
            context.baseURL = base
            lifecycle.withLock { $0 = .running(server: server, task: task) }
            return URL(string: base)!
        } catch {
            lifecycle.withLock { $0 = .stopped }
            throw error
        }
    }

    /// Stops listening and closes every connection; the store keeps its state.
    public func stop() async {
        let previous = lifecycle.withLock { state -> Lifecycle in
            defer { if case .running = state { state = .stopped } }
            return state
        }
        guard case let .running(server, task) = previous else { return }
        context.baseURL = nil
        await server.stop(timeout: 0)
        task.cancel()
        await task.value
    }

    /// The base URL (`http://HOST:PORT/v3`) while running; nil otherwise.
    public var baseURL: URL? {
        context.baseURL.flatMap(URL.init(string:))
    }

    private func listen() async throws -> (HTTPServer, Task<Void, Never>, String) {
        let config = context.config
        if let path = config.requestLogPath {
            try context.requestLog.appendToFile(at: path)
        }
        let server = try Self.makeHTTPServer(host: config.host, port: config.port, handler: ApiRequestHandler(context: context))
        let signal = StartupSignal()
        let task = Task {
            do {
                try await server.run()
            } catch {
                signal.fail(error)
            }
        }
        let watcher = Task {
            do {
                try await server.waitUntilListening(timeout: 10)
                signal.succeed()
            } catch {
                signal.fail(error)
            }
        }
        do {
            try await signal.wait()
            switch await server.listeningAddress {
            case .ip4(_, let port)?, .ip6(_, let port)?:
                let host = config.host.contains(":") ? "[\(config.host)]" : config.host
                return (server, task, "http://\(host):\(port)/v3")
            default:
                throw FakeDidwwError.noListeningAddress
            }
        } catch {
            watcher.cancel()
            await server.stop(timeout: 0)
            task.cancel()
            throw error
        }
    }

    private static func makeHTTPServer(host: String, port: UInt16, handler: ApiRequestHandler) throws -> HTTPServer {
        do {
            if host.contains(":") {
                return HTTPServer(address: try .inet6(ip6: host, port: port), timeout: 600, logger: .disabled, handler: handler)
            }
            return HTTPServer(address: try .inet(ip4: host, port: port), timeout: 600, logger: .disabled, handler: handler)
        } catch {
            throw FakeDidwwError.invalidHost(host)
        }
    }
}
