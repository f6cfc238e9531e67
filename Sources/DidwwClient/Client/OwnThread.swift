import Foundation
import Synchronization

/// Runs blocking or long CPU-bound work on a thread of its own, off Swift's cooperative pool
/// (one thread per core), which stays free for the tasks that send requests and serve them.
/// Used for libcurl's blocking transfers (`CurlTransport`; a concurrent `DispatchQueue` on
/// Linux ran only as many at once as there are cores), for decoding pages of hundreds of trunks
/// (`DidwwClient.list`), for the program's UI loop, which blocks in the terminal's key wait, and
/// by the bench for its blocking waits on the pty and on curl.
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
        let outcome = Outcome<Value>()
        Task.detached {
            let result: Result<Value, any Error>
            do { result = .success(try await work()) } catch { result = .failure(error) }
            outcome.result.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.result.withLock { $0! }.get()
    }
}

/// A result handed from a task to the thread waiting for it.
private final class Outcome<Value: Sendable>: Sendable {
    let result = Mutex<Result<Value, any Error>?>(nil)
}
