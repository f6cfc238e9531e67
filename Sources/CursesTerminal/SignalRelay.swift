import Glibc

/// A process signal asking the application to finish: save what must not be lost, call
/// `CursesScreen.stop()`, then exit.
public enum TerminalSignal: Int, Sendable, Comparable, CaseIterable {
    /// SIGINT from `kill -INT` (in raw mode Ctrl-C arrives as the key `.ctrl("c")` instead).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP, or the terminal's input closed: the terminal is gone, do not wait for input.
    case hangup

    /// The signal's number (SIGHUP also stands for a terminal whose input closed).
    public var number: Int32 {
        switch self {
        case .interrupt: return SIGINT
        case .terminate: return SIGTERM
        case .hangup: return SIGHUP
        }
    }

    /// The exit status shells and supervisors expect after the signal: 128 + its number
    /// (SIGINT 130, SIGTERM 143, SIGHUP 129).
    public var exitStatus: Int32 { 128 + number }

    /// Orders by strength: interrupt < terminate < hangup.
    public static func < (lhs: TerminalSignal, rhs: TerminalSignal) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The write end of the relay pipe, read by the signal handler (async-signal-safe: a load).
nonisolated(unsafe) private var relayDescriptor: Int32 = -1

/// Routes SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGTSTP and SIGCONT to a self-pipe: the handler
/// only writes the signal number, so the loop thread does all the work outside signal context.
///
/// Threading: install, uninstall and drain on the loop thread. Signal dispositions are
/// process-wide, so only one relay may be installed at a time (`CursesScreen` ensures it).
final class SignalRelay {
    /// The signals relayed to the pipe.
    static let relayed: [Int32] = [SIGWINCH, SIGHUP, SIGTERM, SIGINT, SIGTSTP, SIGCONT]

    private let pipe: SelfPipe
    private var previous: [Int32: sigaction] = [:]

    /// A relay writing to a new pipe.
    init() throws(CursesError) {
        pipe = try SelfPipe()
    }

    /// The descriptor to poll for relayed signals.
    var readDescriptor: Int32 { pipe.readDescriptor }

    /// Installs the handlers, remembering the ones they replace. Before curses starts, so that
    /// ncurses does not install its own.
    func install() {
        relayDescriptor = pipe.writeDescriptor
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in Self.relayed {
            var old = sigaction()
            if Self.setHandler(signal, handler: relaySignal, old: &old) { previous[signal] = old }
            sigaddset(&unblock, signal)
        }
        // A parent may start us with these signals blocked (a test runner, a supervisor): the
        // mask is inherited across exec, and a blocked SIGWINCH means no resize is ever seen.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Puts the remembered handlers back.
    func uninstall() {
        for (signal, var old) in previous { sigaction(signal, &old, nil) }
        previous = [:]
        relayDescriptor = -1
    }

    /// Lets `signal` take its default action (used to really stop on SIGTSTP).
    func useDefault(for signal: Int32) {
        Glibc.signal(signal, SIG_DFL)
    }

    /// Relays `signal` again after `useDefault(for:)`.
    func reinstall(_ signal: Int32) {
        var ignored = sigaction()
        _ = Self.setHandler(signal, handler: relaySignal, old: &ignored)
    }

    /// The signal numbers received since the last drain, oldest first.
    func drain() -> [Int32] {
        pipe.drain().map { Int32($0) }
    }

    /// Installs `handler` for `signal` with SA_RESTART, storing the previous action in `old`.
    static func setHandler(_ signal: Int32, handler: @convention(c) (Int32) -> Void,
                           old: inout sigaction, flags: Int32 = SA_RESTART) -> Bool {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        return sigaction(signal, &action, &old) == 0
    }
}

/// The relay handler: writes the signal number to the pipe, keeping `errno`.
private func relaySignal(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(relayDescriptor, &byte, 1)
    errno = savedErrno
}
