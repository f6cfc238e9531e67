import Foundation

/// Runs blocking or long CPU-bound work on a thread of its own, off Swift's cooperative pool
/// (one thread per core), which stays free for the tasks that send requests and serve them.
/// Used for libcurl's blocking transfers (`CurlTransport`; a concurrent `DispatchQueue` on
/// Linux ran only as many at once as there are cores), for decoding pages of hundreds of trunks
/// (`DidwwClient.list`), and by the bench for its blocking waits on the pty and on curl.
public enum OwnThread {
    /// `body`'s result, computed on a new thread named `name`.
    public static func run<Value: Sendable>(_ name: String = "trunks.own-thread",
                                            _ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.name = name
            thread.start()
        }
    }

    /// Waits, blocking this thread (never a pool thread: call it only inside `run`), for `work`.
    public static func wait<Value: Sendable>(for work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<Value>()
        Task.detached {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.take().get()
    }
}

/// A result handed from a task to the thread waiting for it.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, Error>?

    func set(_ value: Result<Value, Error>) {
        lock.lock()
        result = value
        lock.unlock()
    }

    func take() -> Result<Value, Error> {
        lock.lock()
        defer { lock.unlock() }
        return result!
    }
}
