import Foundation
import Synchronization

/// One access token the fake token service minted.
struct IssuedToken: Sendable {
    var audience: [String]
    var scope: String
    var apiVersion: String
    var expiresAt: ContinuousClock.Instant
}

/// The tokens minted so far and the token-service knobs; thread-safe.
final class TokenRegistry: Sendable {
    private struct State {
        var tokens: [String: IssuedToken] = [:]
        var rateLimitedRequests = 0
        var retryAfterSeconds = 1
        var serial: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Stores a new token and returns its value (random, never derived from the key).
    func mint(_ token: IssuedToken) -> String {
        let value = "dwt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        state.withLock { $0.tokens[value] = token }
        return value
    }

    /// The token with `value`, if it was minted here (expired or not).
    func token(_ value: String) -> IssuedToken? {
        state.withLock { $0.tokens[value] }
    }

    /// Makes every token minted so far expired, as if their lifetime had passed.
    func expireAll() {
        state.withLock { state in
            for key in state.tokens.keys { state.tokens[key]?.expiresAt = .now - .seconds(1) }
        }
    }

    /// Answers the next `count` token requests with 429 and `Retry-After: seconds`.
    func rateLimitNext(_ count: Int, retryAfterSeconds: Int) {
        state.withLock {
            $0.rateLimitedRequests = max(0, count)
            $0.retryAfterSeconds = max(0, retryAfterSeconds)
        }
    }

    /// The `Retry-After` seconds when this token request is to be refused with 429, else nil.
    func takeRateLimit() -> Int? {
        state.withLock { state in
            guard state.rateLimitedRequests > 0 else { return nil }
            state.rateLimitedRequests -= 1
            return state.retryAfterSeconds
        }
    }
}
