import Foundation
import Glibc
import Synchronization

/// A program running in a pseudo-terminal that this process owns: everything the program writes
/// to its terminal is collected, byte for byte, with the time of the last write.
///
/// Threading: methods from one task or thread at a time; a reader thread of its own appends to
/// the collected output and closes the terminal once the program's side of it is closed. The
/// `waitFor…` methods and `terminate()` block the calling thread (for the bench's own threads);
/// `waitForExit(timeout:)` suspends instead, for callers on Swift's cooperative pool.
public final class PtyProcess: Sendable {
    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Swift importer does not see).
    private static let spawnSetSID: Int16 = 0x80
    /// The child's process id.
    public let pid: pid_t
    private let master: Int32
    /// What the reader thread and the callers share; the reader holds it, not the process object.
    private final class Shared: Sendable {
        struct State {
            var collected: [UInt8] = []
            var lastWrite = ContinuousClock.now
            /// True once the child has been reaped (or handed to a thread that reaps it).
            var exited = false
            /// True once the reader has seen the end of the output and closed the terminal.
            var readerFinished = false
        }
        let state = Mutex(State())
    }
    private let shared = Shared()

    /// Starts `executable` with `arguments` in a new session whose controlling terminal is a new
    /// pty of `rows` × `columns`; `environment` is the child's whole environment.
    public init(executable: String, arguments: [String], environment: [String: String],
                rows: Int, columns: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterEnd: Int32 = -1
        var slaveEnd: Int32 = -1
        guard openpty(&masterEnd, &slaveEnd, nil, nil, &size) == 0 else { throw PtyError("openpty failed: errno \(errno)") }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slaveEnd, &nameBuffer, nameBuffer.count) == 0 else { throw PtyError("ttyname failed") }
        let slaveName = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fcntl(masterEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the slave by name makes it the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, slaveEnd)
        posix_spawn_file_actions_addclose(&actions, masterEnd)
        InheritedDescriptors.closeAll(in: &actions)
        let argv = [executable] + arguments
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnv.forEach { free($0) } }
        var child: pid_t = 0
        // A new session (the pty becomes its controlling terminal), no signal blocked.
        let result = CleanSignals.withAttributes(extraFlags: Self.spawnSetSID) {
            posix_spawn(&child, executable, &actions, $0, &cArgs, &cEnv)
        }
        close(slaveEnd)
        guard result == 0 else {
            close(masterEnd)
            throw PtyError("could not start \(executable): error \(result)")
        }
        pid = child
        master = masterEnd
        // The reader holds only the descriptor and the state, so this object can go away first.
        let thread = Thread { [masterEnd, shared] in Self.collect(from: masterEnd, into: shared) }
        thread.name = "bench-support.pty-reader"
        thread.start()
    }

    /// Changes the terminal size; the kernel sends SIGWINCH to the program.
    public func resize(rows: Int, columns: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Types `text` into the terminal as the user would.
    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// How many bytes the program has written to its terminal so far.
    public var byteCount: Int { shared.state.withLock { $0.collected.count } }

    /// When the program last wrote to its terminal.
    public var lastWriteTime: ContinuousClock.Instant { shared.state.withLock { $0.lastWrite } }

    /// The bytes written from `offset` up to `end`.
    public func bytes(from offset: Int, to end: Int) -> [UInt8] {
        shared.state.withLock { state in
            let upper = min(max(end, 0), state.collected.count)
            return Array(state.collected[min(max(offset, 0), upper)..<upper])
        }
    }

    /// The bytes written from `offset` on.
    public func bytes(from offset: Int) -> [UInt8] {
        shared.state.withLock { Array($0.collected[min(offset, $0.collected.count)...]) }
    }

    /// Waits, blocking this thread, until the output from `offset` on contains `text`; returns the
    /// time it appeared (the last write when it was found), or nil after `timeout` seconds.
    public func waitFor(_ text: String, from offset: Int = 0, timeout: Double) -> ContinuousClock.Instant? {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var searchFrom = offset
        while ContinuousClock.now < deadline {
            let (found, end, at): (Bool, Int, ContinuousClock.Instant) = shared.state.withLock { state in
                let found = ByteSearch.contains(state.collected, needle, from: searchFrom)
                return (found, state.collected.count, state.lastWrite)
            }
            if found { return at }
            searchFrom = max(offset, end - needle.count)
            usleep(1_000)
        }
        return nil
    }

    /// Waits, blocking this thread, until the program has written more than `offset` bytes; false
    /// after `timeout` seconds.
    @discardableResult
    public func waitForOutput(after offset: Int, timeout: Double) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if byteCount > offset { return true }
            usleep(1_000)
        }
        return false
    }

    /// Waits, blocking this thread, until the program has written nothing for `quietMilliseconds`;
    /// false after `timeout` seconds.
    @discardableResult
    public func waitForQuiet(_ quietMilliseconds: Int, timeout: Double) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            let since = lastWriteTime
            if since.duration(to: .now) >= .milliseconds(quietMilliseconds) { return true }
            usleep(2_000)
        }
        return false
    }

    /// Waits, without holding a thread, until the program has exited and everything it wrote has
    /// been collected (the terminal is then closed). Returns the wait status as `waitpid` gives
    /// it, or nil when the program is still running after `timeout` (`terminate()` or releasing
    /// this object then ends it).
    public func waitForExit(timeout: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { return nil }
            if ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(10))
        }
        shared.state.withLock { $0.exited = true }
        // The reader sees the end of the output once the program's side of the terminal closed.
        while !shared.state.withLock({ $0.readerFinished }) {
            guard ContinuousClock.now < deadline else { return status }
            try await Task.sleep(for: .milliseconds(5))
        }
        return status
    }

    /// Ends the program (SIGTERM, then SIGKILL after a second) and waits, blocking this thread,
    /// until it is reaped and its output collected.
    public func terminate() {
        guard claimExit() else { return }
        kill(pid, SIGTERM)
        Self.reap(pid)
        let deadline = ContinuousClock.now + .seconds(5)
        while !shared.state.withLock({ $0.readerFinished }) && ContinuousClock.now < deadline { usleep(1_000) }
    }

    /// A program still running is sent SIGTERM at once and reaped (killed after a second if need
    /// be) on a thread of its own: releasing this object never blocks the releasing thread.
    deinit {
        guard claimExit() else { return }
        kill(pid, SIGTERM)
        let thread = Thread { [pid] in Self.reap(pid) }
        thread.name = "bench-support.pty-reaper"
        thread.start()
    }

    /// True for the one caller that is to end and reap the program.
    private func claimExit() -> Bool {
        shared.state.withLock { state in
            defer { state.exited = true }
            return !state.exited
        }
    }

    /// Reaps `pid`, which was sent SIGTERM, sending SIGKILL after a second; blocks the calling thread.
    private static func reap(_ pid: pid_t) {
        var status: Int32 = 0
        var waited: pid_t = 0
        for _ in 0..<100 {
            waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            usleep(10_000)
        }
        if waited != pid {
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// The reader thread: collects everything written to `master` until the program's side of
    /// the terminal is closed, then closes `master`.
    private static func collect(from master: Int32, into shared: Shared) {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                let now = ContinuousClock.now
                shared.state.withLock { state in
                    state.collected += buffer[0..<count]
                    state.lastWrite = now
                }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(master)
        shared.state.withLock { $0.readerFinished = true }
    }
}

/// Why a pseudo-terminal program could not be run.
public struct PtyError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Substring search over bytes.
public enum ByteSearch {
    /// True when `needle` occurs in `haystack` at or after `start`.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8], from start: Int = 0) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count - max(0, start) >= needle.count else { return false }
        let first = needle[0]
        var index = max(0, start)
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
