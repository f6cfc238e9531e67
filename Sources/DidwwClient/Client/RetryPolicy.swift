import Foundation

/// When the client sends a request again by itself: reads (GET) after a lost connection or a
/// 429/502/503/504 answer, changes only after a 429 (the server did not act on them).
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

    /// Creates a policy.
    public init(maximumRetries: Int, initialDelay: TimeInterval, maximumDelay: TimeInterval) {
        self.maximumRetries = maximumRetries
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    /// Two retries after 0.5 s and 1 s, honouring `Retry-After` up to 5 s.
    public static let standard = RetryPolicy(maximumRetries: 2, initialDelay: 0.5, maximumDelay: 5)

    /// Never sends a request twice.
    public static let never = RetryPolicy(maximumRetries: 0, initialDelay: 0, maximumDelay: 0)

    /// The wait before retry number `attempt` (1-based) after `response`, or nil to give up.
    func delay(beforeRetry attempt: Int, method: HTTPRequest.Method, response: HTTPResponse) -> TimeInterval? {
        guard attempt <= maximumRetries else { return nil }
        let retryable: Set<Int> = method.isMutating ? [429] : [429, 502, 503, 504]
        guard retryable.contains(response.status) else { return nil }
        if let header = response.headerValue(named: "Retry-After"), let seconds = TimeInterval(header), seconds >= 0 {
            return min(seconds, maximumDelay)
        }
        return backoff(attempt)
    }

    /// The wait before retry number `attempt` (1-based) after `error`, or nil to give up.
    func delay(beforeRetry attempt: Int, method: HTTPRequest.Method, error: TransportError) -> TimeInterval? {
        guard attempt <= maximumRetries, !method.isMutating, case .connectionLost = error else { return nil }
        return backoff(attempt)
    }

    private func backoff(_ attempt: Int) -> TimeInterval {
        min(initialDelay * pow(2, Double(attempt - 1)), maximumDelay)
    }
}
