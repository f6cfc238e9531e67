import Synchronization

/// A one-shot rendezvous for server start-up: the first of "listening" or "failed" wins, and
/// `wait()` returns or throws accordingly. Thread-safe.
final class StartupSignal: Sendable {
    private enum State {
        case pending(CheckedContinuation<Void, any Error>?)
        case finished(Result<Void, any Error>)
    }

    private let state = Mutex<State>(.pending(nil))

    /// Reports that the server is listening.
    func succeed() {
        finish(.success(()))
    }

    /// Reports that the server could not start.
    func fail(_ error: any Error) {
        finish(.failure(error))
    }

    /// Suspends until `succeed()` or `fail(_:)` has been called (returns at once if one was).
    func wait() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let outcome: Result<Void, any Error>? = state.withLock { state in
                switch state {
                case .pending:
                    state = .pending(continuation)
                    return nil
                case .finished(let result):
                    return result
                }
            }
            if let outcome {
                continuation.resume(with: outcome)
            }
        }
    }

    private func finish(_ result: Result<Void, any Error>) {
        let waiting: CheckedContinuation<Void, any Error>? = state.withLock { state in
            guard case .pending(let continuation) = state else { return nil }
            state = .finished(result)
            return continuation
        }
        waiting?.resume(with: result)
    }
}
