import Foundation
import Testing

/// The runbook commands on a terminal (tmux): they ask before sending, a block needs the word
/// typed, and a change someone makes while the question waits stops the send.
@Suite(.terminalSlot) struct RunbookPromptEndToEndTests {
    /// `trunks --base-url FAKE ARGUMENTS…` in a shell on an 100 × 30 terminal that then prints
    /// the exit status as "exit=N".
    static func session(_ fake: FakeProcess, _ arguments: [String]) async throws -> TmuxSession {
        let command = ([BuiltProducts.trunks, "--base-url", fake.baseURL] + arguments).map(TmuxSession.quote).joined(separator: " ")
        return try await TmuxSession(command: ["/bin/sh", "-c", command + #"; echo "exit=$?""#], rows: 30, columns: 100,
                                     environment: ["DIDWW_API_KEY": FakeProcess.apiKey])
    }

    static func patches(_ log: String) -> [[String: Any]] {
        FakeProcess.requests(log).filter { $0["method"] as? String == "PATCH" }
    }

    @Test func aBlockAsksForTheWordAndYAloneDoesNotSend() async throws {
        let log = NSTemporaryDirectory() + "trunks-prompt-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let declined = try await Self.session(fake, ["block", "Berlin Office"])
        let asked = try await declined.waitFor(text: "Type block to send (anything else cancels):")
        #expect(asked.contains("Status: Active → Blocked"), "the review comes first: \(asked)")
        #expect(asked.contains(#""status" : "blocked""#))
        try await declined.send("y", "Enter")
        let refused = try await declined.waitFor(text: "exit=1")
        #expect(refused.contains("Not confirmed: nothing was sent."), "\(refused)")
        #expect(Self.patches(log).isEmpty)

        let confirmed = try await Self.session(fake, ["block", "Berlin Office", "--ticket", "OPS-9"])
        try await confirmed.waitFor(text: "Type block to send")
        try await confirmed.send("block", literal: true)
        try await confirmed.send("Enter")
        let sent = try await confirmed.waitFor(text: "exit=0")
        #expect(sent.contains("Sent: Berlin Office"), "\(sent)")
        #expect(Self.patches(log).count == 1)
        let audit = try String(contentsOfFile: confirmed.home + "/state/trunks/audit.jsonl", encoding: .utf8)
        #expect(audit.contains(#""ticket":"OPS-9""#), "\(audit)")
    }

    @Test func aChangeMadeWhileTheQuestionWaitsStopsTheSend() async throws {
        let log = NSTemporaryDirectory() + "trunks-prompt-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let id = try await fake.trunkID(named: "Berlin Office")
        let session = try await Self.session(fake, ["set", "Berlin Office", "rtp_timeout=60", "capacity_limit=20"])
        let asked = try await session.waitFor(text: "Send? [y/N]")
        #expect(asked.contains("RTP timeout: 30 → 60"), "\(asked)")
        try await fake.curl("POST", fake.root + "/_control/trunks/\(id)", body: #"{"attribute":"rtp_timeout","value":45}"#)
        try await session.send("y", "Enter")
        let stopped = try await session.waitFor(text: "exit=3")
        #expect(stopped.contains("Conflict: someone changed rtp_timeout (RTP timeout) since it was read: theirs 45, yours 60"),
                "\(stopped)")
        #expect(Self.patches(log).isEmpty, "nothing sent, not even the field nobody else changed")
    }
}
