/// Why a YAML text could not be read, worded for the user, with the line (from 1) and column it
/// concerns: libyaml's syntax errors, an undefined alias, a key given twice in one mapping, a
/// second document.
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    /// The problem `message` at `line` and `column`.
    public init(line: Int, column: Int = 1, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 9: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
