import FlyingFox
import FlyingSocks
import Foundation

/// A response body that yields its first half, then fails, so the server closes the connection
/// before the promised `Content-Length` has been sent ("connection closed mid-body").
struct TruncatedBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    struct Broken: Error {}

    let bytes: [UInt8]

    struct AsyncIterator: AsyncBufferedIteratorProtocol {
        var pending: [UInt8]?

        mutating func next() async throws -> UInt8? {
            guard var buffer = pending, !buffer.isEmpty else { throw Broken() }
            let first = buffer.removeFirst()
            pending = buffer
            return first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard let buffer = pending else { throw Broken() }
            pending = nil
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pending: Array(bytes.prefix(Swift.max(1, bytes.count / 2))))
    }

    /// A FlyingFox body claiming the full length of `data` but delivering only half of it.
    static func sequence(for data: Data) -> HTTPBodySequence {
        HTTPBodySequence(from: TruncatedBody(bytes: Array(data)), count: Swift.max(data.count, 2))
    }
}
