import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Runs a shell command and collects its standard output, with posix_spawn and waitpid
/// (Foundation's Process can miss a child's exit under some runners). Blocks the caller: run it
/// on a thread of its own, never on the UI loop or Swift's cooperative pool.
public enum ShellCommand {
    /// A command that exited with a failure status, with the first line it wrote to standard error.
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        /// The first line of standard error, empty when it wrote none (or was not read).
        public var message = ""
        public var description: String { "exit status \(status)" + (message.isEmpty ? "" : ": \(message)") }
    }

    /// The standard output of `/bin/sh -c command`; standard error goes to /dev/null and stdin
    /// reads nothing. Throws `Failure` on a non-zero exit.
    public static func output(_ command: String) throws -> String {
        try run(command, input: nil, keepingErrors: false)
    }

    /// The standard output of `/bin/sh -c command` fed `input` on its standard input; a failure
    /// carries the first line of its standard error (`tmux: no server running…`).
    public static func output(_ command: String, input: Data) throws -> String {
        try run(command, input: input, keepingErrors: true)
    }

    private static func run(_ command: String, input: Data?, keepingErrors: Bool) throws -> String {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1], inputPipe: [Int32] = [-1, -1]
        defer { for end in outputPipe + errorPipe + inputPipe where end >= 0 { close(end) } }
        guard closedOnExec(&outputPipe), !keepingErrors || closedOnExec(&errorPipe), input == nil || closedOnExec(&inputPipe) else {
            throw Failure(status: -1, message: "no pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil { posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0) }
        else { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        if keepingErrors { posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2) }
        else { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        for end in outputPipe + errorPipe + inputPipe where end >= 0 { posix_spawn_file_actions_addclose(&actions, end) }
        let argv = ["/bin/sh", "-c", command]
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }

        // A child that exits before reading all its input must not kill this process with SIGPIPE:
        // the signal is blocked on this thread while it writes (a write then fails with EPIPE),
        // and the child starts with no signal blocked.
        var pipeSignal = sigset_t(), previousMask = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previousMask)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var none = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &none)
            }
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        var pid: pid_t = 0
        let spawned = pipeCreation.withLock { _ in posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, environ) }
        close(outputPipe[1])
        outputPipe[1] = -1
        if keepingErrors { close(errorPipe[1]); errorPipe[1] = -1 }
        if input != nil { close(inputPipe[0]); inputPipe[0] = -1 }
        guard spawned == 0 else { throw Failure(status: -1, message: "cannot start /bin/sh") }

        let streams = exchange(input: input.map { (inputPipe[1], [UInt8]($0)) }, output: outputPipe[0],
                               errors: keepingErrors ? errorPipe[0] : -1)
        inputPipe[1] = -1 // closed by `exchange`
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitCode == 0 else {
            let firstLine = String(decoding: streams.errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw Failure(status: status & 0x7F == 0 ? exitCode : -1, message: firstLine)
        }
        return String(decoding: streams.output, as: UTF8.self)
    }

    /// A pipe whose ends no spawned process inherits: only the child this command starts gets
    /// them, as its standard input, output or error (`dup2` clears the flag on the copy). Without
    /// it, a command started at the same moment on another thread inherits this one's input end,
    /// and `cat` here then waits for an end of input that never comes. Glibc's `pipe2` is not
    /// visible to Swift, so the flag is set right after `pipe`, under a lock every command's
    /// pipes are made under: no command of this process spawns between the two calls.
    private static func closedOnExec(_ ends: inout [Int32]) -> Bool {
        pipeCreation.withLock { _ in
            guard pipe(&ends) == 0 else { return false }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            return true
        }
    }

    /// Held while a command's pipes are made and while it is spawned.
    private static let pipeCreation = Mutex(())

    /// Writes `input` to its descriptor (and closes it, whatever happens) while reading `output` and `errors` to
    /// their ends, waiting on all of them together, so no pipe can fill up and stall the child.
    private static func exchange(input: (descriptor: Int32, bytes: [UInt8])?, output: Int32,
                                 errors: Int32) -> (output: [UInt8], errors: [UInt8]) {
        var collected: [Int32: [UInt8]] = [output: [], errors: []]
        var open = [output] + (errors >= 0 ? [errors] : [])
        var writer = input?.descriptor ?? -1
        var written = 0
        if writer >= 0 { _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK) }
        if let input, input.bytes.isEmpty { close(writer); writer = -1 }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !open.isEmpty || writer >= 0 {
            var watched = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if writer >= 0 { watched.append(pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)) }
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 || errno == EINTR else { break }
            for entry in watched where entry.revents != 0 {
                if entry.fd == writer, let input {
                    let count = input.bytes[written...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if (count < 0 && errno != EINTR && errno != EAGAIN) || written == input.bytes.count {
                        close(writer)
                        writer = -1
                    }
                } else {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 { collected[entry.fd, default: []].append(contentsOf: buffer[0..<count]) }
                    else if count == 0 || errno != EINTR { open.removeAll { $0 == entry.fd } }
                }
            }
        }
        if writer >= 0 { close(writer) }
        return (collected[output] ?? [], errors >= 0 ? collected[errors] ?? [] : [])
    }
}
