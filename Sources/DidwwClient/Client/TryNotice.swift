import FoundationEssentials

/// Said when one try of a request is sent and when it ends (answered, failed or cancelled), so a
/// screen can show how long the server has been silent. Never holds the API key or a token.
public struct TryNotice: Sendable, Equatable {
    /// Whether the try has just been sent or has just ended.
    public enum Phase: Sendable, Equatable {
        case started
        case ended
    }

    /// Identifies the request (the same for all its tries) among this client's requests.
    public var request: UInt64
    /// The HTTP method of the request, e.g. `GET`.
    public var method: String
    /// 1 for the first try, 2 for the first retry.
    public var tryNumber: Int
    /// The most tries the policy allows (first try plus retries).
    public var maximumTries: Int
    /// Whether the try has just been sent or has just ended.
    public var phase: Phase

    /// A notice about try `tryNumber` of `maximumTries` of request `request`.
    public init(request: UInt64, method: String, tryNumber: Int, maximumTries: Int, phase: Phase) {
        self.request = request
        self.method = method
        self.tryNumber = tryNumber
        self.maximumTries = maximumTries
        self.phase = phase
    }
}

extension DidwwClient {
    /// Sends one try of request `id` through the transport, telling `tryObserver` when it starts
    /// and when it ends, however it ends.
    func sendObserved(_ request: HTTPRequest, id: UInt64, tryNumber: Int) async throws -> HTTPResponse {
        guard let tryObserver else { return try await transport.send(request) }
        let method = request.method.rawValue
        let maximum = retryPolicy.maximumRetries + 1
        tryObserver(TryNotice(request: id, method: method, tryNumber: tryNumber, maximumTries: maximum, phase: .started))
        defer {
            tryObserver(TryNotice(request: id, method: method, tryNumber: tryNumber, maximumTries: maximum, phase: .ended))
        }
        return try await transport.send(request)
    }
}
