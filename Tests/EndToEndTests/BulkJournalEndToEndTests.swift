import Foundation
import Testing

/// A change to many trunks survives a dropped SSH connection: the real binaries under tmux, a
/// standalone `fake-didww` (slowed down) keeping the account across the restart. Made for a
/// ticket, it is then undone from `:audit`, and `trunks audit --ticket` lists both changes.
@Suite(.terminalSlot) struct BulkJournalEndToEndTests {
    static let blocked = ["Berlin Office", "Dublin Support", "Utrecht Backup 00020", "Kyiv Backup 00027", "Dallas Backup 00029"]

    private func journalFiles(_ home: String) -> [String] {
        let root = home + "/state/trunks/bulk-changes"
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).map { root + "/" + folder + "/" + $0 }
        }
    }

    @Test func aChangeToFiveTrunksCutBySIGHUPIsFinishedAtTheNextStartWithNoTrunkPatchedTwiceThenUndone() async throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/requests.jsonl"
        let fake = try await FakeProcess(arguments: ["--request-log", log, "--latency-ms", "300"])
        let command = [BuiltProducts.trunks, "--base-url", fake.baseURL, "--ticket", "OPS-77", "--reason", "non-payment"]
        let environment = ["DIDWW_API_KEY": FakeProcess.apiKey]
        func patches() -> [String] {
            FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }.compactMap { $0["path"] as? String }
        }
        func statuses() async throws -> [String: String] {
            let listing = try await fake.curl("GET", fake.baseURL + "/voice_out_trunks?page[size]=100")
            let object = try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [String: Any]
            let attributes = (object?["data"] as? [[String: Any]] ?? []).compactMap { $0["attributes"] as? [String: Any] }
            return Dictionary(attributes.compactMap { a in (a["name"] as? String).map { ($0, a["status"] as? String ?? "") } }) { first, _ in first }
        }
        do {
            let session = try await TmuxSession(command: command, rows: 23, columns: 80, environment: environment, home: home)
            try await session.waitFor(text: "Berlin Office")
            // Two marked with Space, three more with * after a filter.
            try await session.send("Space", "j", "Space")
            try await session.waitFor(text: "2 marked")
            try await session.send("/")
            try await session.send("Backup 0002", literal: true)
            try await session.send("Enter")
            try await session.waitFor(text: "(3)")
            try await session.send("*")
            try await session.waitFor(text: "5 marked")
            try await session.send("b", "b")
            let review = try await session.waitFor(text: "Block 5 marked trunks")
            #expect(review.contains("5 trunks, 5 change"), "\(review)")
            try await session.send("block", literal: true)
            try await session.send("y")
            try await session.waitFor("two PATCHes sent", timeout: 30) { _ in patches().count >= 2 }
            #expect(journalFiles(home).contains { $0.hasSuffix(".jsonl") }, "the steps are on disk while sending")
            let pid = try await session.programPID()
            #expect(kill(pid, SIGHUP) == 0)
            try await session.waitFor("the program to exit after SIGHUP", timeout: 10) { _ in await session.programExited() }
        }
        let sentBefore = patches()
        #expect(sentBefore.count < Self.blocked.count, "the hang-up came while sending: \(sentBefore)")
        for file in journalFiles(home) where !file.hasSuffix(".lock") {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) is readable by its owner only")
        }

        let session = try await TmuxSession(command: command, rows: 23, columns: 80, environment: environment, home: home)
        let offer = try await session.waitFor(text: "Unfinished change from an earlier run")
        #expect(offer.contains("Block 5 trunks, started"), "\(offer)")
        #expect(offer.contains("f finish") && offer.contains("d forget"), "\(offer)")
        if ProcessInfo.processInfo.environment["TRUNKS_E2E_DEBUG"] != nil { print(offer) }
        try await session.tmux(["resize-window", "-t", session.name, "-x", "60", "-y", "16"])
        let small = try await session.waitFor("the offer at 60×16") { $0.contains("f finish") && $0.contains("Esc keep for later") }
        #expect(small.contains("not sent") || small.contains("no answer"), "what is left to do shows first: \(small)")
        if ProcessInfo.processInfo.environment["TRUNKS_E2E_DEBUG"] != nil { print(small) }
        try await session.tmux(["resize-window", "-t", session.name, "-x", "80", "-y", "23"])
        try await session.waitFor(text: "Block 5 trunks, started")
        try await session.send("f")
        let results = try await session.waitFor(text: "Block: results", timeout: 30)
        #expect(results.contains("5 of 5 · 0 conflicts · 0 failed"), "\(results)")
        if ProcessInfo.processInfo.environment["TRUNKS_E2E_DEBUG"] != nil { print(results) }

        let sent = patches()
        #expect(Set(sent).count == Self.blocked.count, "each of the five PATCHed: \(sent)")
        #expect(sent.count == Set(sent).count, "none PATCHed twice: \(sent)")
        let afterBlock = try await statuses()
        for name in Self.blocked { #expect(afterBlock[name] == "blocked", "\(name) is blocked") }
        try await session.send("Escape")
        try await session.waitFor("the journal removed once the results are closed") { _ in journalFiles(home).isEmpty }

        // Undo from the audit trail: Enter on any line of the change reviews its reverse for all five.
        try await session.send(":")
        try await session.send("audit", literal: true)
        try await session.send("Enter")
        try await session.waitFor(text: "Audit trail")
        try await session.send("Enter")
        let undo = try await session.waitFor(text: "Undo the change on 5 marked trunks")
        #expect(undo.contains("5 trunks, 5 change"), "\(undo)")
        #expect(undo.contains("5 trunks: Status Blocked → Active"), "one group, the change of each: \(undo)")
        try await session.send("y")
        let undone = try await session.waitFor(text: "Undo the change: results", timeout: 30)
        #expect(undone.contains("5 of 5 · 0 conflicts · 0 failed"), "\(undone)")
        let afterUndo = try await statuses()
        for name in Self.blocked { #expect(afterUndo[name] == "active", "\(name) is active again") }
        try await session.send("Escape")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        let audit = try String(contentsOfFile: home + "/state/trunks/audit.jsonl", encoding: .utf8)
        let entries = audit.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(Set(entries.compactMap { $0["batch"] as? String }).count == 2, "the block (across both runs) and its undo: \(audit)")
        #expect(Set(entries.compactMap { $0["trunkName"] as? String }) == Set(Self.blocked), "every trunk of the change is audited: \(audit)")

        // What the ticket changed, as a runbook or the ticket itself would quote it.
        let plain = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8"]
        let ticketRun = try await CommandRun.run([BuiltProducts.trunks, "audit", "--ticket", "OPS-77"], environment: plain)
        let printed: String = ticketRun.output
        #expect(ticketRun.status == 0, "\(printed)")
        let lines = printed.split(separator: "\n").map(String.init).filter { $0.contains("PATCH") }
        #expect(lines.count == 10, "five blocked and five unblocked: \(printed)")
        #expect(lines.allSatisfy { $0.contains("· ticket OPS-77 · reason: non-payment") }, "\(printed)")
        let blockedLines = lines.filter { $0.contains("status Active → Blocked") }.count
        let unblockedLines = lines.filter { $0.contains("status Blocked → Active") }.count
        #expect(blockedLines == 5 && unblockedLines == 5, "\(printed)")
        if ProcessInfo.processInfo.environment["TRUNKS_E2E_DEBUG"] != nil { print(printed) }
        let otherRun = try await CommandRun.run([BuiltProducts.trunks, "audit", "--ticket", "OPS-78"], environment: plain)
        let otherPrinted: String = otherRun.output
        #expect(!otherPrinted.contains("PATCH"), "another ticket's changes are not listed: \(otherPrinted)")
    }
}
