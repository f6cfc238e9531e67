import FoundationEssentials
import OwnThread

/// The real `HTTPTransport`: libcurl easy handles from a small pool, each transfer on a thread of
/// its own so that neither the caller's thread nor Swift's cooperative pool ever waits. (Not a
/// concurrent `DispatchQueue`: on Linux it runs as many blocking blocks at once as there are
/// cores, so on 2 cores 8 pages asked for at once went out 2 at a time.)
///
/// Safe to share between tasks; at most `maximumConcurrentTransfers` requests run at once and
/// the rest wait their turn. Connections stay open between requests. TLS peer and host
/// verification are always on. Cancelling the calling task aborts the transfer within about a second.
public final class CurlTransport: HTTPTransport {
    /// The largest answer body accepted, in bytes.
    public static let maximumBodyBytes = 64 * 1_048_576

    private let pool: CurlHandlePool
    private let connectTimeout: TimeInterval

    /// Creates a transport; `connectTimeout` caps connection set-up (the request's timeout caps the rest).
    public init(maximumConcurrentTransfers: Int = 4, connectTimeout: TimeInterval = 10) {
        pool = CurlHandlePool(capacity: maximumConcurrentTransfers)
        self.connectTimeout = connectTimeout
    }

    /// Sends `request` on a worker thread; throws `TransportError` or `CancellationError`.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let handle = try await pool.acquire()
        defer { pool.release(handle) }
        try Task.checkCancellation()
        let cancellation = CurlCancellation()
        let transfer = CurlTransfer(handle: handle, request: request, connectTimeout: connectTimeout,
                                    maximumBodyBytes: Self.maximumBodyBytes, cancellation: cancellation)
        return try await withTaskCancellationHandler {
            try await OwnThread.run("trunks.curl-transfer") { try transfer.run().get() }
        } onCancel: {
            cancellation.cancel()
        }
    }
}
