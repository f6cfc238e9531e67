import Synchronization

/// A one-way flag set by task cancellation and read by libcurl's progress callback on the transfer thread.
final class CurlCancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)

    /// Creates an unset flag.
    init() {}

    /// Asks the transfer to stop at libcurl's next progress report; callable from any thread.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// True once `cancel` was called.
    var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }
}
