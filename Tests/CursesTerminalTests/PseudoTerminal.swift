import Foundation
import Glibc

/// A pseudo-terminal for running a `CursesScreen` without a real terminal: the screen gets the
/// slave end; the test types into the master end, and a thread collects what curses sends.
///
/// Threading: methods from the test's thread; the reader thread only appends to `output`.
final class PseudoTerminal: @unchecked Sendable {
    /// The end the test holds.
    let master: Int32
    /// The end the screen uses as its terminal.
    let slave: Int32
    private let lock = NSLock()
    private var collected: [UInt8] = []
    private let finished = DispatchSemaphore(value: 0)

    /// A new pseudo-terminal of `rows` × `columns`.
    init(rows: Int, columns: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterEnd: Int32 = -1
        var slaveEnd: Int32 = -1
        guard openpty(&masterEnd, &slaveEnd, nil, nil, &size) == 0 else {
            throw PseudoTerminalError.openFailed(errno)
        }
        master = masterEnd
        slave = slaveEnd
        let thread = Thread { [self] in collect() }
        thread.start()
    }

    /// Sets the window size the slave reports (does not send SIGWINCH).
    func resize(rows: Int, columns: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Types `text` as the user would (bytes as given, escape sequences included).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Bytes the screen has sent so far, once the master has no unread output left.
    func settledOutputCount() -> Int {
        var stableRounds = 0
        var last = -1
        while stableRounds < 3 {
            var pending: Int32 = 0
            _ = ioctl(master, UInt(FIONREAD), &pending)
            let count = lock.withLock { collected.count }
            stableRounds = pending == 0 && count == last ? stableRounds + 1 : 0
            last = count
            usleep(5_000)
        }
        return last
    }

    /// Everything the screen sent, as text (invalid UTF-8 repaired).
    var outputText: String {
        lock.withLock { String(decoding: collected, as: UTF8.self) }
    }

    /// Closes both ends and waits for the reader thread.
    func close() {
        Glibc.close(slave)
        finished.wait()
        Glibc.close(master)
    }

    private func collect() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                lock.withLock { collected += buffer[0..<count] }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        finished.signal()
    }
}

/// Why a pseudo-terminal could not be opened.
enum PseudoTerminalError: Error {
    case openFailed(Int32)
}
