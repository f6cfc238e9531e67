import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process whose end is awaited, never waited for: its `Process` termination handler
/// hands the exit status to the tasks awaiting it.
final class StartedProcess: Sendable {
    let pid: Int32
    /// What the termination handler shares with the awaiting tasks.
    private final class Exit: Sendable {
        struct State {
            var status: Int32?
            var waiters: [CheckedContinuation<Int32, Never>] = []
        }
        let state = Mutex(State())

        func finish(_ status: Int32) {
            let waiters = state.withLock { state in
                state.status = status
                defer { state.waiters.removeAll() }
                return state.waiters
            }
            for waiter in waiters { waiter.resume(returning: status) }
        }
    }
    private let exit = Exit()

    /// Starts `/usr/bin/openssl` with `arguments`, its output discarded.
    convenience init(openSSL arguments: [String]) throws {
        try self.init(executable: "/usr/bin/openssl", arguments: arguments)
    }

    /// Starts `executable` with `arguments`, its output discarded.
    init(executable: String, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.terminationHandler = { [exit] ended in exit.finish(ended.terminationStatus) }
        try process.run()
        pid = process.processIdentifier
    }

    /// True until the process has ended.
    var isRunning: Bool { exit.state.withLock { $0.status == nil } }

    /// Sends SIGKILL.
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
    }

    /// The exit status, once the process has ended; the task suspends until then.
    func exitStatus() async -> Int32 {
        await withCheckedContinuation { continuation in
            let status: Int32? = exit.state.withLock { state in
                if let status = state.status { return status }
                state.waiters.append(continuation)
                return nil
            }
            if let status { continuation.resume(returning: status) }
        }
    }
}
