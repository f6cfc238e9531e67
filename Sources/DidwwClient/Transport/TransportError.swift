import FoundationEssentials
import TrunkModel

/// Why no HTTP response arrived, in plain words; never carries header values or request bodies.
public enum TransportError: Error, Equatable, Sendable {
    /// Nothing listens on the port (the host answered with a refusal).
    case connectionRefused(host: String, port: Int)
    /// The connection could not be made for another reason (unreachable network, connect timeout).
    case couldNotConnect(host: String, port: Int, reason: String)
    /// The host name could not be resolved.
    case hostNotFound(host: String)
    /// The secure connection failed, e.g. the server certificate was not trusted.
    case tlsFailure(host: String, detail: String)
    /// No complete answer within the allowed time; `requestSent` tells whether the server may have acted.
    case timedOut(seconds: TimeInterval, requestSent: Bool)
    /// The connection closed or reset before the answer was complete.
    case connectionLost(host: String, detail: String, requestSent: Bool)
    /// The answer was larger than the transport accepts.
    case responseTooLarge(limitBytes: Int)
    /// The request could not be expressed (bad URL, a line break in a header, ...).
    case invalidRequest(reason: String)
    /// Any other failure, with libcurl's code and message.
    case other(code: Int, message: String)

    /// A short lowercase sentence fit for a status bar, e.g. "no answer within 5 s".
    public var message: String {
        switch self {
        case let .connectionRefused(host, port):
            return "could not connect to \(Self.hostAndPort(host, port)): connection refused"
        case let .couldNotConnect(host, port, reason):
            return "could not connect to \(Self.hostAndPort(host, port)): \(reason)"
        case let .hostNotFound(host):
            return "could not find the host \(host) (DNS lookup failed)"
        case let .tlsFailure(host, detail):
            return "secure connection to \(host) failed: \(detail)"
        case let .timedOut(seconds, _):
            return "no answer within \(Self.formatSeconds(seconds))"
        case let .connectionLost(host, detail, _):
            return "the connection to \(host) broke before the answer was complete (\(detail))"
        case let .responseTooLarge(limitBytes):
            return "the answer was larger than \(limitBytes / 1_048_576) MiB and was dropped"
        case let .invalidRequest(reason):
            return "the request could not be sent: \(reason)"
        case let .other(code, message):
            return "network error \(code): \(message)"
        }
    }

    /// False only when the request certainly never reached the server, so sending it again is safe.
    public var mayHaveReachedServer: Bool {
        switch self {
        case .connectionRefused, .couldNotConnect, .hostNotFound, .tlsFailure, .invalidRequest:
            return false
        case let .timedOut(_, requestSent), let .connectionLost(_, _, requestSent):
            return requestSent
        case .responseTooLarge, .other:
            return true
        }
    }

    /// Seconds as "5 s" or "1.5 s".
    static func formatSeconds(_ seconds: TimeInterval) -> String {
        if seconds.rounded() == seconds {
            return "\(Int(seconds)) s"
        }
        return FixedPoint.text(seconds, decimals: 1) + " s"
    }

    private static func hostAndPort(_ host: String, _ port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}

extension TransportError: CustomStringConvertible {
    /// The same text as `message`.
    public var description: String { message }
}
