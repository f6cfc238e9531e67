import Foundation
import Testing

/// The demo in API 2026-11-19 mode under tmux: bearer tokens end to end, the version's rules in
/// the form, and no token or API key on any screen or in the request log.
@Suite(.terminalSlot) struct APIVersionEndToEndTests {
    private func requests(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func listEditAndSaveWithBearerTokensShowingNoSecret() async throws {
        let log = NSTemporaryDirectory() + "trunks-e2e-1119-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--api-version", "2026-11-19",
                                                      "--demo-request-log", log, "--log-level", "debug"], rows: 30, columns: 100)
        var screens: [String] = []
        screens.append(try await session.waitFor("the list in 2026-11-19 mode") {
            $0.contains("API 2026-11-19") && $0.contains("Berlin Office") && $0.contains("Active")
        })

        try await session.send("Enter")
        screens.append(try await session.waitFor(text: "Authentication"))
        try await session.send("e")
        screens.append(try await session.waitFor(text: "Edit Berlin Office"))
        try await session.send("/")
        try await session.send("Capacity", literal: true)
        try await session.send("Enter", "Enter", "C-u")
        try await session.send("0", literal: true)
        screens.append(try await session.waitFor(text: "between 1 and 32767"))
        screens.append(try await session.waitFor(text: "1–32767 calls, empty = unlimited"))
        try await session.send("C-u")
        try await session.send("12", literal: true)
        try await session.send("Enter")
        screens.append(try await session.waitFor("the capacity limit marked changed at 12") { screen in
            screen.split(separator: "\n").contains { $0.contains("*Capacity limit") && $0.split(separator: " ").contains("12") }
        })
        try await session.send("C-s")
        let review = try await session.waitFor(text: "Review changes to Berlin Office")
        screens.append(review)
        #expect(review.contains("Capacity limit: 30 → 12"))
        try await session.send("y")
        screens.append(try await session.waitFor(text: "Saved Berlin Office"))
        screens.append(await session.capture())

        let sent = requests(log)
        let tokenRequests = sent.filter { ($0["path"] as? String) == "/token" }
        #expect(tokenRequests.count == 1, "one token serves the whole session")
        #expect((sent.first?["path"] as? String) == "/token", "the token is minted before the first API call")
        let tokenBody = tokenRequests.first?["body"] as? String ?? ""
        #expect(tokenBody.contains(#""api_version":"2026-11-19""#) && tokenBody.contains(#""scope":"full""#))
        let patches = sent.filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.count == 1)
        #expect((patches.first?["body"] as? String)?.contains(#""capacity_limit":12"#) == true)

        let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        for secret in ["dwt_", "demo-api-key", "Bearer"] {
            #expect(!logText.contains(secret), "the request log holds \(secret)")
            #expect(!screens.contains { $0.contains(secret) }, "a screen shows \(secret)")
        }

        // The save returned to the detail: q goes back to the list, and there quits.
        try await session.send("q")
        try await session.waitFor("the list") { $0.contains("Enter open") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        let debugLog = try String(contentsOfFile: session.home + "/state/trunks/trunks.log", encoding: .utf8)
        #expect(debugLog.contains("/token (token, scope full) → 200"))
        #expect(debugLog.contains("Authorization: [redacted]"))
        for secret in ["dwt_", "demo-api-key", "Bearer "] {
            #expect(!debugLog.contains(secret), "the debug log holds \(secret)")
        }
        // The token is kept in memory only: no file the session left (state, audit, drafts, log) holds it.
        let files = FileManager.default.enumerator(atPath: session.home)?.compactMap { $0 as? String } ?? []
        let written = files.map { session.home + "/" + $0 }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        #expect(written.contains { $0.hasSuffix("audit.jsonl") }, "the saved change was audited: \(files)")
        for path in written {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            #expect(!text.contains("dwt_") && !text.contains("demo-api-key"), "\(path) holds the token or the key")
        }
    }

    @Test func infoNamesTheTokenServiceOfTheProfile() async throws {
        let config = NSTemporaryDirectory() + "trunks-e2e-info-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: config) }
        try FileManager.default.createDirectory(atPath: config + "/trunks", withIntermediateDirectories: true)
        try """
            default_profile: sb
            profiles:
              sb: { environment: sandbox, api_version: "2026-11-19", read_only: true }
            """.write(toFile: config + "/trunks/config.yaml", atomically: true, encoding: .utf8)
        let run = try await CommandRun.run([BuiltProducts.trunks, "info"], environment: [
            "HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": config, "XDG_STATE_HOME": config + "/state", "LANG": "C.UTF-8",
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("api version:    2026-11-19  (profile sb)"))
        #expect(run.output.contains("authentication: bearer tokens from https://auth-sandbox.didww.com/token (scope read)"))
    }

    @Test func theDefaultStays20260416AndAnUnknownVersionIsRefused() async throws {
        let environment = ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": NSTemporaryDirectory() + "no-such-config-\(getpid())",
                           "LANG": "C.UTF-8"]
        let info = try await CommandRun.run([BuiltProducts.trunks, "info"], environment: environment)
        #expect(info.status == 0, "\(info)")
        #expect(info.output.contains("api version:    2026-04-16  (default)"))
        #expect(info.output.contains("authentication: Api-Key header on every call"))
        let refused = try await CommandRun.run([BuiltProducts.trunks, "--demo", "--api-version", "2025-01-01"], environment: environment)
        #expect(refused.status == 64)
        #expect(refused.error.contains("--api-version must be 2026-04-16 or 2026-11-19 (got 2025-01-01)"), "\(refused.error)")
    }

    @Test func anAccountPinnedToANewerVersionIsExplainedAndColonVersionSwitchesInPlace() async throws {
        let log = NSTemporaryDirectory() + "trunks-e2e-switch-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-account-version", "2026-11-19",
                                                      "--demo-request-log", log], rows: 24, columns: 80)
        let screen = try await session.waitFor("the version mismatch explained") {
            $0.contains(":version 2026-11-19") && $0.contains("pinned to 2026-11-19")
        }
        #expect(screen.contains("The server answered with API version 2026-11-19"))
        #expect(screen.contains("API 2026-04-16"))
        #expect(!screen.contains("demo-api-key"))

        try await session.send(":")
        try await session.send("version 2026-11-19", literal: true)
        try await session.send("Enter")
        let switched = try await session.waitFor("the list under 2026-11-19") {
            $0.contains("API 2026-11-19") && $0.contains("Berlin Office") && $0.contains("Switched to API 2026-11-19")
        }
        #expect(!switched.contains("could not load trunks"))
        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("/")
        try await session.send("Capacity", literal: true)
        try await session.send("Enter", "Enter", "C-u")
        try await session.send("0", literal: true)
        try await session.waitFor(text: "between 1 and 32767")
        let sent = requests(log)
        #expect(sent.contains { ($0["path"] as? String) == "/token" }, "2026-11-19 mints a bearer token: \(sent.map { $0["path"] ?? "" })")
        try await session.send("Escape")
        try await session.send(":")
        try await session.send("q!", literal: true)
        try await session.send("Enter")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func anAccountWithoutTheOutboundAPIIsExplainedOnScreen() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--api-version", "2026-11-19",
                                                      "--demo-no-outbound-api"], rows: 24, columns: 80)
        let screen = try await session.waitFor("the 403 explained") { $0.contains("Outbound API is not enabled") }
        #expect(screen.contains("Access denied (403)"))
        #expect(!screen.contains("dwt_") && !screen.contains("demo-api-key"))
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
