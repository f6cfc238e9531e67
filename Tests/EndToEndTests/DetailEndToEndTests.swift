import Foundation
import Testing

/// The detail pane of the real binary in demo mode under tmux: secrets, regenerate credentials,
/// the number tester.
@Suite(.terminalSlot) struct DetailEndToEndTests {
    private func requests(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private func path(_ request: [String: Any]) -> String { request["path"] as? String ?? "" }

    /// The value after `label` on the screen row that holds it.
    private func value(of label: String, in screen: String) -> String? {
        guard let row = screen.split(separator: "\n").first(where: { $0.contains(label) }),
              let range = row.range(of: label) else { return nil }
        return row[range.upperBound...].split(separator: " ").first.map(String.init)
    }

    /// Opens Berlin Office, the first trunk, in a fresh demo.
    private func openBerlin(log: String? = nil, rows: Int = 36, columns: Int = 100) async throws -> TmuxSession {
        var command = [BuiltProducts.trunks, "--demo"]
        if let log { command += ["--demo-request-log", log] }
        let session = try await TmuxSession(command: command, rows: rows, columns: columns)
        try await session.waitFor(text: "Berlin Office")
        try await session.send("Enter")
        try await session.waitFor("the detail") { $0.contains("SIP password") && $0.contains("│ General") }
        return session
    }

    /// `q` in the detail goes back to the list; there it quits.
    private func quit(_ session: TmuxSession) async throws {
        try await session.send("q")
        try await session.waitFor("the list") { $0.contains("Enter open") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func thePasswordIsHiddenUntilX() async throws {
        let session = try await openBerlin()
        let masked = await session.capture()
        #expect(masked.contains("SIP password               ••••••••  x reveals for 30 s"))
        try await session.send("x")
        let shown = try await session.waitFor(text: "x hides")
        let password = try #require(value(of: "SIP password", in: shown))
        #expect(password.count >= 8 && !password.contains("•"))
        #expect(!masked.contains(password), "the password was not on the screen before x")
        #expect(shown.contains("secrets shown"), "the countdown stands in the title")

        try await session.send("J")
        let json = try await session.waitFor(text: "\"password\" : \"\(password)\"")
        #expect(json.contains("raw JSON"))
        try await session.send("x")
        try await session.waitFor(text: "\"password\" : \"••••••••\"")
        #expect(await !session.capture().contains(password), "x again masks the raw JSON too")
        try await session.send("Escape")
        let back = try await session.waitFor(text: "SIP password               ••••••••")
        #expect(!back.contains(password))
        try await quit(session)
    }

    @Test func regenerateCredentialsAfterTypingTheName() async throws {
        let log = NSTemporaryDirectory() + "trunks-e2e-detail-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await openBerlin(log: log)
        let before = await session.capture()
        let oldUsername = try #require(value(of: "SIP username", in: before))
        let regenerations = { self.requests(log).filter { self.path($0).hasSuffix("voice_out_trunk_regenerate_credentials") } }

        try await session.send("R")
        try await session.waitFor(text: "Regenerate credentials of Berlin Office?")
        try await session.send("R", "R", "Enter")
        try await session.waitFor(text: "not this trunk's name; nothing was sent")
        try await session.send("C-u")
        try await session.send("Berlin Office", literal: true)
        try await session.send("Escape")
        try await session.waitFor(text: "Regenerate cancelled; nothing was sent")
        #expect(regenerations().isEmpty, "a wrong name and Esc send nothing")

        try await session.send("R")
        try await session.waitFor(text: "Type the trunk name to confirm")
        try await session.send("Berlin Office", literal: true)
        try await session.send("Enter")
        let after = try await session.waitFor(text: "Regenerated: Berlin Office now has username")
        let newUsername = try #require(value(of: "SIP username", in: after))
        #expect(newUsername != oldUsername)
        #expect(after.contains("SIP password               ••••••••"), "the new password is masked")
        let sent = regenerations()
        #expect(sent.count == 1, "exactly one regenerate POST")
        #expect(sent.first?["method"] as? String == "POST")
        let body: String = sent.first?["body"] as? String ?? ""
        #expect(body.contains("\"voice_out_trunk_regenerate_credentials\""))
        let all = requests(log)
        let index = all.firstIndex { path($0).hasSuffix("voice_out_trunk_regenerate_credentials") } ?? all.count
        let readAgain = all[(index + 1)...].contains { ($0["method"] as? String) == "GET" && path($0).contains("/voice_out_trunks/") }
        #expect(readAgain, "the trunk is read again after regenerating")
        try await quit(session)
    }

    /// `/` in the detail searches the trunk as it is typed: the match is scrolled into view and
    /// marked (reverse video); `n` steps on; `q` goes back to the list.
    @Test func slashSearchesTheTrunkAndMarksTheMatch() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
        try await session.waitFor(text: "42 trunks")
        try await session.send("/")
        try await session.send("vienna", literal: true)
        try await session.send("Enter")
        try await session.send("Enter")
        let top = try await session.waitFor("Vienna's detail") { $0.contains("┌─ Vienna wholesale") && $0.contains("Authentication") }
        #expect(!top.contains("44206"), "the prefix is far below the first screen")

        try await session.send("/")
        try await session.send("44206", literal: true)
        let found = try await session.waitFor(text: "/44206 match 1 of 1 · Enter keeps · Esc goes back")
        #expect(found.contains("1205, 44206, 49207"), "scrolled to the line of prefixes holding it")
        let styled = await session.captureWithEscapes()
        let row = try #require(styled.split(separator: "\n").first { $0.contains("1205, ") })
        #expect(row.contains("\u{1B}[7m44206"), "the match is marked in reverse video: \(row)")

        try await session.send("Enter")
        try await session.waitFor(text: "Match 1 of 1 · n next, N previous")
        try await session.send("q")
        try await session.waitFor("q back to the list") { $0.contains("Enter open") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func theNumberTesterSaysWhichPrefixDecided() async throws {
        let session = try await openBerlin(rows: 24, columns: 80)
        try await session.send("t")
        try await session.waitFor(text: "Test a number")
        try await session.send("+49 900 123456", literal: true)
        let rejected = try await session.waitFor(text: "✗ Rejected: 49900123456 starts with 49900")
        #expect(rejected.contains("an exception to Allow all"))
        try await session.send("Enter")
        try await session.send("0044 20 7946 0000", literal: true)
        let allowed = try await session.waitFor(text: "✓ Allowed: no listed prefix matches 442079460000")
        #expect(allowed.contains("✗ Rejected: 49900123456"), "the earlier answer stays")
        try await session.send("Escape")
        try await session.waitFor("the tester to close") { !$0.contains("Test a number") }
        try await quit(session)
    }
}
