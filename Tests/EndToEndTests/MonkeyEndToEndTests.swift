import Foundation
import Testing

/// Thousands of random keys and resizes against demo mode with random faults: the program never
/// crashes or hangs, the terminal is restored afterwards, and nothing it showed or wrote contains
/// the API key or a password or Twilio SID that was never revealed.
@Suite(.terminalSlot) struct MonkeyEndToEndTests {
    /// tmux key names: everything a user might press, except quitting (q), suspending (C-z, no job
    /// control here) and revealing secrets (x, so any secret on screen is a leak). Escape, y, r,
    /// Ctrl-S and Enter come more often, so the monkey leaves forms and dialogs and sends requests.
    static let keys: [String] = {
        var keys = "abcdefghijklmnoprstuvwyABCDEFGHIJKLMNOPRSTUVWY0123456789/?:., ".map { String($0) }
        keys += ["Enter", "Tab", "BTab", "Up", "Down", "Left", "Right", "Home", "End",
                 "PPage", "NPage", "BSpace", "C-l", "C-u", "C-a", "C-e", "C-w", "C-f", "C-b", "F1", "DC"]
        keys += Array(repeating: "Escape", count: 8) + Array(repeating: "y", count: 4) + Array(repeating: "r", count: 3)
            + Array(repeating: "C-s", count: 3) + Array(repeating: "Enter", count: 3) + ["e", "b", "j", "k"]
        return keys
    }()

    /// The seed of every run unless TRUNKS_MONKEY_SEED says otherwise, so that a failure repeats.
    static let defaultSeed: UInt64 = 7_919

    @Test func randomKeysAndResizesWithFaults() async throws {
        let keyCount = Int(ProcessInfo.processInfo.environment["TRUNKS_MONKEY_KEYS"] ?? "") ?? 5_000
        let seed = UInt64(ProcessInfo.processInfo.environment["TRUNKS_MONKEY_SEED"] ?? "") ?? Self.defaultSeed
        print("monkey: seed \(seed) (TRUNKS_MONKEY_SEED=<n> runs another)")
        var random = SeededRandom(seed: seed)
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/requests.jsonl"
        let debugLog = home + "/trunks-debug.log"
        let trunks = [BuiltProducts.trunks, "--demo", "--demo-request-log", log, "--timeout", "1",
                      "--log-file", debugLog, "--log-level", "debug",
                      "--demo-fault", "any=500@0.08", "--demo-fault", "GET list=503+retry-after:1@0.05",
                      "--demo-fault", "GET show=delay:1500@0.05", "--demo-fault", "PATCH update=close-mid-body@0.2",
                      "--demo-fault", "any=malformed-json@0.03", "--demo-fault", "any=html:502@0.03"]
        let script = "stty -a > \(home)/stty-before; " + trunks.map(TmuxSession.quote).joined(separator: " ")
            + "; echo $? > \(home)/exit-status; stty -a > \(home)/stty-after"
        let session = try await TmuxSession(command: ["sh", "-c", script], rows: 30, columns: 110, home: home)
        try await session.waitFor(text: "Berlin Office")
        let tty = try await session.paneTTY()
        var captures: [String] = []
        var sent = 0
        while sent < keyCount {
            let batch = (0..<min(100, keyCount - sent)).map { _ in Self.keys[Int(random.next() % UInt64(Self.keys.count))] }
            try await session.send(batch)
            sent += batch.count
            let deadline = ContinuousClock.now + .seconds(30)
            while session.unreadInput(tty: tty) > 0 {
                if ContinuousClock.now > deadline { Issue.record("the program stopped reading keys after \(sent) (seed \(seed))"); break }
                try await Task.sleep(for: .milliseconds(5))
            }
            if random.next() % 10 == 0 {
                let columns = 30 + Int(random.next() % 170), rows = 6 + Int(random.next() % 54)
                try await session.tmux(["resize-window", "-t", session.name, "-x", String(columns), "-y", String(rows)])
            }
            #expect(await !session.programExited(), "still running after \(sent) keys (seed \(seed))")
            if await session.programExited() { break }
            if sent % 500 == 0 {
                captures.append(await session.capture())
                if ProcessInfo.processInfo.environment["TRUNKS_MONKEY_DEBUG"] != nil { print("after \(sent) keys:\n" + captures.last!) }
            }
        }
        try await session.tmux(["resize-window", "-t", session.name, "-x", "110", "-y", "30"])
        try await session.send(["C-l"])
        let answer = try await session.waitFor("a redrawn frame after \(sent) keys (seed \(seed))", timeout: 30) { screen in
            screen.split(separator: "\n").first?.contains("trunks") == true
        }
        captures.append(answer)
        let pid = try await session.programPID()
        kill(pid, SIGTERM)
        try await session.waitFor("the program to end on SIGTERM", timeout: 15) { _ in
            FileManager.default.fileExists(atPath: home + "/stty-after")
                && ((try? String(contentsOfFile: home + "/stty-after", encoding: .utf8)) ?? "").contains("speed")
        }
        let before = try String(contentsOfFile: home + "/stty-before", encoding: .utf8)
        let after = try String(contentsOfFile: home + "/stty-after", encoding: .utf8)
        #expect(Self.modes(before) == Self.modes(after), "the terminal modes are restored (seed \(seed))")
        let status = try String(contentsOfFile: home + "/exit-status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status != "134" && status != "139" && status != "132", "no crash: exit status \(status)")

        let secrets = try await SeedSecrets.load()
        let written = [log, debugLog, home + "/state/trunks/audit.jsonl"].compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
            + SeedSecrets.files(under: home + "/state/trunks/drafts").compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        for (index, text) in (captures + written).enumerated() {
            for secret in secrets.all where text.contains(secret) {
                Issue.record("output \(index) contains a secret (\(secret.prefix(3))…) (seed \(seed))")
            }
        }
        #expect(((try? String(contentsOfFile: debugLog, encoding: .utf8)) ?? "").contains("GET"), "the debug log was written")
        let requests = FakeProcess.requests(log)
        #expect(requests.count > 10, "the monkey reached the API")
        print("monkey: \(sent) keys, \(requests.count) requests (\(requests.filter { $0["fault"] != nil }.count) faulted), seed \(seed)")
    }

    /// The `stty -a` flags without the size line (the window was resized on purpose).
    static func modes(_ text: String) -> [String] {
        text.split(separator: "\n").filter { !$0.contains("rows") && !$0.contains("columns") }.map(String.init)
    }
}

/// The API key of the demo and every password and Twilio SID its seeded data holds (read from a
/// standalone fake-didww with the same seed and trunk count as `trunks --demo`).
struct SeedSecrets {
    var all: [String]

    static func load() async throws -> SeedSecrets {
        let fake = try await FakeProcess()
        let text = try await fake.curl("GET", fake.baseURL + "/voice_out_trunks?page[size]=100")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        var secrets = [FakeProcess.apiKey]
        for trunk in object?["data"] as? [[String: Any]] ?? [] {
            let auth = ((trunk["attributes"] as? [String: Any])?["authentication_method"] as? [String: Any])?["attributes"] as? [String: Any]
            for key in ["password", "twilio_account_sid"] {
                if let value = auth?[key] as? String, value.count >= 6 { secrets.append(value) }
            }
        }
        guard secrets.count > 3 else { throw E2EError("the seed holds no secrets to look for: \(text.prefix(200))") }
        return SeedSecrets(all: secrets)
    }

    static func files(under directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String { files.append(directory + "/" + name) }
        return files
    }
}

/// SplitMix64, so a failing run can be repeated with TRUNKS_MONKEY_SEED.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
