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
    /// Requests wait here until the account is seeded (`seed(progress:)`).
    let seeding: SeedingGate
    private let store: Mutex<TrunkStore>
    private let latency: Atomic<Int>
    private let base = Mutex<String?>(nil)

    /// Seeds the store now (or, with `seedNow` false, leaves it empty until `seed(progress:)`)
    /// and creates the in-memory request log.
    init(config: FakeDidwwConfig, seedNow: Bool = true) {
        self.config = config
        requestLog = RequestLog(secret: config.apiKey)
        store = Mutex(seedNow ? Self.seededStore(config) : TrunkStore(trunkCount: 0, seed: config.seed, didCount: config.didCount))
        seeding = SeedingGate(isOpen: seedNow)
        latency = Atomic(max(0, config.latencyMilliseconds))
    }

    /// Seeds the account of a context made with `seedNow` false, calling `progress(seeded,
    /// total)` as it goes, then lets requests through. Blocks the calling thread meanwhile.
    func seed(progress: (Int, Int) -> Void) {
        guard !seeding.isOpen else { return }
        let seeded = Self.seededStore(config, progress: progress)
        store.withLock { $0 = seeded }
        seeding.open()
    }

    private static func seededStore(_ config: FakeDidwwConfig, progress: (Int, Int) -> Void = { _, _ in }) -> TrunkStore {
        var seeded = TrunkStore(trunkCount: config.trunkCount, seed: config.seed, didCount: config.didCount, progress: progress)
        if ApiVersionPolicy.usesBearerTokens(config.apiVersion) {
            seeded.conformTo20261119()
        }
        return seeded
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
