import Foundation
import Testing

/// The real binary in demo mode under tmux: what a support engineer sees and does.
@Suite(.serialized) struct DemoEndToEndTests {
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

    @Test func blockATrunkThroughTheReviewDialogAndRefuseAnInvalidTimeout() throws {
        let log = NSTemporaryDirectory() + "trunks-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                      rows: 30, columns: 100)
        let first = try session.waitFor("the list with the first trunk") { $0.contains("Berlin Office") && $0.contains("Active") }
        #expect(first.contains("42 trunks") || first.contains("loaded"))

        try session.send("Enter")
        try session.waitFor(text: "Authentication")
        try session.send("e")
        try session.waitFor(text: "Edit Berlin Office")
        try session.send("Down", "Enter")
        try session.waitFor(text: "▶ Active")
        try session.send("Down")
        try session.waitFor(text: "▶ Blocked")
        try session.send("Enter")
        try session.waitFor(text: "*Status")
        try session.send("C-s")
        let review = try session.waitFor(text: "Review changes to Berlin Office")
        #expect(review.contains("Status: Active → Blocked"))
        #expect(review.contains("\"status\" : \"blocked\""))
        #expect(patches(log).isEmpty, "nothing is sent before y")
        try session.send("y")
        try session.waitFor(text: "Type block to confirm")
        #expect(patches(log).isEmpty, "y alone does not block")
        try session.send("block", literal: true)
        try session.send("y")
        try session.waitFor(text: "Saved Berlin Office")
        try session.send("Escape")
        let list = try session.waitFor("the list again") { $0.contains("24h limit") && $0.contains("Berlin Office") }
        let row = list.split(separator: "\n").first { $0.contains("Berlin Office") && !$0.contains("┌") }.map(String.init) ?? ""
        #expect(row.contains("Blocked"), "the list shows the trunk blocked: \(row)")
        let sent = patches(log)
        #expect(sent.count == 1)
        let body = sent.first?["body"] as? String ?? ""
        #expect(body.contains("\"status\":\"blocked\""))
        #expect(!body.contains("name"), "only the changed attribute is sent")

        try session.send("e")
        try session.waitFor(text: "Edit Berlin Office")
        try session.send("/")
        try session.send("RTP time", literal: true)
        try session.send("Enter", "Enter", "C-u")
        try session.send("10", literal: true)
        try session.waitFor(text: "between 30 and 600 seconds")
        try session.send("Escape", "C-s")
        try session.waitFor(text: "Fix RTP timeout first")
        #expect(patches(log).count == 1, "no PATCH for an invalid value")

        try session.send("Escape")
        try session.waitFor(text: "Discard the changes")
        try session.send("y")
        try session.send("q")
        try session.waitFor("the program to exit", timeout: 10) { _ in session.programExited() }
    }

    @Test func resizingRedrawsForEverySize() throws {
        let session = try TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
        try session.waitFor(text: "Berlin Office")
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
            try session.tmux(["resize-window", "-t", session.name, "-x", String(columns), "-y", String(rows)])
            try session.waitFor("a frame \(columns) columns wide", timeout: 10, frameFills(columns))
        }
        try session.tmux(["resize-window", "-t", session.name, "-x", "30", "-y", "8"])
        try session.waitFor(text: "too small", timeout: 10)
        // Quick steps without waiting: the last size wins.
        for (columns, rows) in [(200, 60), (30, 8), (120, 40), (80, 24)] {
            try session.tmux(["resize-window", "-t", session.name, "-x", String(columns), "-y", String(rows)])
            usleep(50_000)
        }
        #expect(!session.programExited(), "the program survives every resize")
        try session.waitFor("an 80-column frame after quick resizes", timeout: 10, frameFills(80))
        try session.send("q")
        try session.waitFor("the program to exit", timeout: 10) { _ in session.programExited() }
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
