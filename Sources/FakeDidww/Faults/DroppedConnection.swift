import FlyingFox
import Foundation

/// An answer that is never sent: the server closes the connection without writing a byte, as a
/// server that crashes, or a balancer that cuts the connection, does mid-request.
///
/// FlyingFox asks a protocol-switch handler for its frames before it writes the switch's status
/// line, and closes the connection when that fails; this handler always fails there. It is the
/// only way FlyingFox offers to drop a connection from inside a handler.
struct DroppedConnection: WSHandler {
    struct Dropped: Error {}

    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        throw Dropped()
    }

    /// The response that makes the server close the connection unanswered.
    static var response: HTTPResponse {
        HTTPResponse(webSocket: DroppedConnection())
    }
}
