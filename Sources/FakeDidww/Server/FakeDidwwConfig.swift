/// Settings of a fake DIDWW server: where it listens, what it seeds and how it behaves.
public struct FakeDidwwConfig: Sendable {
    /// The IP address to bind (IPv4 or IPv6 literal); loopback by default.
    public var host: String = "127.0.0.1"
    /// The TCP port; 0 picks a free one (read it back from `FakeDidwwServer.baseURL`).
    public var port: UInt16 = 0
    /// How many trunks to seed.
    public var trunkCount: Int = 42
    /// The seed of the deterministic data.
    public var seed: UInt64 = 42
    /// The only `Api-Key` header value the server accepts.
    public var apiKey: String = "demo-api-key"
    /// A delay added before every response; a write takes effect at once, only its answer waits.
    public var latencyMilliseconds: Int = 0
    /// A JSON-lines file every request is appended to, if set.
    public var requestLogPath: String? = nil
    /// The account's own (pinned) API version: served when a request names none or an older one
    /// (an account is pinned to the version current at its first use, and a request for an older
    /// version is ignored), and reported in `meta.api_version`.
    public var apiVersion: String = "2026-04-16"
    /// When set, every token lives this many seconds, whatever `expires_in` asked (tests of expiry).
    public var tokenLifetimeSeconds: Int? = nil
    /// How many DIDs the account owns (at least `defaultDidCount`, which the fixtures link).
    public var didCount: Int = FakeDidwwConfig.defaultDidCount
    /// The DIDs of the standard seed.
    public static let defaultDidCount = 64
    /// Whether the account has the "Outbound API" (2026-11-19 refuses every trunk call with 403 without it).
    public var outboundAPIEnabled: Bool = true

    /// A configuration; every argument has the default above.
    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 0,
        trunkCount: Int = 42,
        seed: UInt64 = 42,
        apiKey: String = "demo-api-key",
        latencyMilliseconds: Int = 0,
        requestLogPath: String? = nil,
        apiVersion: String = "2026-04-16"
    ) {
        self.host = host
        self.port = port
        self.trunkCount = trunkCount
        self.seed = seed
        self.apiKey = apiKey
        self.latencyMilliseconds = latencyMilliseconds
        self.requestLogPath = requestLogPath
        self.apiVersion = apiVersion
    }
}
