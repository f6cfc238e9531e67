import Foundation
import Testing

/// The real binary in demo mode under tmux: what a support engineer sees and does.
@Suite(.terminalSlot) struct DemoEndToEndTests {
    /// Reads the demo's request log: one JSON object per line.
    private func requests(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private func patches(_ path: String) -> [[String: Any]] {
        requests(path).filter { ($0["method"] as? String) == "PATCH" }
    }

    @Test func blockATrunkThroughTheReviewDialogAndRefuseAnInvalidTimeout() async throws {
        let log = NSTemporaryDirectory() + "trunks-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                            rows: 30, columns: 100)
        let first = try await session.waitFor("the list with the first trunk") { $0.contains("Berlin Office") && $0.contains("Active") }
        #expect(first.contains("42 trunks") || first.contains("loaded"))

        try await session.send("Enter")
        try await session.waitFor(text: "Authentication")
        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("Down", "Enter")
        try await session.waitFor(text: "▶ Active")
        try await session.send("Down")
        try await session.waitFor(text: "▶ Blocked")
        try await session.send("Enter")
        try await session.waitFor(text: "*Status")
        try await session.send("C-s")
        // Wait for the whole dialog: a capture can land while curses is still writing the frame.
        let review = try await session.waitFor("the review dialog") {
            $0.contains("Review changes to Berlin Office") && $0.contains("\"status\" : \"blocked\"")
        }
        #expect(review.contains("Status: Active → Blocked"))
        #expect(review.contains("\"status\" : \"blocked\""))
        #expect(patches(log).isEmpty, "nothing is sent before y")
        try await session.send("y")
        try await session.waitFor(text: "Type block to confirm")
        #expect(patches(log).isEmpty, "y alone does not block")
        try await session.send("block", literal: true)
        try await session.send("y")
        try await session.waitFor(text: "Saved Berlin Office")
        try await session.send("Escape")
        let list = try await session.waitFor("the list again") { $0.contains("24h limit") && $0.contains("Berlin Office") }
        let row = list.split(separator: "\n").first { $0.contains("Berlin Office") && !$0.contains("┌") }.map(String.init) ?? ""
        #expect(row.contains("Blocked"), "the list shows the trunk blocked: \(row)")
        let sent = patches(log)
        #expect(sent.count == 1)
        let body = sent.first?["body"] as? String ?? ""
        #expect(body.contains("\"status\":\"blocked\""))
        #expect(!body.contains("name"), "only the changed attribute is sent")

        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("/")
        try await session.send("RTP time", literal: true)
        try await session.send("Enter", "Enter", "C-u")
        try await session.send("10", literal: true)
        try await session.waitFor(text: "between 30 and 600 seconds")
        try await session.send("Escape", "C-s")
        try await session.waitFor(text: "Fix RTP timeout first")
        #expect(patches(log).count == 1, "no PATCH for an invalid value")

        try await session.send("Escape")
        try await session.waitFor(text: "Discard the changes")
        try await session.send("y")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func resizingRedrawsForEverySize() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
        try await session.waitFor(text: "Berlin Office")
        // Each frame is drawn for the new size: a line of the screen ends in a box corner in the
        // last column. (The test runner starts tmux with SIGWINCH blocked; the program must
        // unblock the signals it handles, or it would never see a resize.)
        func frameFills(_ columns: Int) -> (String) -> Bool {
            { screen in
                screen.split(separator: "\n").contains { line in
                    line.hasSuffix("┐") && DisplayWidthForTests.of(String(line)) == columns
                }
            }
        }
        for (columns, rows) in [(200, 60), (120, 40), (80, 24)] {
            try await session.tmux(["resize-window", "-t", session.name, "-x", String(columns), "-y", String(rows)])
            try await session.waitFor("a frame \(columns) columns wide", timeout: 10, frameFills(columns))
        }
        try await session.tmux(["resize-window", "-t", session.name, "-x", "30", "-y", "8"])
        try await session.waitFor(text: "too small", timeout: 10)
        // Quick steps without waiting: the last size wins.
        for (columns, rows) in [(200, 60), (30, 8), (120, 40), (80, 24)] {
            try await session.tmux(["resize-window", "-t", session.name, "-x", String(columns), "-y", String(rows)])
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(await !session.programExited(), "the program survives every resize")
        try await session.waitFor("an 80-column frame after quick resizes", timeout: 10, frameFills(80))
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}

/// Terminal columns of a captured line: East Asian wide characters take two.
enum DisplayWidthForTests {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
