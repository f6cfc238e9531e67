import Foundation

/// One request as the fake server saw it: never any header, so never the API key.
public struct LoggedRequest: Codable, Sendable, Equatable {
    /// The HTTP method, e.g. `PATCH`.
    public var method: String
    /// The path without the query, as sent (still percent-encoded), e.g. `/v3/voice_out_trunks/<id>`.
    public var path: String
    /// The raw query string as sent (percent-encoded), without `?`; empty when there was none.
    public var query: String
    /// The body as UTF-8 text; empty when there was none.
    public var body: String
    /// The injected fault this request met (`FaultKind.spec`, e.g. `503`), nil when answered normally.
    public var fault: String?
    /// When the request arrived, in seconds since 1970 (the log's own clock); nil in a request
    /// made up rather than received.
    public var receivedAt: Double?

    /// A logged request with the given parts.
    public init(method: String, path: String, query: String, body: String, fault: String? = nil, receivedAt: Double? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.fault = fault
        self.receivedAt = receivedAt
    }

    /// Equal when method, path, query, body and fault are (the time received is left out).
    public static func == (left: LoggedRequest, right: LoggedRequest) -> Bool {
        left.method == right.method && left.path == right.path && left.query == right.query && left.body == right.body
            && left.fault == right.fault
    }
}
