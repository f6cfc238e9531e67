/// Why a `CursesScreen` could not start.
public enum CursesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// Another `CursesScreen` is active in this process; stop it first.
    case alreadyActive
    /// ncurses could not start on this terminal type (unknown `TERM`?).
    case cannotStart(terminalType: String)
    /// `TERM` is unset, or names a terminal that cannot move the cursor (`dumb`): no full screen.
    case notFullScreen(terminalType: String)
    /// A system call failed while setting up.
    case systemCallFailed(call: String, errno: Int32)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .notATerminal:
            return "trunks needs a terminal: standard input and output must not be redirected"
        case .alreadyActive:
            return "a curses screen is already active in this process"
        case .cannotStart(let terminalType):
            return "cannot start curses on terminal type '\(terminalType)' (check TERM)"
        case .notFullScreen(let terminalType):
            let problem = terminalType.isEmpty ? "TERM is not set" : "TERM=\(terminalType) cannot move the cursor"
            return problem + ": trunks needs a full-screen terminal. "
                + "Set TERM to your terminal's type, for example TERM=xterm-256color"
        case .systemCallFailed(let call, let errno):
            return "\(call) failed (errno \(errno))"
        }
    }
}
