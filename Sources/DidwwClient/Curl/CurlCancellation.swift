import Foundation

/// A one-way flag set by task cancellation and read by libcurl's progress callback on the transfer thread.
final class CurlCancellation: Sendable {
    private let cancelled = LockedValue(false)

    /// Creates an unset flag.
    init() {}

    /// Asks the transfer to stop at libcurl's next progress report; callable from any thread.
    func cancel() {
        cancelled.withLock { $0 = true }
    }

    /// True once `cancel` was called.
    var isCancelled: Bool {
        cancelled.withLock { $0 }
    }
}
