import FoundationEssentials

extension DidwwClient {
    /// Header names whose values are never written anywhere.
    static let secretHeaderNames: Set<String> = ["api-key", "authorization"]

    /// A one-line description of `request` safe for logs: method, URL, headers with secrets
    /// replaced by `[redacted]`, and the body's size (never its content, which may hold secrets).
    public func redactedDescription(of request: HTTPRequest) -> String {
        let headers = request.headers.map { header in
            let value = Self.secretHeaderNames.contains(header.name.lowercased()) ? "[redacted]" : header.value
            return "\(header.name): \(value)"
        }.joined(separator: ", ")
        let body = request.body.map { " body \($0.count) bytes" } ?? ""
        let line = "\(request.method.rawValue) \(request.url.absoluteString) [\(headers)]\(body)"
        let key = apiKey.value
        return key.isEmpty ? line : line.replacing(key, with: "[redacted]")
    }
}
