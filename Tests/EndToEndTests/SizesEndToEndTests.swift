import Foundation
import Testing

/// The real binary in demo mode at the sizes support staff meet: 80×23 (an 80×24 terminal with
/// a tmux or screen status line), 60×16 (the smallest drawn) and 40×12 (too small: only quit
/// acts, and nothing reaches the server).
@Suite(.terminalSlot) struct SizesEndToEndTests {
    private func logPath() -> String {
        NSTemporaryDirectory() + "trunks-sizes-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
    }

    private func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The whole screen is the program's: a one-line header, the list's box from row 1 to the
    /// row above the status line, and the status line; no line wider than the terminal.
    private func expectWholeList(_ screen: String, rows: Int, columns: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = lines(screen)
        #expect(lines.count >= rows, "\(rows) rows:\n\(screen)", sourceLocation: sourceLocation)
        #expect(lines[0].hasPrefix(" trunks ") && lines[0].contains("42 trunks"), "the header in one line: \(lines[0])",
                sourceLocation: sourceLocation)
        #expect(lines[1].hasPrefix("┌─ Trunks") && lines[1].hasSuffix("┐"), "the list's top border: \(lines[1])", sourceLocation: sourceLocation)
        #expect(lines[rows - 2].hasPrefix("└") && lines[rows - 2].contains("of 42"), "its bottom border: \(lines[rows - 2])",
                sourceLocation: sourceLocation)
        #expect(lines[2].contains("Name") && lines[2].contains("Status") && lines[2].contains("24h limit"), sourceLocation: sourceLocation)
        #expect(lines[3].contains("▶ Berlin Office") && lines[3].contains("Active"), sourceLocation: sourceLocation)
        #expect(lines[rows - 1].contains("Enter open") && lines[rows - 1].contains("? help"), "the keys: \(lines[rows - 1])",
                sourceLocation: sourceLocation)
        #expect(lines.prefix(rows).allSatisfy { DisplayWidthForTests.of($0) <= columns }, sourceLocation: sourceLocation)
        #expect(!screen.contains("too small"), sourceLocation: sourceLocation)
    }

    @Test func at80x23TheWholeProgramIsThere() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 23, columns: 80)
        let screen = try await session.waitFor("the list at 80×23") { $0.contains("42 trunks") && $0.contains("of 42") }
        expectWholeList(screen, rows: 23, columns: 80)
        #expect(lines(screen)[0].contains("API 2026-04-16"), "80 columns keep the API version")
        #expect(lines(screen)[2].contains("SIP IPs"), "and the SIP IPs column")
        try await session.send("Enter")
        let detail = try await session.waitFor("the detail read") { $0.contains("┌─ Berlin Office") && $0.contains("Authentication") }
        #expect(lines(detail)[22].contains("Esc back"))
        // q in the detail goes back to the list; q there quits.
        try await session.send("q")
        try await session.waitFor(text: "┌─ Trunks")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func at60x16TheCompactLayoutWorksAndItsDialogsFit() async throws {
        let log = logPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                            rows: 16, columns: 60)
        let screen = try await session.waitFor("the list at 60×16") { $0.contains("42 trunks") && $0.contains("of 42") }
        expectWholeList(screen, rows: 16, columns: 60)
        #expect(lines(screen)[15].contains("/ filter"), "the keys used most: \(lines(screen)[15])")
        #expect(!lines(screen)[15].contains("v preview"))

        try await session.send("b")
        let review = try await session.waitFor("the review of the block") { $0.contains("Review changes to Berlin Office") && $0.contains("[ y Send ]") }
        let box = lines(review).filter { $0.contains("│ │") || $0.contains("┌─ Review") || $0.contains("└──") }
        #expect(box.count >= 4 && box.allSatisfy { DisplayWidthForTests.of($0) <= 60 }, "the dialog fits:\n\(review)")
        #expect(review.contains("Status: Active → Blocked"))
        try await session.send("Escape")
        try await session.waitFor("the list again") { !$0.contains("Review changes") && $0.contains("▶ Berlin Office") }

        try await session.send("D")
        let delete = try await session.waitFor("the delete confirmation") { $0.contains("Delete trunk") && $0.contains("Esc keeps the trunk") }
        #expect(delete.contains("Enter deletes when the name matches"), "its keys whole:\n\(delete)")
        try await session.send("Escape")
        try await session.waitFor(text: "Nothing deleted")
        #expect(!FakeProcess.requests(log).contains { ["PATCH", "DELETE"].contains($0["method"] as? String) })

        try await session.send(":")
        try await session.send("messages", literal: true)
        try await session.send("Enter")
        let messages = try await session.waitFor("the messages") { $0.contains("Messages (newest first)") }
        #expect(messages.contains("Nothing deleted"))
        try await session.send("Escape")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func at40x12OnlyQuitActsAndNothingIsSent() async throws {
        let log = logPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                            rows: 12, columns: 40)
        let small = try await session.waitFor("the too-small screen") { $0.contains("Terminal too small") && $0.contains("q quits") }
        let words = lines(small).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(words.contains("Terminal too small: 40×12; trunks needs at least 60×16."), "both sizes, whole:\n\(small)")
        #expect(lines(small).allSatisfy { DisplayWidthForTests.of($0) <= 40 })
        // The list has loaded underneath (the first page was asked for at start).
        try await session.waitFor("the first page read", timeout: 20) { _ in
            FakeProcess.requests(log).contains { ($0["method"] as? String) == "GET" }
        }

        try await session.send("b")
        try await session.send("block", literal: true)
        try await session.send("y")
        // The screen names the last key it ignored: every key before it has been handled.
        try await session.waitFor(text: "y did nothing")
        try await session.send("Enter", "D", "e")
        let ignored = try await session.waitFor(text: "e did nothing")
        #expect(ignored.contains("Terminal too small") && !ignored.contains("Review"))
        try await session.tmux(["resize-window", "-t", session.name, "-x", "80", "-y", "24"])
        let list = try await session.waitFor("the list at 80×24") { $0.contains("Berlin Office") && $0.contains("of 42") }
        #expect(!list.contains("Review changes") && !list.contains("Delete trunk") && !list.contains("Edit Berlin Office"),
                "no key opened anything:\n\(list)")
        let row = lines(list).first { $0.contains("Berlin Office") } ?? ""
        #expect(row.contains("Active"), "Berlin Office is still active: \(row)")
        let sent = FakeProcess.requests(log)
        #expect(!sent.contains { ["PATCH", "POST", "DELETE"].contains($0["method"] as? String) }, "nothing changed on the server: \(sent)")
        #expect(!sent.contains { ($0["path"] as? String)?.contains("/voice_out_trunks/") == true }, "not even a trunk read")

        try await session.tmux(["resize-window", "-t", session.name, "-x", "40", "-y", "12"])
        try await session.waitFor(text: "Terminal too small")
        try await session.send("q")
        try await session.waitFor("q quits while too small", timeout: 10) { _ in await session.programExited() }
    }
}
