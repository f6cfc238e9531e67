import Foundation
import Testing

/// `trunks check` run as a user runs it: the real binary against the standalone fake API over
/// real curl on 127.0.0.1, its exit status checked and its JSON parsed.
@Suite(.serialized) struct CheckCommandEndToEndTests {
    static func run(_ fake: FakeProcess, _ arguments: [String], key: String = FakeProcess.apiKey) async throws -> CommandRun {
        try await CommandRun.run([BuiltProducts.trunks, "--base-url", fake.baseURL, "check"] + arguments, environment: [
            "HOME": NSTemporaryDirectory() + "trunks-check-home-\(getpid())", "LANG": "C.UTF-8", "DIDWW_API_KEY": key,
        ])
    }

    static func object(_ run: CommandRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)\n\(run.error)")
    }

    @Test func aCallThatMeetsEveryRuleIsAllowedWithStatus0() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--trunk", "Dublin Support", "--from-ip", "192.0.2.50",
                                            "--number", "4401#+44 20 7946 0000", "--media-ip", "192.0.2.9", "--output", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try Self.object(run)
        #expect(object["verdict"] as? String == "allowed")
        #expect((object["refused_by"] as? [String])?.isEmpty == true)
        #expect((object["trunk"] as? [String: Any])?["name"] as? String == "Dublin Support")
        #expect(object["cli"] is NSNull)
        let checks = try #require(object["checks"] as? [[String: String]])
        #expect(checks.first { $0["rule"] == "authentication_method.tech_prefix" }?["result"] == "pass")
        #expect(checks.first { $0["rule"] == "allowed_rtp_ips" }?["detail"] == "192.0.2.9 is inside 192.0.2.0/24, an allowed RTP address.")
        #expect(checks.first { $0["rule"] == "media_encryption_mode" }?["result"] == "info")
    }

    @Test func aCallRefusedBySeveralRulesNamesTheFirstAndListsTheOthers() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--trunk", "Madrid Callcenter", "--from-ip", "192.0.2.1", "--number", "+44 20 7946 0000",
                                            "--output", "json"])
        #expect(run.status == 1)
        let object = try Self.object(run)
        #expect(object["verdict"] as? String == "refused")
        #expect(object["refused_by"] as? [String] == ["status", "authentication_method.allowed_sip_ips", "threshold_reached"])

        let text = try await Self.run(fake, ["--trunk", "Madrid Callcenter", "--from-ip", "192.0.2.1", "--number", "+44 20 7946 0000"])
        #expect(text.status == 1)
        #expect(text.output.contains("✗ Refused by status (also authentication_method.allowed_sip_ips, threshold_reached)"), "\(text.output)")
        #expect(text.output.contains("  ✗ status "), "each rule on a line with its mark")
        #expect(text.output.contains("  i authentication_method.password "))
    }

    /// Each rule that can refuse, with a call it refuses: (trunk, arguments, the rule named).
    static let refusals: [(String, [String], String)] = [
        ("Chicago Sales", ["--from-ip", "198.51.100.20", "--number", "77#13125550100"], "status"),
        ("Berlin Office", ["--from-ip", "203.0.113.10", "--user", "someoneelse", "--number", "+4930123"], "authentication_method.username"),
        ("Berlin Office", ["--from-ip", "203.0.113.11", "--number", "+4930123"], "authentication_method.allowed_sip_ips"),
        ("Frankfurt Twilio", ["--from-ip", "198.51.100.7", "--sid", "AC00000000000000000000000000000000", "--number", "+4930123"],
         "authentication_method.twilio_account_sid"),
        ("東京 outbound", ["--from-ip", "203.0.113.77", "--number", "+81 3 1234 5678"], "authentication_method.tech_prefix"),
        ("Berlin Office", ["--from-ip", "203.0.113.10", "--number", "+49 900 123456"], "dst_prefixes"),
        ("Lisbon Any IP", ["--from-ip", "198.51.100.7", "--number", "+351210000000"], "threshold_reached"),
        ("Tallinn Lab", ["--from-ip", "2001:db8::7", "--number", "+3726000000"], "capacity_limit"),
        ("Berlin Office", ["--from-ip", "203.0.113.10", "--cli", "+1 555 0100", "--number", "+4930123"], "on_cli_mismatch_action"),
        ("Berlin Office", ["--from-ip", "203.0.113.10", "--emergency", "--number", "112"], "emergency_dids"),
        ("Berlin Office", ["--from-ip", "203.0.113.10", "--media-ip", "192.0.2.1", "--number", "+4930123"], "allowed_rtp_ips"),
    ]

    @Test func eachRuleCanRefuseACallAndIsNamed() async throws {
        let fake = try await FakeProcess()
        for (trunk, arguments, rule) in Self.refusals {
            let run = try await Self.run(fake, ["--trunk", trunk, "--output", "json"] + arguments)
            #expect(run.status == 1, "\(rule): \(run.output)\(run.error)")
            #expect(try Self.object(run)["refused_by"] as? [String] == [rule], "\(run.output)")
        }
    }

    @Test func aRuleNeedingWhatTheAPIDoesNotSayIsUnknownWithStatus3() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--trunk", "Paris Minimal", "--from-ip", "198.51.100.7", "--number", "+4930123",
                                            "--output", "json"])
        #expect(run.status == 3, "\(run.output)\(run.error)")
        let object = try Self.object(run)
        #expect(object["verdict"] as? String == "unknown")
        let checks = try #require(object["checks"] as? [[String: String]])
        let sip = checks.first { $0["rule"] == "authentication_method.allowed_sip_ips" }
        #expect(sip?["result"] == "unknown" && sip?["detail"]?.contains("not documented") == true)
    }

    @Test func withoutATrunkEveryTrunkIsCheckedAndOnlyReadRequestsAreSent() async throws {
        let log = NSTemporaryDirectory() + "trunks-check-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let run = try await Self.run(fake, ["--from-ip", "203.0.113.10", "--number", "+4930123", "--page-size", "10", "--output", "json"])
        #expect(run.status == 0, "at least one trunk allows: \(run.error)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(array.count == 42, "every page read")
        let berlin = array.first { ($0["trunk"] as? [String: Any])?["name"] as? String == "Berlin Office" }
        #expect(berlin?["verdict"] as? String == "allowed")
        let requests = FakeProcess.requests(log)
        #expect(requests.count == 5 && requests.allSatisfy { $0["method"] as? String == "GET" }, "\(requests)")

        let text = try await Self.run(fake, ["--from-ip", "203.0.113.10", "--number", "+4930123"])
        #expect(text.output.contains("✓ allowed  Berlin Office"), "\(text.output)")
        #expect(text.output.contains("✗ refused  Chicago Sales — status: The trunk is blocked"))
        #expect(text.output.contains("trunks would accept this call"))
    }

    /// Usage errors and the words that say what is wrong.
    static let usageErrors: [([String], String)] = [
        (["--number", "+4930123"], "Missing expected argument '--from-ip"),
        (["--from-ip", "198.51.100.0/24", "--number", "+4930123"], "--from-ip needs one IPv4 or IPv6 address"),
        (["--from-ip", "198.51.100.7", "--user", "a", "--sid", "b", "--number", "1"], "Give --user or --sid, not both."),
        (["--from-ip", "198.51.100.7", "--number", "+"], "--number needs the number as dialled"),
        (["--from-ip", "198.51.100.7", "--number", "1", "--trunk", "No Such Trunk"], "No trunk has the id or name No Such Trunk."),
    ]

    @Test func usageErrorsEndWithStatus2() async throws {
        let fake = try await FakeProcess()
        for (arguments, message) in Self.usageErrors {
            let run = try await Self.run(fake, arguments)
            #expect(run.status == 2, "\(arguments): \(run.output)\(run.error)")
            #expect(run.error.contains(message), "\(run.error)")
        }
    }

    @Test func anAPIErrorEndsWithStatus4AndNeverShowsTheKey() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--from-ip", "198.51.100.7", "--number", "1"], key: "wrong-key-4711")
        #expect(run.status == 4, "\(run.output)\(run.error)")
        #expect(run.error.hasPrefix("Error: "))
        #expect(!run.error.contains("wrong-key-4711") && !run.output.contains("wrong-key-4711"))
    }
}
