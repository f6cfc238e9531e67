import FoundationEssentials

/// One HTTP request as a value: what to send, where, and how long to wait for the whole answer.
public struct HTTPRequest: Sendable {
    /// The request method; the raw value is sent on the wire.
    public enum Method: String, Sendable, Equatable, CaseIterable {
        case get = "GET"
        case post = "POST"
        case patch = "PATCH"
        case put = "PUT"
        case delete = "DELETE"

        /// True for methods that change state on the server.
        public var isMutating: Bool { self != .get }
    }

    /// The request method.
    public var method: Method
    /// The absolute URL, query included, already percent-encoded.
    public var url: URL
    /// Header fields in sending order; names are case-insensitive, an empty value leaves the header out.
    public var headers: [(name: String, value: String)]
    /// The body, or nil for none.
    public var body: Data?
    /// Seconds allowed for the whole exchange, connection included.
    public var timeout: TimeInterval

    /// Creates a request; `timeout` bounds the whole exchange in seconds.
    public init(
        method: Method,
        url: URL,
        headers: [(name: String, value: String)] = [],
        body: Data? = nil,
        timeout: TimeInterval = 15
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first value of the header `name` (case-insensitive), or nil.
    public func headerValue(named name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
