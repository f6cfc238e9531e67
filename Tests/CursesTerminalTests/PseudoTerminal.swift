import Foundation
import Glibc
import Synchronization

/// A pseudo-terminal for running a `CursesScreen` without a real terminal: the screen gets the
/// slave end; the test types into the master end, and a thread of its own collects what curses
/// sends.
///
/// Threading: methods from the test's task; the reader thread only appends to the output, and
/// closes the master end once the slave end is closed. No method blocks a thread: waits suspend.
final class PseudoTerminal: Sendable {
    /// The end the test holds.
    let master: Int32
    /// The end the screen uses as its terminal.
    let slave: Int32
    /// What the reader thread shares with the test; the reader holds it, not the terminal.
    private final class Output: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }
    private let output = Output()

    /// A new pseudo-terminal of `rows` × `columns`.
    init(rows: Int, columns: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterEnd: Int32 = -1
        var slaveEnd: Int32 = -1
        guard openpty(&masterEnd, &slaveEnd, nil, nil, &size) == 0 else {
            throw PseudoTerminalError.openFailed(errno)
        }
        // Close-on-exec: a child another test starts meanwhile must not keep either end open.
        _ = fcntl(masterEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slaveEnd, F_SETFD, FD_CLOEXEC)
        master = masterEnd
        slave = slaveEnd
        let thread = Thread { [output, masterEnd] in Self.collect(from: masterEnd, into: output) }
        thread.name = "curses-tests.pty-reader"
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

    /// Bytes the screen has sent so far, once all of them have reached the master: a marker is
    /// written to the slave behind them and awaited (polling every 2 ms, the task suspending in
    /// between), then taken out of the output again. Bytes pass the terminal in order, so the
    /// marker's arrival means everything before it has arrived, however slow the machine.
    func settledOutputCount() async -> Int {
        let marker = Array("[[settled:\(UUID().uuidString)]]".utf8)
        _ = marker.withUnsafeBytes { write(slave, $0.baseAddress, $0.count) }
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            let count: Int? = output.bytes.withLock { bytes in
                guard let start = Self.lastIndex(of: marker, in: bytes) else { return nil }
                bytes.removeSubrange(start..<(start + marker.count))
                return bytes.count
            }
            if let count { return count }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return output.bytes.withLock { $0.count }
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    /// Everything the screen sent, as text (invalid UTF-8 repaired).
    var outputText: String {
        output.bytes.withLock { String(decoding: $0, as: UTF8.self) }
    }

    /// Closes the slave end; the reader then sees the end of the output and closes the master.
    func close() {
        Glibc.close(slave)
    }

    private static func collect(from master: Int32, into output: Output) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                output.bytes.withLock { $0 += buffer[0..<count] }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        Glibc.close(master)
    }
}

/// Why a pseudo-terminal could not be opened.
enum PseudoTerminalError: Error {
    case openFailed(Int32)
}
