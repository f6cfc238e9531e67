import Foundation
import Testing

/// `trunks show` run as a support engineer runs it into a ticket: the real binary against the
/// standalone fake API over real curl, secrets masked, its JSON parsed.
@Suite(.serialized, .terminalSlot) struct ShowCommandEndToEndTests {
    static func run(_ fake: FakeProcess, _ arguments: [String], key: String = FakeProcess.apiKey) async throws -> CommandRun {
        try await CommandRun.run([BuiltProducts.trunks, "--base-url", fake.baseURL, "show"] + arguments, environment: [
            "HOME": NSTemporaryDirectory() + "trunks-show-home-\(getpid())", "LANG": "C.UTF-8", "DIDWW_API_KEY": key,
        ])
    }

    /// The trunk's `authentication_method.attributes` as the fake holds them.
    static func secrets(_ fake: FakeProcess, id: String) async throws -> [String: Any] {
        let text = try await fake.curl("GET", fake.baseURL + "/voice_out_trunks/\(id)")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let attributes = (object?["data"] as? [String: Any])?["attributes"] as? [String: Any]
        return try #require((attributes?["authentication_method"] as? [String: Any])?["attributes"] as? [String: Any])
    }

    @Test func textShowsHealthGroupsAndPolicyWithTheSecretMasked() async throws {
        let fake = try await FakeProcess()
        let id = try await fake.trunkID(named: "Berlin Office")
        let password = try #require(try await Self.secrets(fake, id: id)["password"] as? String)
        let run = try await Self.run(fake, ["Berlin Office"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Berlin Office")
        #expect(lines.contains { $0.hasPrefix(" ! ") || $0.hasPrefix(" i ") || $0.hasPrefix(" ✓ ") }, "the health summary first")
        #expect(lines.contains(" General") && lines.contains(" Authentication"), "\(run.output)")
        #expect(lines.contains { $0.contains("Policy") && $0.contains("every destination") }, "the policy in words")
        #expect(lines.contains { $0.contains(id) })
        #expect(run.output.contains("••••••••"))
        #expect(!run.output.contains(password), "the SIP password is masked")
        #expect(!run.output.contains("x reveals") && !run.output.contains("t tests"), "no key hints in a printout")
        #expect(!run.output.contains("\u{1b}"))

        let twilio = try await Self.run(fake, ["Frankfurt Twilio"])
        let sid = try #require(try await Self.secrets(fake, id: try await fake.trunkID(named: "Frankfurt Twilio"))["twilio_account_sid"] as? String)
        #expect(twilio.status == 0 && !twilio.output.contains(sid) && twilio.output.contains("••••••••"), "\(twilio.output)")

        let byID = try await Self.run(fake, [id])
        #expect(byID.status == 0 && byID.output == run.output, "by id, the same printout")
    }

    @Test func jsonIsTheServersDocumentWithSecretsMaskedUnlessForced() async throws {
        let fake = try await FakeProcess()
        let id = try await fake.trunkID(named: "Berlin Office")
        let password = try #require(try await Self.secrets(fake, id: id)["password"] as? String)
        let run = try await Self.run(fake, ["Berlin Office", "--output", "json"])
        #expect(run.status == 0, "\(run.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        let data = try #require(document["data"] as? [String: Any])
        #expect(data["id"] as? String == id && data["type"] as? String == "voice_out_trunks")
        let attributes = try #require(data["attributes"] as? [String: Any])
        #expect(attributes["name"] as? String == "Berlin Office")
        let authentication = try #require(attributes["authentication_method"] as? [String: Any])
        let method = try #require(authentication["attributes"] as? [String: Any])
        let masked = method["password"] as? String
        #expect(masked == "••••••••")
        let username = method["username"] as? String
        #expect(username != nil, "only secrets are masked")
        #expect(document["included"] is [Any], "the DIDs as the server included them")
        #expect(!run.output.contains(password))

        let forced = try await Self.run(fake, ["Berlin Office", "--output", "json", "--force-reveal"])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(forced.output.contains(password), "--force-reveal writes the secret into a pipe")
    }

    @Test func revealIsRefusedWhenStandardOutputIsNotATerminalBeforeAnythingIsSent() async throws {
        let log = NSTemporaryDirectory() + "trunks-show-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let run = try await Self.run(fake, ["Berlin Office", "--reveal"])
        #expect(run.status == 2, "\(run.output)\(run.error)")
        #expect(run.output.isEmpty)
        #expect(run.error.contains("--reveal is refused") && run.error.contains("--force-reveal"), "\(run.error)")
        #expect(FakeProcess.requests(log).isEmpty, "refused before any request")
    }

    @Test func anUnknownOrAmbiguousNameEndsWithStatus2() async throws {
        let fake = try await FakeProcess()
        let unknown = try await Self.run(fake, ["No Such Trunk"])
        #expect(unknown.status == 2, "\(unknown.output)\(unknown.error)")
        #expect(unknown.error.contains("No trunk has the id or name No Such Trunk."), "\(unknown.error)")
        #expect(unknown.output.isEmpty)

        let partial = try await Self.run(fake, ["Berlin"])
        #expect(partial.status == 2 && partial.error.contains("No trunk is named Berlin. Names containing it:"), "\(partial.error)")
        #expect(partial.error.contains("Berlin Office"))

        let first = try await fake.trunkID(named: "Berlin Office")
        let second = try await fake.trunkID(named: "Chicago Sales")
        try await fake.mutate(id: second, attribute: "name", value: "Berlin Office")
        let twice = try await Self.run(fake, ["Berlin Office"])
        #expect(twice.status == 2, "\(twice.output)\(twice.error)")
        #expect(twice.error.contains("Several trunks are named Berlin Office") && twice.error.contains(first)
                && twice.error.contains(second), "\(twice.error)")
        #expect(try await Self.run(fake, [second]).status == 0, "by id, one of them")

        try await fake.mutate(id: second, attribute: "name", value: "Acme, \"Support\" ☎")
        let comma = try await Self.run(fake, ["Acme, \"Support\" ☎"])
        #expect(comma.status == 0 && comma.output.hasPrefix("Acme, \"Support\" ☎\n"), "a comma in the name: \(comma.error)")
    }

    @Test func anAPIErrorEndsWithStatus4AndNeverShowsTheKey() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["Berlin Office"], key: "wrong-key-4711")
        #expect(run.status == 4, "\(run.output)\(run.error)")
        #expect(run.error.hasPrefix("Error: ") && run.output.isEmpty)
        #expect(!run.error.contains("wrong-key-4711"))
    }
}
