import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            start(name) { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Starts `body` on a new detached thread named `name` and returns at once. Traps when the system can start no thread.
    public static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let start = Unmanaged.passRetained(ThreadStart(name: name, body: body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let failure = pthread_create(&thread, &attributes, { context in
            let start = Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue()
            start.run()
            return nil
        }, start)
        precondition(failure == 0, "cannot start a thread: error \(failure)")
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

/// What a new thread runs, handed to it through `pthread_create`'s context pointer.
private final class ThreadStart: Sendable {
    let name: String
    let body: @Sendable () -> Void

    init(name: String, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }

    func run() {
        #if canImport(Glibc)
        // What `ps -L` and debuggers show: the kernel keeps at most 15 bytes of it.
        let descriptor = open("/proc/thread-self/comm", O_WRONLY)
        if descriptor >= 0 {
            let bytes = Array(name.utf8.prefix(15))
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        #else
        _ = pthread_setname_np(name)
        #endif
        body()
    }
}

/// A result handed from a task to the thread waiting for it.
private final class Outcome<Value: Sendable>: Sendable {
    let result = Mutex<Result<Value, any Error>?>(nil)
}
