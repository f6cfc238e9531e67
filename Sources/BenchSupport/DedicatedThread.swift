import Foundation

/// Runs blocking work (`waitpid`, a blocking read, a child that takes its time) on a new thread
/// of its own, so that no thread of Swift's cooperative pool waits for it. The calling task
/// suspends until the work is done.
public enum DedicatedThread {
    /// `body`'s result, computed on a new thread named `name`.
    public static func run<Value: Sendable>(_ name: String = "bench-support.dedicated",
                                            _ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.name = name
            thread.start()
        }
    }
}
