import CNcursesw
import Glibc
import Synchronization

/// What the crash handlers need, kept in memory that is never freed while armed so that a
/// signal handler only reads it.
private struct RescueRecord {
    var outputDescriptor: Int32
    var hasModes: Bool
    var modes: termios
    var reset: UnsafeMutablePointer<UInt8>
    var resetCount: Int
    var previous: UnsafeMutablePointer<sigaction>
    var cursesActive: Bool
}

/// The armed record, read by the crash handlers and the atexit hook.
nonisolated(unsafe) private var rescueRecord: UnsafeMutablePointer<RescueRecord>?
/// Whether the atexit hook has been registered (it cannot be removed, so it is registered once).
nonisolated(unsafe) private var atExitRegistered = false
/// Whether a screen owns curses and the process signal handlers (never read by a signal handler).
private let screenClaimed = Mutex(false)

/// Leaves the terminal usable whatever the exit: an atexit hook ends curses, and handlers for
/// crash signals write the terminal's reset sequences and restore the saved tty modes (both
/// async-signal-safe) before the previous handler (such as Swift's backtracer) runs.
///
/// Process-wide, as signal dispositions and atexit are. Threading: `claim`/`release` from any
/// thread; the rest on the loop thread of the screen that holds the claim.
enum TerminalRescue {
    /// Signals after which the process dies; the terminal is restored first.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]
    /// Slots for the previous actions, indexed by signal number.
    private static let actionSlots = Int(fatalSignals.max() ?? 0) + 1

    /// Takes the process-wide claim; false when another screen holds it.
    static func claim() -> Bool {
        screenClaimed.withLock { claimed in
            if claimed { return false }
            claimed = true
            return true
        }
    }

    /// Gives the claim back.
    static func release() {
        screenClaimed.withLock { $0 = false }
    }

    /// Installs the crash handlers and the atexit hook. `reset` is written to
    /// `outputDescriptor` on a crash; `modes` (the tty modes before curses) are restored.
    static func arm(outputDescriptor: Int32, modes: termios?, reset: [UInt8]) {
        disarm()
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        bytes.initialize(from: reset, count: reset.count)
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: actionSlots)
        previous.initialize(repeating: sigaction(), count: actionSlots)
        let record = UnsafeMutablePointer<RescueRecord>.allocate(capacity: 1)
        record.initialize(to: RescueRecord(
            outputDescriptor: outputDescriptor, hasModes: modes != nil, modes: modes ?? termios(),
            reset: bytes, resetCount: reset.count, previous: previous, cursesActive: true))
        rescueRecord = record
        for signal in fatalSignals {
            sigaction(signal, nil, previous + Int(signal))
            guard handlerAddress(previous[Int(signal)]) != ignoredHandler else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = rescueFromCrash
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(signal, &action, nil)
        }
        if !atExitRegistered {
            atExitRegistered = true
            atexit(endCursesAtExit)
        }
    }

    /// Puts the previous crash handlers back and frees the record.
    static func disarm() {
        guard let record = rescueRecord else { return }
        for signal in fatalSignals { sigaction(signal, record.pointee.previous + Int(signal), nil) }
        rescueRecord = nil
        record.pointee.reset.deallocate()
        record.pointee.previous.deallocate()
        record.deallocate()
    }

    /// Tells the hooks whether curses currently owns the terminal (false while suspended).
    static func setCursesActive(_ active: Bool) {
        rescueRecord?.pointee.cursesActive = active
    }

    /// The bytes that take a terminal out of curses mode: attributes off, cursor on, keypad
    /// transmit off, bracketed paste off, and back from the alternate screen. Terminfo padding
    /// (`$<…>`) is removed.
    static func resetSequence(capabilities: [String?]) -> [UInt8] {
        var result: [UInt8] = []
        for capability in capabilities {
            guard let capability else { continue }
            result += stripPadding(Array(capability.utf8))
        }
        return result
    }

    /// `bytes` without terminfo delay specifications (`$<5>`, `$<100/>`).
    static func stripPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}

/// Crash handler: resets the terminal, then has the previous action (Swift's backtracer, or the
/// default) deal with the signal. A fault raised by the kernel happens again on return and meets
/// the previous action with its original context; for a sent signal the previous handler is
/// called here, and the default action then ends the process.
private func rescueFromCrash(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                             _ context: UnsafeMutableRawPointer?) {
    guard let record = rescueRecord else {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        return
    }
    if record.pointee.cursesActive {
        record.pointee.cursesActive = false
        _ = write(record.pointee.outputDescriptor, record.pointee.reset, record.pointee.resetCount)
        if record.pointee.hasModes {
            _ = tcsetattr(record.pointee.outputDescriptor, TCSANOW, &record.pointee.modes)
        }
    }
    let previous = record.pointee.previous + Int(signal)
    sigaction(signal, previous, nil)
    let repeatsOnReturn = signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE
    if repeatsOnReturn && (info?.pointee.si_code ?? 0) > 0 { return }
    if handlerAddress(previous.pointee) > ignoredHandler {
        if previous.pointee.sa_flags & SA_SIGINFO != 0 {
            previous.pointee.__sigaction_handler.sa_sigaction?(signal, info, context)
        } else {
            previous.pointee.__sigaction_handler.sa_handler?(signal)
        }
        Glibc.signal(signal, SIG_DFL)
    }
    raise(signal)
}

/// The raw handler value of `action`: 0 is SIG_DFL, 1 is SIG_IGN, anything else a function.
private func handlerAddress(_ action: sigaction) -> UInt {
    withUnsafeBytes(of: action.__sigaction_handler) { $0.load(as: UInt.self) }
}

/// The raw value of SIG_IGN.
private var ignoredHandler: UInt { 1 }

/// atexit hook: ends curses if a screen was left running.
private func endCursesAtExit() {
    guard let record = rescueRecord, record.pointee.cursesActive else { return }
    record.pointee.cursesActive = false
    let pasteOff = Array(CursesScreen.pasteModeOff.utf8)
    _ = write(record.pointee.outputDescriptor, pasteOff, pasteOff.count)
    endwin()
}
