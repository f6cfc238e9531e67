import BenchSupport
import Foundation

/// Starting helper processes with posix_spawn (Foundation's Process can hang under the test runner).
/// Waiting for one happens on a thread of its own, never on Swift's cooperative pool.
enum Spawn {
    /// Starts `argv` with stdout and stderr going to `outputPath`; returns its pid.
    static func start(_ argv: [String], outputPath: String, environment: [String: String] = [:]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        InheritedDescriptors.closeAll(in: &actions)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer { cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = CleanSignals.withAttributes { posix_spawnp(&pid, argv[0], &actions, $0, &cArgs, &cEnv) }
        guard spawned == 0 else { throw E2EError("could not start \(argv[0])") }
        return pid
    }

    /// Runs `argv` to completion (waiting on a thread of its own) and returns its exit status and output.
    static func run(_ argv: [String], environment: [String: String] = [:]) async throws -> (status: Int32, output: String) {
        try await DedicatedThread.run("trunks-e2e.spawn") {
            let path = NSTemporaryDirectory() + "spawn-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            defer { unlink(path) }
            let pid = try start(argv, outputPath: path, environment: environment)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return ((status >> 8) & 0xFF, (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
    }

    /// Stops a started process with SIGTERM and reaps it on a thread of its own (the caller
    /// does not wait).
    static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        let thread = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        thread.name = "trunks-e2e.reaper"
        thread.start()
    }
}

/// A standalone `fake-didww` on 127.0.0.1 for tests that change data behind the program's back.
final class FakeProcess {
    static let apiKey = "demo-api-key"
    let pid: pid_t
    let baseURL: String
    private let output: String

    /// Starts `fake-didww --port 0` and waits (polling its output every 50 ms) for its "listening on" line.
    init(arguments: [String] = []) async throws {
        output = NSTemporaryDirectory() + "fake-didww-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        pid = try Spawn.start([BuiltProducts.directory.appendingPathComponent("fake-didww").path, "--port", "0"] + arguments,
                              outputPath: output)
        let deadline = ContinuousClock.now + .seconds(20)
        var url: String?
        while url == nil {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            url = text.split(separator: "\n").first { $0.contains("listening on ") }
                .flatMap { $0.components(separatedBy: "listening on ").last }
            if url == nil {
                if ContinuousClock.now > deadline { Spawn.stop(pid); throw E2EError("fake-didww did not start: \(text)") }
                do {
                    try await Task.sleep(for: .milliseconds(50))
                } catch {
                    Spawn.stop(pid)
                    throw error
                }
            }
        }
        baseURL = url!.trimmingCharacters(in: .whitespaces)
    }

    deinit {
        Spawn.stop(pid)
        unlink(output)
    }

    /// The root for `/_control/...`.
    var root: String { String(baseURL.dropLast("/v3".count)) }

    /// One curl request with the API key; returns the body.
    @discardableResult
    func curl(_ method: String, _ url: String, body: String? = nil) async throws -> String {
        var argv = ["curl", "-s", "-g", "-X", method, "-H", "Api-Key: \(Self.apiKey)", "-H", "Accept: application/vnd.api+json",
                    "-H", "Content-Type: application/vnd.api+json", "--max-time", "10"]
        if let body { argv += ["--data-binary", body] }
        return try await Spawn.run(argv + [url]).output
    }

    /// The id of the trunk called `name`.
    func trunkID(named name: String) async throws -> String {
        let text = try await curl("GET", baseURL + "/voice_out_trunks?page[size]=100")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let data = object?["data"] as? [[String: Any]] ?? []
        guard let trunk = data.first(where: { ($0["attributes"] as? [String: Any])?["name"] as? String == name }),
              let id = trunk["id"] as? String else { throw E2EError("no trunk named \(name)") }
        return id
    }

    /// Changes a trunk directly on the fake, as another person would.
    func mutate(id: String, attribute: String, value: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["attribute": attribute, "value": value])
        let answer = try await curl("POST", root + "/_control/trunks/\(id)", body: String(decoding: body, as: UTF8.self))
        guard answer.contains("changed") else { throw E2EError("control request failed: \(answer)") }
    }

    /// Every request the fake has logged, from its request log file.
    static func requests(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

extension TmuxSession {
    /// The pid of the program in the pane (the pane's process, or its only descendant named `name`).
    func programPID(named name: String = "trunks") async throws -> pid_t {
        let text = try await tmux(["display-message", "-p", "-t", self.name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let panePID = pid_t(text) else { throw E2EError("no pane pid: \(text)") }
        var queue = [panePID]
        while let pid = queue.first {
            queue.removeFirst()
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if comm == name { return pid }
            queue += Self.children(of: pid)
        }
        throw E2EError("no \(name) process under pane pid \(panePID)")
    }

    private static func children(of pid: pid_t) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(pid_t.init).filter { candidate in
            guard let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[1]) == pid
        }
    }

    /// The pane's terminal device (e.g. `/dev/pts/3`).
    func paneTTY() async throws -> String {
        try await tmux(["display-message", "-p", "-t", name, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Bytes typed into the pane that the program has not read yet (FIONREAD on its terminal).
    func unreadInput(tty: String) -> Int {
        let descriptor = open(tty, O_RDONLY | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var count: Int32 = 0
        return ioctl(descriptor, UInt(FIONREAD), &count) == 0 ? Int(count) : 0
    }
}
