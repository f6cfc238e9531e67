import FoundationEssentials

/// Mints and keeps the bearer token of API 2026-11-19: one `POST {token service}` with the API
/// key, reused until shortly before it expires, renewed at most once per refusal.
///
/// An actor: callers from any task share one token, and concurrent callers wait for the same
/// mint instead of starting their own. The token lives in this object's memory only; it is
/// never logged (log lines name the token service and the outcome, not the token or the key).
public actor TokenProvider {
    /// The settings tokens are minted with.
    public let settings: TokenServiceSettings
    /// The version stamped into each token (`api_version`).
    public let apiVersion: String

    private let apiKey: APIKey
    private let transport: any HTTPTransport
    private let timeout: TimeInterval
    private let retryPolicy: RetryPolicy
    private let logger: (@Sendable (String) -> Void)?
    private var current: AccessToken?
    private var minting: Task<AccessToken, Error>?

    /// A provider that mints with `apiKey` through `transport`; `logger` receives one redacted line per mint.
    public init(settings: TokenServiceSettings, apiKey: String, apiVersion: String, transport: any HTTPTransport,
                timeout: TimeInterval = 15, retryPolicy: RetryPolicy = .standard,
                logger: (@Sendable (String) -> Void)? = nil) {
        self.settings = settings
        self.apiKey = APIKey(apiKey)
        self.apiVersion = apiVersion
        self.transport = transport
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.logger = logger
    }

    /// A token that is not due for renewal, minting one when there is none.
    func token() async throws -> AccessToken {
        if let current, ContinuousClock.now < current.renewAt {
            return current
        }
        return try await mint()
    }

    /// A new token after the API refused `rejected` (401); another caller may already have replaced it.
    func token(replacing rejected: AccessToken) async throws -> AccessToken {
        if let current, current.value != rejected.value {
            return current
        }
        current = nil
        return try await mint()
    }

    private func mint() async throws -> AccessToken {
        if let minting {
            return try await minting.value
        }
        let task = Task { try await self.requestToken() }
        minting = task
        defer { minting = nil }
        let token = try await task.value
        current = token
        return token
    }

    private func requestToken() async throws -> AccessToken {
        try BaseURLPolicy.validate(settings.tokenURL)
        let request = HTTPRequest(method: .post, url: settings.tokenURL, headers: [
            (name: "Api-Key", value: apiKey.value),
            (name: "Content-Type", value: "application/json"),
            (name: "Accept", value: "application/json"),
            (name: "User-Agent", value: DidwwClient.userAgent),
        ], body: TokenExchange.requestBody(settings: settings, apiVersion: apiVersion), timeout: timeout)
        var attempt = 0
        while true {
            attempt += 1
            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch let error as TransportError {
                logger?("POST \(settings.tokenURL.absoluteString) (token) failed: \(error.message)")
                if let delay = retryPolicy.delay(beforeRetry: attempt, method: .get, error: error) {
                    try await Task.sleep(for: .seconds(delay))
                    continue
                }
                throw DidwwError.transport(error)
            }
            logger?("POST \(settings.tokenURL.absoluteString) (token, scope \(settings.scope.rawValue)) → \(response.status)")
            if response.isSuccess {
                return try TokenExchange.token(from: response, mintedAt: .now)
            }
            if response.status == 429, let delay = retryPolicy.delay(beforeRetry: attempt, method: .post, response: response) {
                try await Task.sleep(for: .seconds(delay))
                continue
            }
            throw TokenExchange.error(for: response)
        }
    }
}
