import Synchronization

/// The state shared by every connection of one fake server: the store, the log and the knobs.
/// Thread-safe; the store is only touched inside `withStore`, which must not block.
final class ServerContext: Sendable {
    let config: FakeDidwwConfig
    let requestLog: RequestLog
    /// The bearer tokens minted by `POST /token` (API 2026-11-19).
    let tokens = TokenRegistry()
    /// The injected faults (see `FaultRule`).
    let faults = FaultInjector()
    private let store: Mutex<TrunkStore>
    private let latency: Atomic<Int>
    private let base = Mutex<String?>(nil)

    /// Seeds the store and creates the in-memory request log.
    init(config: FakeDidwwConfig) {
        self.config = config
        requestLog = RequestLog(secret: config.apiKey)
        var seeded = TrunkStore(trunkCount: config.trunkCount, seed: config.seed, didCount: config.didCount)
        if ApiVersionPolicy.usesBearerTokens(config.apiVersion) {
            seeded.conformTo20261119()
        }
        store = Mutex(seeded)
        latency = Atomic(max(0, config.latencyMilliseconds))
    }

    /// Runs `body` with exclusive access to the store.
    func withStore<Value>(_ body: (inout TrunkStore) -> Value) -> Value {
        store.withLock { body(&$0) }
    }

    /// The delay before each response, in milliseconds.
    var latencyMilliseconds: Int {
        get { latency.load(ordering: .relaxed) }
        set { latency.store(max(0, newValue), ordering: .relaxed) }
    }

    /// The base URL links are built from (`http://127.0.0.1:PORT/v3`), once listening.
    var baseURL: String? {
        get { base.withLock { $0 } }
        set { base.withLock { $0 = newValue } }
    }

    /// The base URL for links in answers: `baseURL`, or the configured host before listening.
    var linkBase: String {
        baseURL ?? "http://\(config.host)/v3"
    }
}
