import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the runbook commands know of where their output goes: whether standard output and error
/// are terminals, and how wide the output may be.
enum OutputTerminal {
    /// True when standard output is a terminal (a person reads it, not a script).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// True when standard error is a terminal (a progress line may be drawn there).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width to fit: `COLUMNS` when set, else the terminal's width, else 80.
    static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// A one-line progress note on standard error, drawn only when standard error is a terminal
/// (never in a pipe or a log), and erased before the data or a message is written.
struct ProgressLine {
    let enabled = OutputTerminal.stderrIsTerminal

    /// Replaces the line with `text`.
    func show(_ text: String) {
        guard enabled else { return }
        StandardStreams.error("\r\u{1b}[K\(text)")
    }

    /// Erases the line.
    func clear() {
        guard enabled else { return }
        StandardStreams.error("\r\u{1b}[K")
    }
}
