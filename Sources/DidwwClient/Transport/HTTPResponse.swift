import FoundationEssentials

/// One HTTP response as a value: the final status line's code, its header fields and the whole body.
public struct HTTPResponse: Sendable {
    /// The HTTP status code, e.g. 200.
    public var status: Int
    /// Header fields of the final response, in received order.
    public var headers: [(name: String, value: String)]
    /// The body bytes, already decompressed; empty when the server sent none.
    public var body: Data

    /// Creates a response value.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// True for a 2xx status.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The first value of the header `name` (case-insensitive), or nil.
    public func headerValue(named name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
