import Foundation
import Testing

/// `trunks list` and `trunks show` with their output on a terminal (a pseudo-terminal from
/// `script`): the table fits the terminal's own width and is styled, a progress line is drawn on
/// standard error and erased, and `--reveal` shows the secrets there.
@Suite(.serialized, .terminalSlot) struct RunbookTerminalEndToEndTests {
    /// Runs `shellCommand` in a pseudo-terminal; what the terminal received, `\r` removed.
    static func onTerminal(_ shellCommand: String) async throws -> CommandRun {
        var run = try await CommandRun.run(["/usr/bin/script", "-qec", shellCommand, "/dev/null"], environment: [
            "HOME": NSTemporaryDirectory() + "trunks-tty-home-\(getpid())", "LANG": "C.UTF-8", "DIDWW_API_KEY": FakeProcess.apiKey,
            "SHELL": "/bin/sh", "PATH": "/usr/bin:/bin",
        ])
        run.output = run.output.replacingOccurrences(of: "\r\n", with: "\n")
        return run
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test func theTableFitsTheTerminalIsStyledAndTheProgressLineIsErased() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.onTerminal("stty cols 72 rows 30; \(Self.quoted(BuiltProducts.trunks)) --base-url \(fake.baseURL) list")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("\u{1b}[1mName"), "a bold heading on a terminal: \(run.output.debugDescription)")
        #expect(run.output.contains("\u{1b}[31mBlocked"), "blocked in red")
        #expect(run.output.contains("Reading trunks… 42 of 42\r\u{1b}[K"), "the progress line, then erased")
        let plain = run.output.replacingOccurrences(of: #"\x{1b}\[[0-9;]*[mK]"#, with: "", options: .regularExpression)
            .components(separatedBy: "\n").map { $0.components(separatedBy: "\r").last ?? "" }
        let rows = plain.filter { !$0.isEmpty }
        #expect(rows.count == 43, "\(rows)\n\(run.output.debugDescription)")
        #expect(rows.allSatisfy { $0.count <= 72 }, "the terminal's width: \(rows.filter { $0.count > 72 })")
    }

    @Test func revealShowsTheSecretsOnATerminal() async throws {
        let fake = try await FakeProcess()
        let id = try await fake.trunkID(named: "Madrid Callcenter")
        let text = try await fake.curl("GET", fake.baseURL + "/voice_out_trunks/\(id)")
        let password = try #require(text.components(separatedBy: "\"password\":\"").dropFirst().first?.prefix { $0 != "\"" })
        let run = try await Self.onTerminal("\(Self.quoted(BuiltProducts.trunks)) --base-url \(fake.baseURL) show 'Madrid Callcenter' --reveal")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("SIP password               \(password)"), "\(run.output)")
        let masked = try await Self.onTerminal("\(Self.quoted(BuiltProducts.trunks)) --base-url \(fake.baseURL) show 'Madrid Callcenter'")
        #expect(!masked.output.contains(String(password)) && masked.output.contains("••••••••"))
    }
}
