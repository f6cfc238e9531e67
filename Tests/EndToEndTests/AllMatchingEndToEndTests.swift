import Foundation
import Testing

/// `--all-matching FILTER` on `block`, `prefixes` and `set`, run as a runbook runs them: the real
/// binary against the standalone fake API over real curl, what reached the fake read from its
/// request log (with the time each request arrived), the trunks' state read back from the fake.
@Suite(.serialized) struct AllMatchingEndToEndTests {
    typealias Setup = RunbookCommandEndToEndTests.Setup

    /// The ids `trunks list --filter FILTER` prints, with each trunk's authentication type.
    static func listed(_ setup: Setup, _ filter: String) async throws -> [String: String] {
        let run = try await setup.run(["list", "--filter", filter, "--output", "json"])
        #expect(run.status == 0, "\(run.error)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0["authentication_type"] as? String ?? "") })
    }

    /// The trunk id a logged request is for (the path's last part).
    static func trunkID(_ request: [String: Any]) -> String {
        (request["path"] as? String ?? "").split(separator: "/").last.map(String.init) ?? ""
    }

    /// The requests for one trunk (read again, PATCH), in the order they arrived.
    static func perTrunk(_ requests: [[String: Any]]) -> [[String: Any]] {
        requests.filter { ($0["path"] as? String ?? "").hasPrefix("/v3/voice_out_trunks/") }
    }

    @Test func blockAllMatchingBlocksExactlyTheMatchingTrunksOnePatchEachPacedAndAudited() async throws {
        let setup = try await Setup()
        let filter = "status:active retail"
        let matching = try await Self.listed(setup, filter)
        #expect(matching.count >= 3, "the seed has several active retail trunks: \(matching)")
        let run = try await setup.run(["block", "--all-matching", filter, "--yes", "--ticket", "OPS-77", "--reason", "fraud wave"])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(run.output.contains("Block the \(matching.count) trunks matching \(filter):"), "\(run.output)")
        #expect(run.output.contains("\(matching.count) trunks: status Active → Blocked"))
        #expect(run.output.contains("\(matching.count) of \(matching.count) blocked · \(matching.count) of \(matching.count) · 0 conflicts · 0 failed"))
        #expect(run.output.split(separator: "\n").filter { $0.hasPrefix("✓ ") }.count == matching.count, "one result line each")
        #expect(!run.error.contains("Sending:"), "no progress line when standard error is not a terminal: \(run.error)")

        let patches = setup.patches
        #expect(patches.count == matching.count, "one PATCH each: \(patches.count)")
        #expect(Set(patches.map(Self.trunkID)) == Set(matching.keys), "exactly the matching trunks")
        for patch in patches {
            #expect(try Setup.attributes(patch) as NSDictionary == ["status": "blocked"] as NSDictionary)
        }
        // Each trunk is read again, then PATCHed, and no two requests start closer than 20 a second allows.
        let sent = Self.perTrunk(setup.requests)
        #expect(sent.map { $0["method"] as? String ?? "" } == Array(repeating: ["GET", "PATCH"], count: matching.count).flatMap { $0 })
        let times = sent.compactMap { $0["receivedAt"] as? Double }
        #expect(times.count == sent.count, "every request is stamped")
        // Starts are 50 ms apart; arrivals carry the loopback's and the machine's jitter, so any ten
        // consecutive requests are checked to span at least 9 × 50 ms less 100 ms of it.
        #expect(times.count >= 10)
        let spans = (0..<max(0, times.count - 9)).map { times[$0 + 9] - times[$0] }
        #expect(spans.allSatisfy { $0 >= 0.35 }, "ten requests span at least 450 ms (less jitter): \(spans)")
        let span = (times.last ?? 0) - (times.first ?? 0)
        #expect(Double(times.count - 1) / span <= 20.5, "at most 20 requests a second: \(times.count) in \(span) s")

        for id in matching.keys { #expect(try await setup.attributes(of: id)["status"] as? String == "blocked") }

        let lines = setup.auditLines
        #expect(lines.count == matching.count, "one audit line per change: \(lines.count)")
        #expect(lines.allSatisfy { $0["ticket"] as? String == "OPS-77" && $0["reason"] as? String == "fraud wave" })
        #expect(lines.allSatisfy { $0["command"] as? String == "trunks block" && $0["outcome"] as? String == "ok" })

        let again = try await setup.run(["block", "--all-matching", filter, "--yes"])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.error.contains("No trunk matches \(filter): nothing was sent."), "\(again.error)")
        #expect(setup.patches.count == matching.count, "nothing more sent")
    }

    /// The list is answered late (the fake builds the answer, then waits); meanwhile someone
    /// changes one matching trunk's field directly on the fake, and its read just before sending sees it.
    @Test func aConflictBetweenReadAndWriteSkipsThatTrunkExits3AndSendsTheRest() async throws {
        let setup = try await Setup()
        let filter = "status:blocked auth:creds"
        let ids = try await Self.listed(setup, filter).keys.sorted()
        #expect(ids.count >= 2, "\(ids)")
        let theirs = try #require(ids.first)
        let fault = try await setup.fake.curl("POST", setup.fake.root + "/_control/faults", body: #"{"faults":["GET list=delay:2500*1"]}"#)
        #expect(fault.contains("delay"), "\(fault)")
        setup.clearLog()
        let arguments = [BuiltProducts.trunks, "--base-url", setup.fake.baseURL, "set", "--all-matching", filter, "rtp_timeout=60", "--yes"]
        let environment = setup.environment
        async let finished = CommandRun.run(arguments, environment: environment)
        let deadline = ContinuousClock.now + .seconds(20)
        while !setup.requests.contains(where: { $0["path"] as? String == "/v3/voice_out_trunks" }) {
            guard ContinuousClock.now < deadline else { throw E2EError("the trunks were never listed") }
            try await Task.sleep(for: .milliseconds(20))
        }
        let change = try await setup.fake.curl("POST", setup.fake.root + "/_control/trunks/\(theirs)",
                                                body: #"{"attribute":"rtp_timeout","value":45}"#)
        #expect(change.contains("changed"))
        let run = try await finished
        #expect(run.status == 3, "\(run.output)\(run.error)")
        let row = try #require(run.output.split(separator: "\n").first { $0.contains(theirs) && $0.hasPrefix("– ") }, "\(run.output)")
        #expect(row.contains("skipped: changed meanwhile: rtp_timeout is now 45"), "\(row)")
        #expect(run.error.contains("run the command again"), "\(run.error)")
        #expect(!setup.patches.contains { Self.trunkID($0) == theirs }, "the trunk changed meanwhile is not PATCHed")
        #expect(!setup.patches.isEmpty && Set(setup.patches.map(Self.trunkID)).isSubset(of: Set(ids.dropFirst())), "the others are")
        for id in ids.dropFirst() { #expect(try await setup.attributes(of: id)["rtp_timeout"] as? Int == 60) }
        #expect(try await setup.attributes(of: theirs)["rtp_timeout"] as? Int == 45, "theirs stays")
    }

    /// The first PATCH is answered 500 and reading shows it was not applied: that trunk fails,
    /// the others are still sent, and the status says one failed.
    @Test func aTrunkTheServerFailsForIsMarkedTheOthersAreSentAndItExits4() async throws {
        let setup = try await Setup(faults: ["PATCH update=500*1"])
        let filter = "status:blocked auth:creds"
        let ids = try await Self.listed(setup, filter)
        let run = try await setup.run(["unblock", "--all-matching", filter, "--yes"])
        #expect(run.status == 4, "\(run.output)\(run.error)")
        let failed = run.output.split(separator: "\n").filter { $0.hasPrefix("✗ ") }
        #expect(failed.count == 1 && failed[0].contains("failed: ") && failed[0].contains("not applied"), "\(run.output)")
        #expect(run.output.contains("\(ids.count - 1) of \(ids.count) active · \(ids.count) of \(ids.count) · 0 conflicts · 1 failed"))
        #expect(run.error.contains("Some trunks failed and were not changed: run the command again"), "\(run.error)")
        #expect(setup.patches.count == ids.count, "each sent once, the failed one never again")
        #expect(setup.auditLines.count == ids.count, "a line for the failure too")

        let again = try await setup.run(["unblock", "--all-matching", filter, "--yes", "--output", "json"])
        #expect(again.status == 0, "\(again.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any], "\(again.output)")
        #expect((json["counts"] as? [String: Int])?["changed"] == 1, "only the one that failed is left: \(json)")
    }

    @Test func aDryRunPrintsTheGroupedReviewAndSendsNothing() async throws {
        let setup = try await Setup()
        let filter = "auth:twilio"
        let matching = try await Self.listed(setup, filter)
        let prague = try await setup.fake.trunkID(named: "Prague Twilio Backup")
        let frankfurt = try await setup.fake.trunkID(named: "Frankfurt Twilio")
        #expect(matching.keys.contains(prague) && matching.keys.contains(frankfurt))
        setup.clearLog()
        let run = try await setup.run(["block", "--all-matching", filter, "--dry-run"])
        #expect(run.status == 0, "\(run.error)")
        let text = run.output
        #expect(text.contains("Block the \(matching.count) trunks matching auth:twilio:"), "\(text)")
        #expect(text.contains(" already blocked (no request)"))
        let changing = try #require(text.range(of: "trunks: status Active → Blocked\n"), "\(text)")
        let already = try #require(text.range(of: "trunk: already blocked (no request)\n", range: changing.upperBound..<text.endIndex))
        #expect(text[changing.upperBound..<already.lowerBound].contains("Frankfurt Twilio (\(frankfurt))"), "grouped under its change")
        #expect(text[already.upperBound...].contains("Prague Twilio Backup (\(prague))"), "grouped under already blocked")
        #expect(text.contains("The PATCH of each trunk, e.g. "))
        #expect(text.contains(#""status" : "blocked""#))
        #expect(text.contains("Dry run: nothing was sent."))
        #expect(setup.patches.isEmpty)
        #expect(setup.requests.allSatisfy { $0["method"] as? String == "GET" })
        #expect(Self.perTrunk(setup.requests).isEmpty, "not even read again")
        #expect(setup.auditLines.isEmpty)
    }

    @Test func usageReadOnlyAndNoTerminalEndBeforeAnythingIsSent() async throws {
        let setup = try await Setup()
        let unasked = try await setup.run(["block", "--all-matching", "status:active"])
        #expect(unasked.status == 2, "\(unasked.error)")
        #expect(unasked.error.contains("Standard input is not a terminal, so trunks cannot ask before sending: add --yes"))
        let readOnly = try await setup.run(["--read-only", "block", "--all-matching", "status:active", "--yes"])
        #expect(readOnly.status == 5, "\(readOnly.error)")
        #expect(readOnly.error.contains("Read-only mode is on (--read-only): nothing was sent."))
        let both = try await setup.run(["block", "Berlin Office", "--all-matching", "status:active", "--yes"])
        #expect(both.status == 2 && both.error.contains("Give either NAME|ID or --all-matching FILTER, not both."), "\(both.error)")
        let bothSet = try await setup.run(["set", "Berlin Office", "rtp_timeout=60", "--all-matching", "berlin", "--yes"])
        #expect(bothSet.status == 2 && bothSet.error.contains("not both"), "\(bothSet.error)")
        let neither = try await setup.run(["unblock", "--yes"])
        #expect(neither.status == 2 && neither.error.contains("Give the trunk (NAME|ID) or --all-matching FILTER."), "\(neither.error)")
        let empty = try await setup.run(["block", "--all-matching", " ", "--yes"])
        #expect(empty.status == 2 && empty.error.contains("an empty filter would match every trunk"), "\(empty.error)")
        let json = try await setup.run(["block", "Berlin Office", "--output", "json", "--yes"])
        #expect(json.status == 2 && json.error.contains("--output json goes with --all-matching."), "\(json.error)")
        let unknown = try await setup.run(["block", "--all-matching", "colour:red", "--yes"])
        #expect(unknown.status == 2, "\(unknown.error)")
        #expect(setup.requests.isEmpty, "nothing read, nothing sent: \(setup.requests)")
    }

    @Test func prefixesRemoveTakesThePrefixOutOfEveryMatchingTrunkAndKeepsTheOthers() async throws {
        let setup = try await Setup()
        let berlin = try await setup.fake.trunkID(named: "Berlin Office")
        let rome = try await setup.fake.trunkID(named: "Rome Randomizer")
        for id in [berlin, rome] {
            let add = try await setup.run(["prefixes", id, "add", "44", "4420", "--yes"])
            #expect(add.status == 0, "\(add.error)")
        }
        var having: Set<String> = []
        for id in try await Self.listed(setup, "prefix:44").keys
        where (try await setup.attributes(of: id)["dst_prefixes"] as? [String])?.contains("44") == true {
            having.insert(id)
        }
        #expect(having.isSuperset(of: [berlin, rome]))
        let before = setup.patches.count
        let run = try await setup.run(["prefixes", "--all-matching", "prefix:44", "remove", "44", "--yes"])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(run.output.contains("prefixes − 44 (4 → 3)"), "\(run.output)")
        let sent = setup.patches.dropFirst(before)
        #expect(Set(sent.map(Self.trunkID)) == having, "only the trunks that had 44, one PATCH each")
        #expect(sent.count == having.count)
        #expect(sent.allSatisfy { (try? Setup.attributes($0).keys.sorted()) == ["dst_prefixes"] })
        #expect(try await setup.attributes(of: berlin)["dst_prefixes"] as? [String] == ["49900", "49137", "4420"])
        #expect(try await setup.attributes(of: rome)["dst_prefixes"] as? [String] == ["4420"])
        let again = try await setup.run(["prefixes", "--all-matching", "prefix:44", "remove", "44", "--yes"])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.contains("Nothing to send: every trunk matching is already so."), "\(again.output)")
        #expect(setup.patches.count == before + having.count)
    }

    /// A tech prefix is not for IP-only trunks (set by support) nor Twilio ones: those are named
    /// and skipped, the others are sent, and the status says some were refused.
    @Test func setWithAValueInvalidForSomeTrunksSendsTheValidOnesNamesTheOthersAndExits1() async throws {
        let setup = try await Setup()
        let filter = "enc:dtls"
        let matching = try await Self.listed(setup, filter)
        let dublin = try await setup.fake.trunkID(named: "Dublin Support")
        let rome = try await setup.fake.trunkID(named: "Rome Randomizer")
        let valid = Set(matching.filter { $0.value == "credentials_and_ip" }.keys)
        #expect(valid.contains(rome) && matching[dublin] == "ip_only", "\(matching)")
        let run = try await setup.run(["set", "--all-matching", filter, "tech_prefix=55#", "--yes", "--output", "json"])
        #expect(run.status == 1, "\(run.output)\(run.error)")
        #expect(run.error.contains("Dublin Support (\(dublin)): authentication_method.tech_prefix (Tech prefix): the authentication "
                                   + "of an IP-only trunk is set by DIDWW support"), "\(run.error)")
        #expect(Set(setup.patches.map(Self.trunkID)) == valid, "the valid ones are sent")
        let auth = try #require(try await setup.attributes(of: rome)["authentication_method"] as? [String: Any])
        #expect((auth["attributes"] as? [String: Any])?["tech_prefix"] as? String == "55#")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        #expect(json["exit_status"] as? Int == 1)
        #expect(json["command"] as? String == "trunks set")
        let rows = try #require(json["trunks"] as? [[String: Any]])
        #expect(rows.count == matching.count)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID[rome]?["result"] as? String == "changed")
        #expect((byID[rome]?["change"] as? String)?.hasSuffix("→ 55#") == true, "\(byID[rome] ?? [:])")
        #expect(byID[dublin]?["result"] as? String == "refused")
        #expect((byID[dublin]?["reason"] as? String)?.contains("set by DIDWW support") == true)
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["changed"] == valid.count && counts["refused"] == matching.count - valid.count, "\(counts)")
    }
}

extension RunbookCommandEndToEndTests.Setup {
    /// Empties the request log (the fake keeps appending to it).
    func clearLog() {
        truncate(log, 0)
    }
}
