import Foundation

/// Runs blocking measurement code on a thread of its own, off Swift's cooperative pool (one
/// thread per core). The bench waits on the pseudo-terminal and on curl by polling and
/// `waitpid`; on the pool, that wait took one of the two threads the in-process fake API needs
/// to serve trunks' concurrent requests, which a real server would not share with the bench.
public enum OwnThread {
    /// `body`'s result, computed on a new thread.
    public static func run<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.name = "trunks-bench.measure"
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
