import Foundation
import Testing

/// Drafts survive a dropped SSH connection, and a change made by someone else meanwhile becomes
/// a three-way choice: the real binaries under tmux.
@Suite(.terminalSlot) struct ReliabilityEndToEndTests {
    private func draftFiles(_ home: String, environment: String) -> [String] {
        let directory = home + "/state/trunks/drafts/\(environment)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { directory + "/" + $0 }
    }

    @Test func aDraftSurvivesSIGHUPAndIsRestoredAndSaved() async throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/requests.jsonl"
        do {
            let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                                rows: 30, columns: 110, home: home)
            try await session.waitFor(text: "Berlin Office")
            try await session.send("e")
            try await session.waitFor(text: "Edit Berlin Office")
            try await session.send("Enter", "C-u")
            try await session.send("Berlin after HUP", literal: true)
            try await session.send("Enter")
            try await session.waitFor("the draft on disk") { _ in
                draftFiles(home, environment: "demo").contains { ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").contains("Berlin after HUP") }
            }
            let file = try #require(draftFiles(home, environment: "demo").first)
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "the draft is readable by its owner only")
            let stored = try String(contentsOfFile: file, encoding: .utf8)
            #expect(stored.contains("Berlin after HUP"))
            #expect(!stored.contains("z0hshvbcy7") && !stored.lowercased().contains("password"), "no secret in the draft")

            let pid = try await session.programPID()
            #expect(kill(pid, SIGHUP) == 0)
            try await session.waitFor("the program to exit after SIGHUP", timeout: 10) { _ in await session.programExited() }
            let requests = FakeProcess.requests(log)
            #expect(!requests.contains { ($0["method"] as? String) == "PATCH" }, "nothing was sent before the hang-up")
        }

        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                            rows: 30, columns: 110, home: home)
        let offer = try await session.waitFor(text: "Unsaved draft from an earlier session")
        #expect(offer.contains("Berlin Office"))
        #expect(offer.contains("Name: Berlin Office → Berlin after HUP"), "the offer shows what the draft changes")
        try await session.send("y")
        try await session.waitFor(text: "Draft restored")
        try await session.send("C-s")
        let review = try await session.waitFor(text: "Review changes to Berlin Office")
        #expect(review.contains("Name: Berlin Office → Berlin after HUP"))
        try await session.send("y")
        try await session.waitFor(text: "Saved Berlin after HUP")
        let patches = FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.count == 1)
        #expect((patches.first?["body"] as? String)?.contains("Berlin after HUP") == true)
        try await session.waitFor("the draft file removed once saved") { _ in draftFiles(home, environment: "demo").isEmpty }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        let audit = try String(contentsOfFile: home + "/state/trunks/audit.jsonl", encoding: .utf8)
        #expect(audit.split(separator: "\n").count == 1)
        #expect(audit.contains("Berlin after HUP") && audit.contains("\"status\":200"))
        let listed = try await Spawn.run([BuiltProducts.trunks, "audit"],
                                         environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "USER": "e2e-user"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("[demo] PATCH Berlin Office") && listed.output.contains("name Berlin Office → Berlin after HUP"),
                "trunks audit: \(listed.output)")
        #expect(listed.output.contains("→ 200 ok"))
        #expect(!listed.output.contains("unknown ["), "the local user is named: \(listed.output)")
    }

    /// Faults given as flags to the standalone `fake-didww`: a refused PATCH keeps the draft, says
    /// why, and the next try saves it; the audit trail records both answers as the fake gave them.
    @Test func aFaultFromTheFakesFlagKeepsTheDraftAndTheNextTrySaves() async throws {
        let log = NSTemporaryDirectory() + "fake-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log, "--fault", "PATCH update=503*1"])
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--base-url", fake.baseURL], rows: 30, columns: 110,
                                            environment: ["DIDWW_API_KEY": FakeProcess.apiKey])
        try await session.waitFor(text: "Berlin Office")
        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("Enter", "C-u")
        try await session.send("Berlin after 503", literal: true)
        try await session.send("Enter", "C-s")
        try await session.waitFor(text: "Review changes to Berlin Office")
        try await session.send("y")
        let refused = try await session.waitFor(text: "The DIDWW server failed (503)")
        #expect(refused.contains("Your draft is kept"), "\(refused)")
        try await session.send("Escape")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("C-s")
        try await session.waitFor(text: "Review changes to Berlin Office")
        try await session.send("y")
        try await session.waitFor(text: "Saved Berlin after 503")
        let patches = FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.map { $0["fault"] as? String } == ["503", nil], "one refused by the flag's fault, one answered")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        let audit = try String(contentsOfFile: session.home + "/state/trunks/audit.jsonl", encoding: .utf8)
        let lines = audit.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""outcome":"failed""#) == true && lines.first?.contains(#""status":503"#) == true)
        #expect(lines.last?.contains(#""outcome":"ok""#) == true && lines.last?.contains(#""status":200"#) == true)
    }

    @Test func aConcurrentChangeOfTheSameFieldIsAThreeWayChoice() async throws {
        let log = NSTemporaryDirectory() + "fake-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let id = try await fake.trunkID(named: "Berlin Office")
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--base-url", fake.baseURL], rows: 32, columns: 110,
                                            environment: ["DIDWW_API_KEY": FakeProcess.apiKey])
        try await session.waitFor(text: "Berlin Office")
        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("Enter", "C-u")
        try await session.send("Berlin Mine", literal: true)
        try await session.send("Enter")
        try await fake.mutate(id: id, attribute: "name", value: "Berlin Theirs")
        try await session.send("C-s")
        try await session.waitFor(text: "Review changes to Berlin Office")
        try await session.send("y")
        let choice = try await session.waitFor(text: "Someone else changed Berlin Office meanwhile")
        #expect(choice.contains("base   Berlin Office"))
        #expect(choice.contains("theirs Berlin Theirs"))
        #expect(choice.contains("mine   Berlin Mine"))
        #expect(!FakeProcess.requests(log).contains { ($0["method"] as? String) == "PATCH" }, "nothing sent before the choice")
        try await session.send("y")
        try await session.waitFor(text: "Pick t (theirs) or m (mine)")
        try await session.send("m")
        try await session.waitFor(text: "[use mine]")
        try await session.send("y")
        try await session.waitFor(text: "Saved Berlin Mine")
        let patches = FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.count == 1)
        #expect((patches.first?["body"] as? String)?.contains("Berlin Mine") == true)
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}

/// Ctrl-Z hands the terminal back to the shell in its own modes, and `fg` redraws the program.
@Suite(.terminalSlot) struct SuspendEndToEndTests {
    @Test func ctrlZRestoresTheShellsTerminalAndFgRedraws() async throws {
        let session = try await TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], rows: 30, columns: 100,
                                            environment: ["PS1": "shell$ "])
        let home = session.home
        try await session.waitFor(text: "shell$")
        try await session.send("stty -a > \(home)/stty-before", literal: true)
        try await session.send("Enter")
        try await session.send(TmuxSession.quote(BuiltProducts.trunks) + " --demo", literal: true)
        try await session.send("Enter")
        try await session.waitFor(text: "Berlin Office")
        try await session.send("C-z")
        try await session.waitFor(text: "Stopped")
        try await session.send("stty -a > \(home)/stty-stopped", literal: true)
        try await session.send("Enter")
        try await session.waitFor("stty while stopped") { _ in
            ((try? String(contentsOfFile: home + "/stty-stopped", encoding: .utf8)) ?? "").contains("speed")
        }
        let before = try String(contentsOfFile: home + "/stty-before", encoding: .utf8)
        let stopped = try String(contentsOfFile: home + "/stty-stopped", encoding: .utf8)
        #expect(MonkeyEndToEndTests.modes(before) == MonkeyEndToEndTests.modes(stopped), "the shell gets its own modes back")
        try await session.send("clear; fg", literal: true)
        try await session.send("Enter")
        let redrawn = try await session.waitFor("the program redrawn after fg") {
            $0.contains("Berlin Office") && $0.split(separator: "\n").first?.contains("trunks") == true
        }
        #expect(!redrawn.contains("shell$ clear"), "the whole frame is redrawn")
        if ProcessInfo.processInfo.environment["TRUNKS_E2E_DEBUG"] != nil { print(redrawn) }
        try await session.send("q")
        try await session.waitFor("the shell again") { $0.contains("shell$") && !$0.contains("Berlin Office") }
        try await session.send("exit", literal: true)
        try await session.send("Enter")
    }
}

/// Whatever ends the program (SIGTERM, SIGHUP, SIGINT, a crash), the terminal gets its modes back,
/// the shell sees 128 + the signal's number as the exit status, and the next start offers the draft.
@Suite(.terminalSlot) struct ExitPathEndToEndTests {
    /// Quitting with q, after normal use or while the unreachable API is being retried, gives the
    /// shell back its terminal modes and exit status 0 at once (the signal and crash cases follow).
    @Test(arguments: [("demo", ["--demo"], "Berlin Office"),
                      ("API unreachable", ["--base-url", "http://127.0.0.1:9/v3"], "Could not connect to 127.0.0.1:9")])
    func quittingRestoresTheTerminal(name: String, arguments: [String], shown: String) async throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let trunks = ([BuiltProducts.trunks] + arguments).map(TmuxSession.quote).joined(separator: " ")
        let script = "stty -a > \(home)/stty-before; DIDWW_API_KEY=e2e-key \(trunks); echo $? > \(home)/exit-status; "
            + "stty -a > \(home)/stty-after; sleep 30"
        let session = try await TmuxSession(command: ["sh", "-c", script], rows: 24, columns: 100, home: home)
        // Unreachable: the status line says it is retrying and why, long before the client gives up;
        // q is pressed while the first page is still being retried (a request in flight).
        let screen = try await session.waitFor(text: shown, timeout: 10)
        if name == "API unreachable" {
            #expect(screen.contains("⚠ Retrying ") && screen.contains("loading trunks… retrying"), "\(screen)")
        }
        try await session.send("q")
        try await session.waitFor("the program to end (\(name))", timeout: 15) { _ in
            ((try? String(contentsOfFile: home + "/stty-after", encoding: .utf8)) ?? "").contains("speed")
        }
        let before = try String(contentsOfFile: home + "/stty-before", encoding: .utf8)
        let after = try String(contentsOfFile: home + "/stty-after", encoding: .utf8)
        #expect(MonkeyEndToEndTests.modes(before) == MonkeyEndToEndTests.modes(after), "terminal modes restored after q (\(name))")
        let status = try String(contentsOfFile: home + "/exit-status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "0", "q exits with status 0 (\(name)): \(status)")
    }

    @Test(arguments: [("SIGTERM", SIGTERM), ("SIGHUP", SIGHUP), ("SIGINT", SIGINT),
                      ("SIGSEGV (crash)", SIGSEGV), ("SIGABRT (crash)", SIGABRT)])
    func theDraftAndTheTerminalSurvive(name: String, signal: Int32) async throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let trunks = TmuxSession.quote(BuiltProducts.trunks) + " --demo"
        let script = "stty -a > \(home)/stty-before; \(trunks); echo $? > \(home)/exit-status; "
            + "stty -a > \(home)/stty-after; sleep 30"
        do {
            // The program itself turns off the backtracer's 30 s "press space" wait (CrashBacktrace).
            let session = try await TmuxSession(command: ["sh", "-c", script], rows: 30, columns: 110, home: home)
            try await session.waitFor(text: "Berlin Office")
            try await session.send("e")
            try await session.waitFor(text: "Edit Berlin Office")
            try await session.send("Enter", "C-u")
            try await session.send("Berlin \(signal)", literal: true)
            try await session.waitFor("the draft on disk") { _ in
                let folder = home + "/state/trunks/drafts/demo"
                return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { file in
                    ((try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? "").contains("Berlin \(signal)")
                }
            }
            kill(try await session.programPID(), signal)
            try await session.waitFor("the program to end on \(name)", timeout: 15) { _ in
                ((try? String(contentsOfFile: home + "/stty-after", encoding: .utf8)) ?? "").contains("speed")
            }
            let before = try String(contentsOfFile: home + "/stty-before", encoding: .utf8)
            let after = try String(contentsOfFile: home + "/stty-after", encoding: .utf8)
            #expect(MonkeyEndToEndTests.modes(before) == MonkeyEndToEndTests.modes(after), "terminal modes restored after \(name)")
            let status = try String(contentsOfFile: home + "/exit-status", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(status == String(128 + signal), "exit status after \(name): \(status)")
        }
        let next = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 30, columns: 110, home: home)
        let offer = try await next.waitFor(text: "Unsaved draft from an earlier session")
        #expect(offer.contains("Name: Berlin Office → Berlin \(signal)"))
        try await next.send("Escape", "q")
        try await next.waitFor("the program to exit", timeout: 10) { _ in await next.programExited() }
    }
}
