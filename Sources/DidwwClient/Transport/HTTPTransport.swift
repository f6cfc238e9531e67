import FoundationEssentials

/// Sends one HTTP request and returns the response; any status code is a response, not an error.
///
/// Implementations are safe to call from any task concurrently. Failures to get a response are
/// thrown as `TransportError`; cancelling the calling task throws `CancellationError`.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and waits (without blocking the caller's thread) for the whole response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
