/// One problem found in a theme file, with where it is: "themes/x.yaml:12: error: …".
public struct ThemeDiagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How bad a problem is: errors make a theme unusable (or fail `theme check`).
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    /// 1-based line, or 0 when the problem has no place in the file (a missing file).
    public var line: Int
    public var severity: Severity
    public var message: String

    /// A diagnostic for `file` at `line`.
    public init(file: String, line: Int, _ severity: Severity, _ message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// An error diagnostic for `file` at `line`.
    public init(file: String, line: Int, _ message: String) {
        self.init(file: file, line: line, .error, message)
    }

    public var description: String {
        (line > 0 ? "\(file):\(line)" : file) + ": \(severity.rawValue): \(message)"
    }
}

/// A theme file could not be used; says which file, which line and why.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var diagnostics: [ThemeDiagnostic]

    /// An error carrying `diagnostics` (at least one).
    public init(_ diagnostics: [ThemeDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "; ")
    }
}
