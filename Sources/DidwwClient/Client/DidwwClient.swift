import FoundationEssentials
import Synchronization
import TrunkModel

/// Typed calls on DIDWW's `voice_out_trunks` (list, get, update, create, delete, regenerate
/// credentials) with authentication headers, read-only enforcement, retries and redaction.
///
/// Immutable and safe to share between tasks; every call suspends without blocking a thread
/// (the transport does the waiting). Calls throw `DidwwError`, or `CancellationError` when the
/// calling task is cancelled.
public final class DidwwClient: Sendable {
    /// The version of trunks, as `trunks --version` shows it and the `User-Agent` carries it.
    public static let version = "0.1"
    /// The `User-Agent` sent with every request.
    public static let userAgent = "trunks/\(version)"
    /// The JSON:API media type sent as `Accept` and `Content-Type`.
    public static let mediaType = "application/vnd.api+json"

    /// The base URL ending in `/v3`.
    public let baseURL: URL
    /// The `X-DIDWW-API-Version` sent with every request.
    public let apiVersion: String
    /// Seconds allowed for each request, connection included.
    public let timeout: TimeInterval
    /// When true, every mutating call throws `DidwwError.readOnly` before anything is sent: from
    /// the start (`readOnly` at creation), or from `enterReadOnly()` on.
    public var readOnly: Bool { readOnlyFlag.load(ordering: .acquiring) }
    private let readOnlyFlag: Atomic<Bool>
    /// When and how the client retries by itself.
    public let retryPolicy: RetryPolicy

    let apiKey: APIKey
    let transport: any HTTPTransport
    let baseURLProblem: DidwwError?
    let requestLogger: (@Sendable (String) -> Void)?
    /// Told before each wait for another try (`RetryNotice`).
    let retryObserver: (@Sendable (RetryNotice) -> Void)?
    /// Told when each try is sent and when it ends (`TryNotice`).
    let tryObserver: (@Sendable (TryNotice) -> Void)?
    /// The number of the last request begun, for `TryNotice.request`.
    private let requestCounter = Atomic<UInt64>(0)
    /// Keeps this client under 20 requests per second.
    let pacer = RequestPacer()
    /// Mints the bearer tokens of API 2026-11-19; nil when calls carry `Api-Key`.
    public let tokenProvider: TokenProvider?
    /// Why no token can be minted (no token service known for the base URL); nothing is sent then.
    let tokenProblem: DidwwError?

    /// Creates a client; `requestLogger` receives one redacted line per request and per outcome,
    /// `retryObserver` a `RetryNotice` before each wait for another try, `tryObserver` a
    /// `TryNotice` when each try is sent and when it ends (both on the calling task's thread).
    ///
    /// A base URL that `BaseURLPolicy` refuses makes every call throw `DidwwError.invalidBaseURL`
    /// before the key leaves the process.
    public init(baseURL: URL, apiKey: String, apiVersion: String = "2026-04-16",
                transport: any HTTPTransport, timeout: TimeInterval = 15, readOnly: Bool = false,
                retryPolicy: RetryPolicy = .standard, requestLogger: (@Sendable (String) -> Void)? = nil,
                tokenService: TokenServiceSettings? = nil, retryObserver: (@Sendable (RetryNotice) -> Void)? = nil,
                tryObserver: (@Sendable (TryNotice) -> Void)? = nil) {
        self.baseURL = baseURL
        self.apiKey = APIKey(apiKey)
        self.apiVersion = apiVersion
        self.transport = transport
        self.timeout = timeout
        readOnlyFlag = Atomic(readOnly)
        self.retryPolicy = retryPolicy
        self.requestLogger = requestLogger
        self.retryObserver = retryObserver
        self.tryObserver = tryObserver
        (tokenProvider, tokenProblem) = Self.makeTokenProvider(
            baseURL: baseURL, apiKey: apiKey, apiVersion: apiVersion, explicit: tokenService, readOnly: readOnly,
            transport: transport, timeout: timeout, retryPolicy: retryPolicy, logger: requestLogger)
        do {
            try BaseURLPolicy.validate(baseURL)
            baseURLProblem = nil
        } catch let error as DidwwError {
            baseURLProblem = error
        } catch {
            baseURLProblem = .invalidBaseURL(reason: "The base URL is not acceptable.")
        }
    }

    /// Refuses every change from now on, before anything is sent (there is no way back: a
    /// client that was read-only stays so). Safe from any thread.
    public func enterReadOnly() {
        readOnlyFlag.store(true, ordering: .releasing)
    }

    /// A number for a new request, unique within this client.
    func nextRequestNumber() -> UInt64 {
        requestCounter.add(1, ordering: .relaxed).newValue
    }

    /// The headers sent with every request: the API key (when no bearer token is used), media types, version.
    var standardHeaders: [(name: String, value: String)] {
        (tokenProvider == nil ? [(name: "Api-Key", value: apiKey.value)] : []) + [
            (name: "Accept", value: Self.mediaType),
            (name: "Content-Type", value: Self.mediaType),
            (name: "X-DIDWW-API-Version", value: apiVersion),
            (name: "User-Agent", value: Self.userAgent),
        ]
    }
}
