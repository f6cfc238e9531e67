import FoundationEssentials

/// Said before the client waits to try a request again, so a screen can show that it is retrying
/// rather than only "loading". Never holds the API key or a token.
public struct RetryNotice: Sendable, Equatable {
    /// The HTTP method of the request, e.g. `GET`.
    public var method: String
    /// The tries made so far (1 after the first failure).
    public var failedTries: Int
    /// The most tries the policy allows (first try plus retries).
    public var maximumTries: Int
    /// Seconds until the next try.
    public var delay: TimeInterval
    /// Why the last try failed, in the words the user would see.
    public var reason: String

    public init(method: String, failedTries: Int, maximumTries: Int, delay: TimeInterval, reason: String) {
        self.method = method
        self.failedTries = failedTries
        self.maximumTries = maximumTries
        self.delay = delay
        self.reason = reason
    }

    /// One line for a log or status bar, e.g. "Retrying in 2 s (try 3 of 6): The DIDWW server failed (503)."
    public var summary: String {
        let seconds = delay < 1 ? "a moment" : "\(Int(delay.rounded())) s"
        return "Retrying in \(seconds) \(detail)"
    }

    /// The part that does not change while waiting: "(try 3 of 6): The DIDWW server failed (503)."
    public var detail: String {
        "(try \(failedTries + 1) of \(maximumTries)): \(reason)"
    }
}
