import Foundation
import Testing

/// Drafts survive a dropped SSH connection, and a change made by someone else meanwhile becomes
/// a three-way choice: the real binaries under tmux.
@Suite(.serialized) struct ReliabilityEndToEndTests {
    private func draftFiles(_ home: String, environment: String) -> [String] {
        let directory = home + "/state/trunks/drafts/\(environment)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { directory + "/" + $0 }
    }

    @Test func aDraftSurvivesSIGHUPAndIsRestoredAndSaved() throws {
        let home = TmuxSession.temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/requests.jsonl"
        do {
            let session = try TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                          rows: 30, columns: 110, home: home)
            try session.waitFor(text: "Berlin Office")
            try session.send("e")
            try session.waitFor(text: "Edit Berlin Office")
            try session.send("Enter", "C-u")
            try session.send("Berlin after HUP", literal: true)
            try session.send("Enter")
            try session.waitFor("the draft on disk") { _ in
                draftFiles(home, environment: "demo").contains { ((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "").contains("Berlin after HUP") }
            }
            let file = try #require(draftFiles(home, environment: "demo").first)
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "the draft is readable by its owner only")
            let stored = try String(contentsOfFile: file, encoding: .utf8)
            #expect(stored.contains("Berlin after HUP"))
            #expect(!stored.contains("z0hshvbcy7") && !stored.lowercased().contains("password"), "no secret in the draft")

            let pid = try session.programPID()
            #expect(kill(pid, SIGHUP) == 0)
            try session.waitFor("the program to exit after SIGHUP", timeout: 10) { _ in session.programExited() }
            let requests = FakeProcess.requests(log)
            #expect(!requests.contains { ($0["method"] as? String) == "PATCH" }, "nothing was sent before the hang-up")
        }

        let session = try TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                      rows: 30, columns: 110, home: home)
        let offer = try session.waitFor(text: "Unsaved draft from an earlier session")
        #expect(offer.contains("Berlin Office"))
        #expect(offer.contains("Name: Berlin Office → Berlin after HUP"), "the offer shows what the draft changes")
        try session.send("y")
        try session.waitFor(text: "Draft restored")
        try session.send("C-s")
        let review = try session.waitFor(text: "Review changes to Berlin Office")
        #expect(review.contains("Name: Berlin Office → Berlin after HUP"))
        try session.send("y")
        try session.waitFor(text: "Saved Berlin after HUP")
        let patches = FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.count == 1)
        #expect((patches.first?["body"] as? String)?.contains("Berlin after HUP") == true)
        try session.waitFor("the draft file removed once saved") { _ in draftFiles(home, environment: "demo").isEmpty }
        try session.send("q")
        try session.waitFor("the program to exit", timeout: 10) { _ in session.programExited() }
        let audit = try String(contentsOfFile: home + "/state/trunks/audit.jsonl", encoding: .utf8)
        #expect(audit.split(separator: "\n").count == 1)
        #expect(audit.contains("Berlin after HUP") && audit.contains("\"status\":200"))
    }

    @Test func aConcurrentChangeOfTheSameFieldIsAThreeWayChoice() throws {
        let log = NSTemporaryDirectory() + "fake-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try FakeProcess(arguments: ["--request-log", log])
        let id = try fake.trunkID(named: "Berlin Office")
        let session = try TmuxSession(command: [BuiltProducts.trunks, "--base-url", fake.baseURL], rows: 32, columns: 110,
                                      environment: ["DIDWW_API_KEY": FakeProcess.apiKey])
        try session.waitFor(text: "Berlin Office")
        try session.send("e")
        try session.waitFor(text: "Edit Berlin Office")
        try session.send("Enter", "C-u")
        try session.send("Berlin Mine", literal: true)
        try session.send("Enter")
        try fake.mutate(id: id, attribute: "name", value: "Berlin Theirs")
        try session.send("C-s")
        try session.waitFor(text: "Review changes to Berlin Office")
        try session.send("y")
        let choice = try session.waitFor(text: "Someone else changed Berlin Office meanwhile")
        #expect(choice.contains("base   Berlin Office"))
        #expect(choice.contains("theirs Berlin Theirs"))
        #expect(choice.contains("mine   Berlin Mine"))
        #expect(!FakeProcess.requests(log).contains { ($0["method"] as? String) == "PATCH" }, "nothing sent before the choice")
        try session.send("y")
        try session.waitFor(text: "Pick t (theirs) or m (mine)")
        try session.send("m")
        try session.waitFor(text: "[use mine]")
        try session.send("y")
        try session.waitFor(text: "Saved Berlin Mine")
        let patches = FakeProcess.requests(log).filter { ($0["method"] as? String) == "PATCH" }
        #expect(patches.count == 1)
        #expect((patches.first?["body"] as? String)?.contains("Berlin Mine") == true)
        try session.send("q")
        try session.waitFor("the program to exit", timeout: 10) { _ in session.programExited() }
    }
}
