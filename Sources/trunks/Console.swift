import FoundationEssentials
import TrunkModel

/// Writes text that may hold server- or file-derived parts (trunk names, paths, configuration
/// values, messages quoting a file) to standard output or error, with every control character
/// shown as a visible escape (`TerminalSafeText`), whether or not the output is a terminal.
enum Console {
    /// Prints `text` as one line on standard output.
    static func line(_ text: String) {
        print(TerminalSafeText.line(text))
    }

    /// Prints `text` on standard error, keeping the line breaks it has on purpose.
    static func error(_ text: String) {
        StandardStreams.error(TerminalSafeText.lines(text) + "\n")
    }
}
