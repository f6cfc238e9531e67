import Foundation
import Testing

/// `y` inside a real tmux server left at its default `set-clipboard external`, where OSC 52 from
/// a program goes nowhere: the text is loaded into tmux's paste buffer as well (`tmux
/// show-buffer` reads it back), the status line says where it was sent, and the SIP password is
/// copied only once revealed.
@Suite(.terminalSlot) struct CopyEndToEndTests {
    /// The first word after `label` on the line that holds it.
    private func value(of label: String, in screen: String) -> String? {
        guard let row = screen.split(separator: "\n").first(where: { $0.contains(label) }),
              let range = row.range(of: label) else { return nil }
        return row[range.upperBound...].split(separator: " ").first.map(String.init)
    }

    private func buffer(_ session: TmuxSession) async -> String {
        (try? await session.tmux(["show-buffer"])) ?? ""
    }

    @Test func copiesReachTmuxsPasteBufferUnderTheDefaultSetClipboard() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 36, columns: 120)
        let option = try await session.tmux(["show-options", "-s", "set-clipboard"])
        #expect(option.contains("external"), "tmux's default: \(option)")
        try await session.waitFor(text: "Berlin Office")
        try await session.send("Enter")
        let detail = try await session.waitFor("the detail") { $0.contains("SIP password") && $0.contains("│ General") }
        let username = try #require(value(of: "SIP username", in: detail))

        try await session.send("y", "i")
        let sent = try await session.waitFor(text: "and tmux's paste buffer")
        #expect(sent.contains("Sent id (36 bytes) to the terminal's clipboard (OSC 52) and tmux's paste buffer"), "\(sent)")
        let id = await buffer(session)
        #expect(id.count == 36 && id.split(separator: "-").count == 5, "the trunk's id is in tmux's buffer: \(id)")

        try await session.send("y", "u")
        try await session.waitFor("the username in tmux's buffer") { _ in await buffer(session) == username }

        try await session.send("y", "p")
        let refused = try await session.waitFor(text: "is masked: reveal it with x")
        #expect(refused.contains("The SIP password of Berlin Office is masked"))
        #expect(await buffer(session) == username, "nothing was copied while the password is masked")

        try await session.send("x")
        let shown = try await session.waitFor(text: "x hides")
        let password = try #require(value(of: "SIP password", in: shown))
        #expect(!password.contains("•"))
        try await session.send("y", "p")
        try await session.waitFor("the revealed password in tmux's buffer") { _ in await buffer(session) == password }
        // The status line names the paste buffer once tmux's load-buffer has ended, which can be
        // a moment after the buffer holds the text.
        let status = try await session.waitFor("the status line to name both places") {
            $0.contains("Sent SIP password (revealed)") && $0.contains("paste buffer")
        }
        #expect(status.contains("(\(password.utf8.count) bytes) to the terminal's clipboard (OSC 52) and tmux's paste buffer"))

        // q in the detail goes back to the list; q there quits.
        try await session.send("q")
        try await session.waitFor(text: "Trunks")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func aTmuxThatCannotBeReachedIsSaidOnTheStatusLine() async throws {
        let missing = NSTemporaryDirectory() + "trunks-no-tmux-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 200,
                                            environment: ["TMUX": missing + ",1,0"])
        try await session.waitFor(text: "Berlin Office")
        try await session.send("y", "n")
        let screen = try await session.waitFor(text: "tmux's paste buffer not loaded")
        #expect(screen.contains("Sent name (13 bytes) to the terminal's clipboard (OSC 52); tmux's paste buffer not loaded: "
                                + "tmux load-buffer: exit status 1"), "\(screen)")
        #expect(screen.contains(missing), "tmux's own words name the socket it could not reach: \(screen)")
        #expect(screen.contains("Berlin Office"), "the program goes on")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
