import Foundation
import Testing

/// Themes, configuration and terminal habits as a user meets them: the real binary under tmux.
@Suite(.terminalSlot) struct ThemeEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// SGR parameters that set a colour (30–38, 40–48, 90–97, 100–107); 39/49 only reset.
    static func colourEscapes(in screen: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        let range = NSRange(screen.startIndex..., in: screen)
        return pattern.matches(in: screen, range: range).compactMap { match in
            let parameters = String(screen[Range(match.range(at: 1), in: screen)!])
            let colour = parameters.split(separator: ";").compactMap { Int($0) }.contains {
                (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0)
            }
            return colour ? parameters : nil
        }
    }

    /// The 256-colour backgrounds (`48;5;N`) on `line`.
    static func backgrounds(_ line: Substring) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "48;5;([0-9]+)")
        let text = String(line)
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        })
    }

    private func quit(_ session: TmuxSession) async throws {
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func noColorLeavesNoColourEscapeAndKeepsTheSelectionVisible() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80,
                                            environment: ["NO_COLOR": "1", "TRUNKS_THEME": "dark"])
        let plain = try await session.waitFor(text: "Berlin Office")
        #expect(plain.contains("No colour, theme dark (environment TRUNKS_THEME) not drawn: NO_COLOR is set"), "\(plain)")
        let screen = await session.captureWithEscapes()
        #expect(Self.colourEscapes(in: screen).isEmpty, "colour escapes under NO_COLOR: \(Self.colourEscapes(in: screen))")
        let selected = screen.split(separator: "\n").first { $0.contains("Berlin Office") } ?? ""
        #expect(selected.contains("\u{1B}[7m") || selected.contains(";7m") || selected.contains("[7;"),
                "the selection is reversed: \(selected.debugDescription)")
        try await quit(session)
    }

    @Test func aThemeOnTheCommandLineWinsOverNoColorAndSaysSo() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--theme", "light"], rows: 24, columns: 100,
                                            environment: ["NO_COLOR": "1"])
        let screen = try await session.waitFor(text: "Berlin Office")
        #expect(screen.contains("Colour: theme light (--theme) wins over NO_COLOR"), "\(screen)")
        let rows = await session.captureWithEscapes().split(separator: "\n")
        let other = rows.first { $0.contains("Chicago Sales") } ?? ""
        #expect(!Self.backgrounds(other).isEmpty, "the light theme's own background is drawn: \(other.debugDescription)")
        try await quit(session)
    }

    @Test func infoSaysWhetherAProfilesThemeOrNoColorWins() async throws {
        let config = try configHome("""
        profiles:
          lab: { environment: sandbox, theme: light }
        """)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let environment = ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": config, "XDG_STATE_HOME": config + "/state",
                           "LANG": "C.UTF-8", "NO_COLOR": "1"]
        let lab = try await CommandRun.run([BuiltProducts.trunks, "info", "--profile", "lab"], environment: environment)
        #expect(lab.output.contains("colour:         theme light (profile lab theme:) wins over NO_COLOR"), "\(lab.output)")
        let plain = try await CommandRun.run([BuiltProducts.trunks, "info"], environment: environment)
        #expect(plain.output.contains("colour:         no colour: NO_COLOR is set"), "\(plain.output)")
    }

    @Test func lightThemeShowsTheSelectionAndColonThemeSwitchesLive() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--theme", "light"], rows: 24, columns: 100)
        try await session.waitFor(text: "Chicago Sales")
        let light = await session.captureWithEscapes().split(separator: "\n")
        let selected = light.first { $0.contains("Berlin Office") } ?? ""
        let other = light.first { $0.contains("Chicago Sales") } ?? ""
        let selectedBackgrounds = Self.backgrounds(selected), otherBackgrounds = Self.backgrounds(other)
        #expect(!selectedBackgrounds.isEmpty && !otherBackgrounds.isEmpty, "rows have theme backgrounds: \(light.joined(separator: "\n").debugDescription)")
        #expect(!selectedBackgrounds.subtracting(otherBackgrounds).isEmpty,
                "the selected row has a background no other row has: \(selectedBackgrounds) vs \(otherBackgrounds) \(selected.debugDescription) \(other.debugDescription)")

        try await session.send(":")
        try await session.send("theme dark", literal: true)
        try await session.send("Enter")
        try await session.waitFor(text: "Theme dark")
        let dark = try await session.waitFor("the dark background") { _ in
            Self.backgrounds(Substring(await session.captureWithEscapes())) != Self.backgrounds(Substring(light.joined(separator: "\n")))
        }
        #expect(dark.contains("Berlin Office"))
        let darkRow = await session.captureWithEscapes().split(separator: "\n").first { $0.contains("Chicago Sales") } ?? ""
        #expect(Self.backgrounds(darkRow) != otherBackgrounds, "the same row is drawn with the dark theme's background")

        try await session.send(":")
        try await session.send("theme no-such-theme", literal: true)
        try await session.send("Enter")
        try await session.waitFor(text: "kept dark")
        try await quit(session)
    }

    @Test func yCopiesTheNameThroughOSC52() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 100)
        try await session.tmux(["set-option", "-s", "set-clipboard", "on"])
        try await session.waitFor(text: "Berlin Office")
        try await session.send("y")
        try await session.waitFor(text: "Copy: y name")
        try await session.send("n")
        try await session.waitFor(text: "Sent name (13 bytes)")
        let buffer = try await session.waitFor("the tmux buffer") { _ in
            ((try? await session.tmux(["show-buffer"])) ?? "") == "Berlin Office"
        }
        #expect(!buffer.isEmpty)
        try await session.send("y", "j")
        try await session.waitFor(text: "Sent JSON, secrets masked")
        let json = try await session.tmux(["show-buffer"])
        #expect(json.contains("\"voice_out_trunks\"") && json.contains("Berlin Office"))
        #expect(json.contains("********"), "the SIP password is masked")
        try await quit(session)
    }

    @Test func brokenThemeAtStartUpIsShownOnScreenWithTheFallback() async throws {
        let broken = Self.repository.appendingPathComponent("Tests/TrunkUITests/ThemeFixtures/broken.yaml").path
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--theme", broken], rows: 24, columns: 200)
        let screen = try await session.waitFor("the list and the theme problem") { $0.contains("built-in default") && $0.contains("Berlin Office") }
        #expect(screen.contains("broken.yaml:3:"), "the first problem with its line: \(screen)")
        #expect(screen.contains("Berlin Office"), "the program runs with the fallback")
        try await quit(session)
    }

    /// A private XDG config folder holding `config`.
    private func configHome(_ config: String) throws -> String {
        let folder = NSTemporaryDirectory() + "trunks-e2e-config-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder + "/trunks", withIntermediateDirectories: true)
        try config.write(toFile: folder + "/trunks/config.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func profileIsInTheHeaderRemapsApplyAndAConflictIsReported() async throws {
        let config = try configHome("""
        default_profile: lab
        profiles:
          lab:
            environment: demo
            theme: high-contrast
        keys:
          list:
            move_down: [ctrl-n, down]
          detail:
            edit: j
        """)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks], rows: 24, columns: 200,
                                            environment: ["XDG_CONFIG_HOME": config])
        let screen = try await session.waitFor(text: "Berlin Office")
        #expect(screen.split(separator: "\n").first?.contains("profile lab · demo") == true, "header: \(screen)")
        try await session.waitFor(text: "Key binding not applied")
        let status = await session.capture()
        #expect(status.contains("key j for detail \"edit the trunk\" conflicts with detail \"scroll down\""), "\(status)")
        try await session.send("C-n")
        try await session.waitFor(text: "▶ Chicago Sales")
        try await quit(session)
    }

    @Test func themeCheckExitsNonZeroWithFileAndLine() async throws {
        let environment = ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": NSTemporaryDirectory() + "no-such-config",
                           "LANG": "C.UTF-8"]
        let names = ["default", "dark", "light", "high-contrast", "mono", "solarized-dark", "solarized-light"]
        let files = names.map { Self.repository.appendingPathComponent("themes/\($0).yaml").path }
        let shipped = try await CommandRun.run([BuiltProducts.trunks, "theme", "check"] + files, environment: environment)
        #expect(shipped.status == 0, "\(shipped)")
        for file in files { #expect(shipped.output.contains(file + ": ok"), "\(shipped.output)") }
        let broken = Self.repository.appendingPathComponent("Tests/TrunkUITests/ThemeFixtures/broken.yaml").path
        let run = try await CommandRun.run([BuiltProducts.trunks, "theme", "check", broken], environment: environment)
        #expect(run.status == 1)
        #expect(run.error.contains(broken + ":3: error: inherits: parent theme no-such-theme"), "\(run.error)")
        #expect(run.error.contains(broken + ":7: error: unknown role sparkle"))
        #expect(run.error.contains("7 errors in 1 file(s)"))
    }

    @Test func themeCheckFailsAThemeReadableIn16MColoursButNotIn8() async throws {
        let environment = ["HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": NSTemporaryDirectory() + "no-such-config",
                           "LANG": "C.UTF-8"]
        let cream = Self.repository.appendingPathComponent("Tests/TrunkUITests/ThemeFixtures/cream.yaml").path
        let run = try await CommandRun.run([BuiltProducts.trunks, "theme", "check", cream], environment: environment)
        #expect(run.status == 1, "\(run)")
        #expect(run.error.contains(cream + ":3: error: role text at 8 colours: contrast 1.57:1 of #00cdcd (cyan) on #e5e5e5 (white) is below 4.5:1"),
                "\(run.error)")
        #expect(run.error.contains(cream + ":4: error: role selection at 8 colours: contrast 1.57:1 of #e5e5e5 (white) on #00cdcd (cyan) is below 3:1"))
        #expect(!run.error.contains("16M"), "it reads well in 16M colours: \(run.error)")
        #expect(!run.output.contains(": ok"))
    }

    @Test func infoPrintsPathsAndProfileButNeverTheKey() async throws {
        let config = try configHome("""
        default_profile: prod
        profiles:
          prod: { environment: production, api_key_env: PROD_KEY, read_only: true }
        """)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let secret = "sk-test-0123456789abcdef"
        let run = try await CommandRun.run([BuiltProducts.trunks, "info"], environment: [
            "HOME": NSTemporaryDirectory(), "XDG_CONFIG_HOME": config, "XDG_STATE_HOME": config + "/state",
            "PROD_KEY": secret, "DIDWW_API_KEY": secret, "LANG": "C.UTF-8",
        ])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("config file:    \(config)/trunks/config.yaml"))
        #expect(run.output.contains("state dir:      \(config)/state/trunks"))
        #expect(run.output.contains("profile:        prod  (config default_profile)"))
        #expect(run.output.contains("← PRODUCTION"))
        #expect(run.output.contains("read-only:      yes  (profile prod)"))
        #expect(run.output.contains("from environment DIDWW_API_KEY (set)"))
        #expect(!run.output.contains(secret) && !run.error.contains(secret), "the key is never printed")
    }

    @Test(arguments: [["--api-key", "sk-typed-0123456789"], ["--api-key=sk-typed-0123456789", "--sandbox"], ["--sandbox", "--key", "sk-typed-0123456789"]])
    func aKeyOnTheCommandLineIsRefusedWithWhereItGoesInstead(arguments: [String]) async throws {
        let run = try await CommandRun.run([BuiltProducts.trunks] + arguments, environment: ["HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"])
        #expect(run.status == 64)
        #expect(run.error.contains("is not accepted") && run.error.contains("DIDWW_API_KEY") && run.error.contains("api_key_file"), "\(run.error)")
        #expect(!run.error.contains("sk-typed") && !run.output.contains("sk-typed"), "the typed key is not echoed")
    }

    @Test func completionScriptAndHelpAreGenerated() async throws {
        let environment = ["HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        let bash = try await CommandRun.run([BuiltProducts.trunks, "--generate-completion-script", "bash"], environment: environment)
        #expect(bash.status == 0 && bash.output.contains("complete") && bash.output.contains("--theme"))
        let help = try await CommandRun.run([BuiltProducts.trunks, "--help"], environment: environment)
        #expect(help.output.contains("--profile") && help.output.contains("--log-file") && help.output.contains("theme"))
    }

    @Test func mouseClickSelectsAndWheelScrollsOnlyWithTheFlag() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--mouse"], rows: 24, columns: 100)
        try await session.waitFor(text: "Dublin Support")
        try await session.send("\u{1B}[<0;10;6M\u{1B}[<0;10;6m", literal: true)
        try await session.waitFor(text: "▶ Dublin Support")
        try await session.send("\u{1B}[<65;10;6M", literal: true)
        try await session.waitFor(text: "▶ 東京 outbound")
        try await quit(session)
    }

    /// tmux knows whether the program asked the terminal for mouse reports: without `--mouse` it
    /// must not, so the terminal's own text selection keeps working.
    @Test(arguments: [false, true])
    func mouseReportingIsRequestedOnlyWithTheFlag(enabled: Bool) async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"] + (enabled ? ["--mouse"] : []), rows: 24, columns: 100)
        try await session.waitFor(text: "Berlin Office")
        let flags = try await session.tmux(["display-message", "-p", "-t", session.name, "#{mouse_any_flag}#{mouse_standard_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(flags == (enabled ? "11" : "00"), "mouse reporting flags with\(enabled ? "" : "out") --mouse: \(flags)")
        try await quit(session)
    }

    @Test func logLevelAloneWritesRequestsToTheStateDirectoryWithoutTheKey() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--log-level", "debug"], rows: 24, columns: 100)
        try await session.waitFor(text: "Berlin Office")
        try await quit(session)
        let log = try String(contentsOfFile: session.home + "/state/trunks/trunks.log", encoding: .utf8)
        #expect(log.contains("INFO GET http://127.0.0.1:") && log.contains("/v3/voice_out_trunks?") && log.contains("→ 200 in "))
        #expect(log.contains("DEBUG GET") && log.contains("Api-Key: [redacted]"))
        #expect(!log.contains("demo-api-key"), "the key is redacted")
    }

    @Test func aGroupReadableKeyFileIsRefusedBeforeAnythingIsSent() async throws {
        let config = try configHome("""
        profiles:
          lab:
            base_url: http://127.0.0.1:9/v3
            api_key_file: KEYFILE
        """)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let keyFile = config + "/lab.key"
        let secret = "sk-lab-0123456789"
        try secret.write(toFile: keyFile, atomically: true, encoding: .utf8)
        let text = try String(contentsOfFile: config + "/trunks/config.yaml", encoding: .utf8)
        try text.replacingOccurrences(of: "KEYFILE", with: keyFile).write(toFile: config + "/trunks/config.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: keyFile)
        let run = try await CommandRun.run([BuiltProducts.trunks, "--profile", "lab"], environment: [
            "HOME": config, "XDG_CONFIG_HOME": config, "XDG_STATE_HOME": config + "/state", "LANG": "C.UTF-8", "TERM": "xterm",
        ])
        #expect(run.status != 0)
        #expect(run.error.contains("permissions 0644") && run.error.contains("chmod 600 \(keyFile)"), "\(run.error)")
        #expect(!run.error.contains(secret) && !run.output.contains(secret))
    }
}
