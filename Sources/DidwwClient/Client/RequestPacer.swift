import FoundationEssentials
import Synchronization

/// Keeps one client under the API's rate limit (20 requests per second): `reserve()` books the
/// next free slot in a sliding one-second window and says how long to wait for it. Thread-safe.
final class RequestPacer: Sendable {
    private let limit: Int
    private let window: Duration
    private let starts = Mutex<[ContinuousClock.Instant]>([])

    /// A pacer allowing `limit` request starts in any `window`.
    init(limit: Int = 20, window: Duration = .seconds(1)) {
        self.limit = max(1, limit)
        self.window = window
    }

    /// Books a start time for one request and returns how long to wait until it.
    func reserve(now: ContinuousClock.Instant = .now) -> Duration {
        starts.withLock { starts in
            starts.removeAll { $0 + window <= now }
            var slot = now
            if starts.count >= limit {
                slot = max(now, starts[starts.count - limit] + window)
            }
            starts.append(slot)
            starts.sort()
            return slot - now
        }
    }
}
