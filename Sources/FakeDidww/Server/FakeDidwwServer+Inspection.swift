/// Hooks for tests, benchmarks and the demo: the request log, the store and the latency knob.
extension FakeDidwwServer {
    /// A copy of every request received so far (method, path, query, body; never headers).
    public func requests() -> [LoggedRequest] {
        context.requestLog.snapshot()
    }

    /// How many of the requests received so far have been answered (their answer made, after the
    /// latency); with `requests().count`, whether any is still being served.
    public func answeredRequestCount() -> Int {
        context.requestLog.answeredCount()
    }

    /// Forgets the in-memory request log (a log file, if any, is not truncated).
    public func clearRequestLog() {
        context.requestLog.clear()
    }

    /// The ids of all trunks in store order (creation order; created trunks are appended).
    public func trunkIDs() -> [String] {
        context.withStore { $0.trunks.map { $0.id } }
    }

    /// Changes the delay added before every response from now on.
    public func setLatency(milliseconds: Int) {
        context.latencyMilliseconds = milliseconds
    }

    /// Changes a trunk attribute directly, as if someone else edited it (for tests).
    ///
    /// `attribute` is a response attribute key (`"status"`, `"threshold_reached"`, `"created_at"`),
    /// a dotted path into the authentication method (`"authentication_method.attributes.tech_prefix"`,
    /// or `"authentication_method"` with a whole `["type": ..., "attributes": [...]]` dictionary),
    /// `"spent_amount"` (resource meta; `threshold_reached` follows), or `"dids"` / `"emergency_dids"`
    /// (arrays of DID ids). `value` is what JSONSerialization would give: String, Int, Double, Bool,
    /// nil/NSNull, arrays and `[String: Any]`. No validation is done. Returns false when the trunk,
    /// the attribute or the value's type is unknown.
    @discardableResult
    public func mutateTrunk(id: String, attribute: String, value: Any?) -> Bool {
        guard let json = JSONValue(any: value) else { return false }
        let path = attribute.split(separator: ".").map(String.init)
        return context.withStore { $0.directEdit(id: id, path: path, value: json) }
    }
}
