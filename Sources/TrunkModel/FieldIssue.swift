/// A problem with a field's value, in the user's words.
public struct FieldIssue: Error, Equatable, Sendable {
    /// Errors block saving; warnings are shown and allowed.
    public enum Severity: Equatable, Sendable { case error, warning }

    public var severity: Severity
    public var message: String

    /// An error that blocks saving.
    public static func error(_ message: String) -> FieldIssue { FieldIssue(severity: .error, message: message) }
    /// A warning that is shown but does not block saving.
    public static func warning(_ message: String) -> FieldIssue { FieldIssue(severity: .warning, message: message) }
}
