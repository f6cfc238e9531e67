/// Why the fake server could not start.
public enum FakeDidwwError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `host` is not an IPv4 or IPv6 address literal.
    case invalidHost(String)
    /// `start()` was called on a server that is already running.
    case alreadyStarted
    /// The request log file could not be opened for appending.
    case cannotOpenRequestLog(path: String, reason: String)
    /// The server did not report a listening address.
    case noListeningAddress

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidHost(let host): "not an IP address: \(host)"
        case .alreadyStarted: "the fake DIDWW server is already running"
        case let .cannotOpenRequestLog(path, reason): "cannot open request log \(path): \(reason)"
        case .noListeningAddress: "the fake DIDWW server did not report its listening address"
        }
    }
}
