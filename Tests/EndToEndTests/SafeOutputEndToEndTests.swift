import BenchSupport
import Foundation
import Testing

/// The subcommands print server- and file-derived text safely. `trunks audit` on a trail whose
/// trunk names came from a hostile server: on a terminal (a pty) and through a pipe, nothing it
/// prints can retitle, clear, recolour or reverse the terminal, and `--output json` still holds
/// the names exactly as they were. `trunks info` and `trunks theme` likewise with odd paths.
@Suite(.terminalSlot) struct SafeOutputEndToEndTests {
    /// Names (and messages) a hostile server could send.
    static let hostileNames = [
        "EVILTITLE\u{1b}]0;pwned\u{07}",
        "CLEAR\u{1b}[2J\u{1b}[H",
        "C1\u{9b}31mred\u{9d}0;title\u{9c}",
        "\u{202e}fdp.exe\u{202c} \u{2066}isolated\u{2069}",
        "DEL\u{7f} line\nbreak\rreturn\ttab",
    ]

    /// A state directory with an audit trail of one PATCH per hostile name.
    private static func home() throws -> String {
        let home = TmuxSession.temporaryHome()
        try FileManager.default.createDirectory(atPath: home + "/state/trunks", withIntermediateDirectories: true)
        var lines = ""
        for (index, name) in hostileNames.enumerated() {
            let entry: [String: Any] = [
                "time": "2030-01-01T00:00:0\(index)Z", "user": "support", "profile": "demo", "method": "PATCH",
                "trunkID": "id-\(index)", "trunkName": name, "changes": [["field": "name", "old": "Plain", "new": name]],
                "status": 422, "outcome": "failed", "latencyMs": 12, "error": "refused: \(name)",
            ]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        try lines.write(toFile: home + "/state/trunks/audit.jsonl", atomically: true, encoding: .utf8)
        return home
    }

    private static func environment(_ home: String) -> [String: String] {
        ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8",
         "TERM": "xterm-256color", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    /// Runs `trunks …` (default: `trunks audit`) on a pty of its own and returns what reached
    /// the terminal; `exitStatus` is the one expected.
    private static func onTerminal(_ arguments: [String], home: String, command: String = "audit",
                                   environment: [String: String]? = nil, exitStatus: Int32 = 0) async throws -> [UInt8] {
        let program = try PtyProcess(executable: BuiltProducts.trunks, arguments: [command] + arguments,
                                     environment: environment ?? Self.environment(home), rows: 24, columns: 200)
        let status = try #require(try await program.waitForExit(timeout: .seconds(20)), "trunks \(command) did not end")
        #expect(status & 0x7F == 0 && (status >> 8) & 0xFF == exitStatus, "trunks \(command): wait status \(status)")
        return program.bytes(from: 0)
    }

    /// Every control character that reached the output, other than the line ends a terminal adds.
    private static func unsafeCharacters(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x0D: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }.map { "U+" + String($0.value, radix: 16) }
    }

    @Test func theTextTrailShowsOddNamesAsEscapesOnATerminalAndThroughAPipe() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let bytes = try await Self.onTerminal([], home: home)
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !bytes.contains(0x7F), "no ESC, BEL or DEL byte")
        #expect(Self.unsafeCharacters(bytes).isEmpty, "\(Self.unsafeCharacters(bytes))")
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        #expect(lines.count == Self.hostileNames.count, "one line per change:\n\(text)")
        #expect(text.contains(#"PATCH EVILTITLE\u{1b}]0;pwned\u{7} (id-0)"#), "the odd name is visible as odd:\n\(text)")
        #expect(text.contains(#"\u{202e}fdp.exe\u{202c} \u{2066}isolated\u{2069}"#))
        #expect(text.contains(#"DEL\u{7f} line\u{a}break\u{d}return tab"#))

        let piped = try await CommandRun.run([BuiltProducts.trunks, "audit"], environment: Self.environment(home))
        #expect(piped.status == 0)
        #expect(piped.output == text.replacingOccurrences(of: "\r\n", with: "\n"), "the same text through a pipe")
    }

    @Test func theJSONTrailIsValidAndHoldsTheOriginalNames() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let bytes = try await Self.onTerminal(["--output", "json"], home: home)
        #expect(Self.unsafeCharacters(bytes).isEmpty, "\(Self.unsafeCharacters(bytes))")
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let lines = text.split(separator: "\n")
        #expect(lines.count == Self.hostileNames.count)
        for (line, name) in zip(lines, Self.hostileNames) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["trunkName"] as? String == name)
            #expect(object["error"] as? String == "refused: \(name)")
            let change = (object["changes"] as? [[String: Any]])?.first
            #expect(change?["new"] as? String == name)
        }
        #expect(text.contains(#"\u202efdp.exe\u202c"#), "bidi controls are JSON escapes: \(text)")

        let alias = try await CommandRun.run([BuiltProducts.trunks, "audit", "--json"], environment: Self.environment(home))
        #expect(alias.status == 0)
        #expect(alias.output == text, "--json is the same as --output json")
    }

    @Test func infoAndThemeShowOddPathsAndThemeNamesAsEscapes() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let config = home + "/config\u{1b}]0;pwned\u{07}"
        let themes = config + "/trunks/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "inherits: default\nstyles:\n  \u{1b}[2Jtext: {fg: \"#ffffff\"}\n"
            .write(toFile: themes + "/odd\u{1b}[2J\u{202e}.yaml", atomically: true, encoding: .utf8)
        var environment = Self.environment(home)
        environment["XDG_CONFIG_HOME"] = config
        for (command, arguments, status) in [("info", [String](), Int32(0)), ("theme", ["list"], 0), ("theme", ["check"], 1)] {
            let bytes = try await Self.onTerminal(arguments, home: home, command: command, environment: environment, exitStatus: status)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Self.unsafeCharacters(bytes).isEmpty, "trunks \(command) \(arguments): \(Self.unsafeCharacters(bytes))")
            #expect(text.contains(#"config\u{1b}]0;pwned\u{7}"#), "trunks \(command) \(arguments) shows the odd path:\n\(text)")
        }
    }
}
