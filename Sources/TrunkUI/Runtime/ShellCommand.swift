import Foundation

/// Runs a shell command and collects its standard output, with posix_spawn and waitpid
/// (Foundation's Process can miss a child's exit under some runners). Blocks the caller.
public enum ShellCommand {
    /// A command that exited with a failure status.
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var description: String { "exit status \(status)" }
    }

    /// The standard output of `/bin/sh -c command`; standard error goes to /dev/null and stdin
    /// reads nothing. Throws `Failure` on a non-zero exit.
    public static func output(_ command: String) throws -> String {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw Failure(status: -1) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let argv = ["/bin/sh", "-c", command]
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArgs, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { throw Failure(status: -1) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0..<count]) }
            else if count < 0 && errno == EINTR { continue }
            else { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitCode == 0 else { throw Failure(status: exitCode) }
        return String(decoding: data, as: UTF8.self)
    }
}
