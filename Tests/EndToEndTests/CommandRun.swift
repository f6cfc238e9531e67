import BenchSupport
import Foundation

/// Runs the real binary to completion (no terminal) with posix_spawn and waitpid; standard
/// output and error go through temporary files. For subcommands such as `trunks theme check`.
struct CommandRun {
    var status: Int32
    var output: String
    var error: String

    /// Runs `arguments[0]` with the rest as arguments and exactly `environment`, waiting for its
    /// end on a thread of its own (no thread of the cooperative pool waits).
    static func run(_ arguments: [String], environment: [String: String]) async throws -> CommandRun {
        try await DedicatedThread.run("trunks-e2e.command") {
            let base = temporaryBase()
            defer { unlink(base + ".out"); unlink(base + ".err") }
            let pid = try spawn(arguments, environment: environment, base: base)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return finished(status: status, base: base)
        }
    }

    private static func temporaryBase() -> String {
        NSTemporaryDirectory() + "trunks-run-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    private static func spawn(_ arguments: [String], environment: [String: String], base: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        InheritedDescriptors.closeAll(in: &actions)
        var cArgs: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = CleanSignals.withAttributes { posix_spawn(&pid, arguments[0], &actions, $0, &cArgs, &cEnv) }
        guard spawned == 0 else {
            throw E2EError("could not start \(arguments[0])")
        }
        return pid
    }

    private static func finished(status: Int32, base: String) -> CommandRun {
        CommandRun(status: (status >> 8) & 0xFF,
                   output: (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? "",
                   error: (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? "")
    }
}
