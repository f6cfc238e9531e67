/// The result of a request together with the HTTP status the server actually answered it with
/// (the audit trail records this status, not the one the reference documents).
public struct Answered<Value: Sendable>: Sendable {
    /// The decoded result.
    public var value: Value
    /// The status of the final answer (after any retries), e.g. 200, 201.
    public var status: Int

    /// A result answered with `status`.
    public init(value: Value, status: Int) {
        self.value = value
        self.status = status
    }
}
