import BenchSupport
import Foundation
import Glibc

/// The comparison for loading: the `curl` command-line tool fetching the same pages one after
/// another (one process, one kept-alive connection), timed from spawn to exit.
enum CurlBaseline {
    /// Milliseconds `curl` takes to fetch `queries` on `/voice_out_trunks` under `baseURL` in order.
    static func sequentialMilliseconds(baseURL: URL, queries: [String], apiKey: String) throws -> Double {
        var arguments = ["curl", "--silent", "--show-error", "--fail",
                         "-H", "Api-Key: \(apiKey)", "-H", "Accept: application/vnd.api+json",
                         "-H", "Content-Type: application/vnd.api+json"]
        for query in queries {
            arguments += ["-o", "/dev/null", baseURL.absoluteString + "/voice_out_trunks?" + query]
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var cArgs: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let started = ContinuousClock.now
        var pid: pid_t = 0
        let spawned = CleanSignals.withAttributes { posix_spawnp(&pid, "curl", &actions, $0, &cArgs, environ) }
        guard spawned == 0 else {
            throw BenchError("could not start curl")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = Stopwatch.milliseconds(started.duration(to: .now))
        guard status == 0 else { throw BenchError("curl failed (wait status \(status))") }
        return elapsed
    }
}
