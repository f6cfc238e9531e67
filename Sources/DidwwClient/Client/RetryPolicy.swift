import FoundationEssentials
import TrunkModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When the client sends a request again by itself.
///
/// Reads (GET) are retried after a lost or timed-out connection, a refused connection, or a
/// 429/500/502/503/504 answer, with exponential backoff and jitter, honouring `Retry-After`,
/// until `maximumRetries` or `maximumElapsed` runs out. Changes are retried only when the server
/// certainly did not act: after a 429, or when the connection could not even be made.
///
/// A change whose outcome is unknown (timeout, connection lost after sending) is never retried;
/// the caller reads the trunk again and compares.
public struct RetryPolicy: Equatable, Sendable {
    /// How many times a request may be sent again after the first try.
    public var maximumRetries: Int
    /// The wait before the first retry; it doubles for each further retry.
    public var initialDelay: TimeInterval
    /// The longest wait honoured from a `Retry-After` header, and the cap on the doubling.
    public var maximumDelay: TimeInterval
    /// No retry starts later than this many seconds after the first try.
    public var maximumElapsed: TimeInterval
    /// Each backoff wait is multiplied by a random factor in `1 - jitter ... 1 + jitter`.
    public var jitter: Double

    /// Creates a policy.
    public init(maximumRetries: Int, initialDelay: TimeInterval, maximumDelay: TimeInterval,
                maximumElapsed: TimeInterval = 30, jitter: Double = 0) {
        self.maximumRetries = maximumRetries
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumElapsed = maximumElapsed
        self.jitter = min(1, max(0, jitter))
    }

    /// Up to five retries after about 0.5, 1, 2, 4, 8 s (±25 %), honouring `Retry-After` up to
    /// 10 s, and none later than 20 s after the first try.
    public static let standard = RetryPolicy(maximumRetries: 5, initialDelay: 0.5, maximumDelay: 10,
                                             maximumElapsed: 20, jitter: 0.25)

    /// Never sends a request twice.
    public static let never = RetryPolicy(maximumRetries: 0, initialDelay: 0, maximumDelay: 0, maximumElapsed: 0)

    /// The wait before retry number `attempt` (1-based) after `response`, or nil to give up.
    func delay(beforeRetry attempt: Int, method: HTTPRequest.Method, response: HTTPResponse,
               now: Date = Date()) -> TimeInterval? {
        guard attempt <= maximumRetries else { return nil }
        let retryable: Set<Int> = method.isMutating ? [429] : [429, 500, 502, 503, 504]
        guard retryable.contains(response.status) else { return nil }
        if let header = response.headerValue(named: "Retry-After") {
            guard let seconds = Self.seconds(retryAfter: header, now: now) else { return backoff(attempt) }
            return seconds <= maximumDelay ? seconds : nil
        }
        return backoff(attempt)
    }

    /// The wait before retry number `attempt` (1-based) after `error`, or nil to give up.
    func delay(beforeRetry attempt: Int, method: HTTPRequest.Method, error: TransportError) -> TimeInterval? {
        guard attempt <= maximumRetries else { return nil }
        switch error {
        case .connectionRefused, .couldNotConnect:
            return backoff(attempt)
        case .connectionLost, .timedOut:
            return method.isMutating ? nil : backoff(attempt)
        case .hostNotFound, .tlsFailure, .responseTooLarge, .invalidRequest, .other:
            return nil
        }
    }

    /// `Retry-After` as seconds from now: a number of seconds or an HTTP date.
    static func seconds(retryAfter header: String, now: Date) -> TimeInterval? {
        let text = header.trimmingWhitespace()
        if let seconds = TimeInterval(text) { return seconds >= 0 ? seconds : nil }
        guard let date = HTTPDate.date(text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    private func backoff(_ attempt: Int) -> TimeInterval {
        let base = min(initialDelay * pow(2, Double(attempt - 1)), maximumDelay)
        guard jitter > 0 else { return base }
        return base * Double.random(in: (1 - jitter)...(1 + jitter))
    }
}
