/// Hooks for tests of API 2026-11-19 authentication.
extension FakeDidwwServer {
    /// Makes every token minted so far expired, as if its lifetime had passed; the next call with one gets 401.
    public func expireAllTokens() {
        context.tokens.expireAll()
    }

    /// Answers the next `count` token requests with 429 `rate_limit_exceeded` and `Retry-After: retryAfterSeconds`.
    public func rateLimitTokenRequests(count: Int, retryAfterSeconds: Int = 1) {
        context.tokens.rateLimitNext(count, retryAfterSeconds: retryAfterSeconds)
    }
}
