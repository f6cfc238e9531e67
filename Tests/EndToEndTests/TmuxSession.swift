import BenchSupport
import Foundation
import Synchronization
import Testing

/// A real terminal for end-to-end tests: the real binary inside a detached tmux session on a
/// private server socket (`tmux -L`, one per session, so sessions of tests running at once never
/// meet), driven by `send-keys` and read by `capture-pane`.
///
/// Threading: every tmux command runs on a thread of its own (`DedicatedThread`) and waits are
/// `Task.sleep`s, so a test driving a session never holds a thread of Swift's cooperative pool.
final class TmuxSession {
    let socket: String
    let name = "trunks-e2e"
    /// The tmux server's process id, for ending it when the session is released.
    private let serverPID: pid_t?
    /// A private home for the program (HOME, XDG_CONFIG_HOME, XDG_STATE_HOME point inside it unless
    /// `environment` says otherwise), so tests never read or write the user's drafts or audit trail.
    let home: String
    private let ownsHome: Bool
    /// True once `x` (reveal) may have been pressed; until then no capture may show a seeded secret.
    private(set) var mayHaveRevealed = false

    /// Starts `command` in a `columns` × `rows` terminal.
    init(command: [String], rows: Int, columns: Int, environment: [String: String] = [:], home: String? = nil) async throws {
        socket = "trunks-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.home = home ?? Self.temporaryHome()
        ownsHome = home == nil
        let privateHome = ["HOME": self.home, "XDG_CONFIG_HOME": self.home + "/config", "XDG_STATE_HOME": self.home + "/state",
                           "NO_COLOR": "", "COLORTERM": ""]
        let env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"].merging(privateHome) { $1 }.merging(environment) { $1 }
        let shellCommand = "env " + env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ") + " "
            + command.map(Self.quote).joined(separator: " ")
        try await Self.tmux(socket: socket, ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(columns),
                                             "-y", String(rows), shellCommand], captureOutput: false)
        let pid = try await Self.tmux(socket: socket, ["display-message", "-p", "#{pid}"])
        serverPID = pid_t(pid.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0 > 0 ? $0 : nil }
        try await tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    /// Ends the tmux server, which ends the program in it (SIGTERM: a signal, so releasing a
    /// session never waits, and the server is gone even when the test process exits right after).
    deinit {
        if let serverPID { kill(serverPID, SIGTERM) }
        if ownsHome { try? FileManager.default.removeItem(atPath: home) }
    }

    /// A new empty directory for one session's HOME.
    static func temporaryHome() -> String {
        let path = NSTemporaryDirectory() + "trunks-e2e-home-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The screen with its escape sequences (colours, attributes), as `capture-pane -e` gives it.
    func captureWithEscapes() async -> String {
        await checkedForSecrets((try? await tmux(["capture-pane", "-p", "-e", "-t", name])) ?? "")
    }

    /// The visible screen as text.
    func capture() async -> String {
        await checkedForSecrets((try? await tmux(["capture-pane", "-p", "-t", name])) ?? "")
    }

    /// Every password and Twilio SID of the demo's seeded trunks, read once from a standalone fake
    /// by the first capture that needs them (later ones await the same reading).
    private static let seededSecretsReading = Task<Result<[String], any Error>, Never> {
        do {
            return .success(try await SeedSecrets.load().all.filter { !apiKeys.contains($0) && $0 != FakeProcess.apiKey })
        } catch {
            return .failure(error)
        }
    }
    /// Set once a test has recorded that the seeded secrets could not be read.
    private static let unreadSecretsReported = Atomic<Bool>(false)

    /// Every password and Twilio SID of the demo's seeded trunks; when they cannot be read, the
    /// first test to ask records why (in its own context) and captures are checked for the API
    /// key only.
    static var seededSecrets: [String] {
        get async {
            switch await seededSecretsReading.value {
            case .success(let secrets):
                return secrets
            case .failure(let error):
                if !unreadSecretsReported.exchange(true, ordering: .relaxed) {
                    Issue.record("the seeded secrets could not be read (\(error)); captures are checked for the API key only")
                }
                return []
            }
        }
    }

    /// Records an issue when `screen` shows an API key, or a seeded password or SID before `x` was
    /// pressed (every capture of every E2E test is checked).
    func checkedForSecrets(_ screen: String) async -> String {
        _ = Self.checkedForKeys(screen)
        guard !mayHaveRevealed else { return screen }
        for secret in await Self.seededSecrets where screen.contains(secret) {
            Issue.record("a screen shows an unrevealed secret \(secret.prefix(3))…:\n\(screen)")
        }
        return screen
    }

    /// API keys the end-to-end tests use; no screen may ever show one.
    static let apiKeys = ["demo-api-key"]

    /// Records an issue when `screen` shows an API key (every capture of every E2E test is checked).
    static func checkedForKeys(_ screen: String) -> String {
        for key in apiKeys where screen.contains(key) {
            Issue.record("a screen shows the API key \(key.prefix(4))…:\n\(screen)")
        }
        return screen
    }

    /// Sends a batch of keys in tmux notation.
    func send(_ keys: [String]) async throws {
        noteReveal(keys, literal: false)
        try await tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends keys in tmux notation ("Enter", "C-s", "Escape") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) async throws {
        noteReveal(keys, literal: literal)
        try await tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// `x` reveals secrets: as a key, or anywhere in typed text (which may reach the list as keys).
    private func noteReveal(_ keys: [String], literal: Bool) {
        if keys.contains(where: { literal ? $0.contains("x") : ($0 == "x" || (!$0.contains("-") && $0.count > 1 && $0.contains("x"))) }) {
            mayHaveRevealed = true
        }
    }

    /// Polls the screen (every 50 ms, suspending in between) until `predicate` holds; fails with
    /// the last screen after `timeout`. The screen returned is a settled one (see `settled(from:)`)
    /// when the predicate still holds for it, so that checks on the rest of it do not meet a
    /// half-drawn frame.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 20,
                 _ predicate: (String) async throws -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        var screen = await capture()
        while try await !predicate(screen) {
            if ContinuousClock.now > deadline { throw E2EError("timed out waiting for \(description); screen was:\n\(screen)") }
            try await Task.sleep(for: .milliseconds(50))
            screen = await capture()
        }
        let settled = try await settled(from: screen)
        return try await predicate(settled) ? settled : screen
    }

    /// The screen once two captures 50 ms apart read the same: a capture can land while the
    /// program is still writing its frame (on a loaded machine more often). Gives up after a
    /// second of change (a clock on the screen) and returns the last capture.
    private func settled(from screen: String) async throws -> String {
        var previous = screen
        for _ in 0..<20 {
            try await Task.sleep(for: .milliseconds(50))
            let next = await capture()
            if next == previous { return next }
            previous = next
        }
        return previous
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// True once the program in the pane has exited.
    func programExited() async -> Bool {
        ((try? await tmux(["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? "1").hasPrefix("1")
    }

    /// Runs one tmux command on this session's server, on a thread of its own.
    @discardableResult
    func tmux(_ arguments: [String], captureOutput: Bool = true) async throws -> String {
        try await Self.tmux(socket: socket, arguments, captureOutput: captureOutput)
    }

    /// Runs one tmux command on the server at `socket`, on a thread of its own.
    @discardableResult
    private static func tmux(socket: String, _ arguments: [String], captureOutput: Bool = true) async throws -> String {
        try await DedicatedThread.run("trunks-e2e.tmux") {
            try runTmux(socket: socket, arguments, captureOutput: captureOutput)
        }
    }

    /// Runs one tmux command with posix_spawn and waitpid, blocking the calling thread (Foundation's
    /// Process can miss the child's exit under the test runner). Output goes through a temporary
    /// file, because the command that starts the tmux server would hand a pipe on to the server.
    private static func runTmux(socket: String, _ arguments: [String], captureOutput: Bool) throws -> String {
        let outputPath = NSTemporaryDirectory() + "tmux-out-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, captureOutput ? outputPath : "/dev/null",
                                         O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        InheritedDescriptors.closeAll(in: &actions)
        let argv = ["tmux", "-L", socket] + arguments
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = CleanSignals.withAttributes { posix_spawnp(&pid, "tmux", &actions, $0, &cArgs, environ) }
        guard spawned == 0 else {
            throw E2EError("could not start tmux")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw E2EError("tmux \(arguments.first ?? "") failed") }
        return output
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A failed end-to-end expectation, with what the screen showed.
struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Where the built products are: beside the test bundle in the build folder.
enum BuiltProducts {
    static var directory: URL {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        for candidate in candidates {
            var url = candidate
            for _ in 0..<4 {
                url = url.deletingLastPathComponent()
                if isProgram(url.appendingPathComponent("trunks").path) { return url }
            }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug").standardized
    }

    static var trunks: String { directory.appendingPathComponent("trunks").path }

    /// True for an executable regular file (a folder named `trunks`, such as a clone of the
    /// repository, is searchable and so "executable", but no program).
    static func isProgram(_ path: String) -> Bool {
        var information = stat()
        guard stat(path, &information) == 0, information.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
