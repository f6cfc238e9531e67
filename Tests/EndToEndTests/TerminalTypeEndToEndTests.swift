import BenchSupport
import Foundation
import Testing

/// A terminal that cannot show a full screen (no `TERM`, or `TERM=dumb`) is refused by the real
/// binary with one clear message, before it sends a single control sequence.
@Suite(.terminalSlot) struct TerminalTypeEndToEndTests {
    @Test(arguments: [
        ("dumb", "TERM=dumb cannot move the cursor: trunks needs a full-screen terminal."),
        (nil, "TERM is not set: trunks needs a full-screen terminal."),
    ] as [(String?, String)])
    func aTerminalWithoutAFullScreenIsRefusedWithWhatToSet(term: String?, problem: String) async throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                           "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        environment["TERM"] = term
        let program = try PtyProcess(executable: BuiltProducts.trunks, arguments: ["--demo"], environment: environment,
                                     rows: 24, columns: 200)
        let status = try #require(try await program.waitForExit(timeout: .seconds(20)), "trunks did not end")
        let output = String(decoding: program.bytes(from: 0), as: UTF8.self)
        #expect(status & 0x7F == 0 && (status >> 8) & 0xFF == 1, "wait status \(status): \(output)")
        #expect(output.contains(problem), "\(output)")
        #expect(output.contains("Set TERM to your terminal's type, for example TERM=xterm-256color"), "\(output)")
        #expect(!output.contains("\u{1B}"), "no control sequence (bracketed paste, alternate screen) was sent: \(output.debugDescription)")
    }
}
