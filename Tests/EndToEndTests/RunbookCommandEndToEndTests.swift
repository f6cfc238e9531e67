import Foundation
import Testing

/// `trunks set`, `prefixes`, `block` and `unblock` run as a runbook runs them: the real binary
/// against the standalone fake API over real curl on 127.0.0.1, what reached the fake read from
/// its request log, and the audit trail from the program's own state folder.
@Suite(.serialized) struct RunbookCommandEndToEndTests {
    /// A fake with a request log, and a private home for the program's audit trail.
    final class Setup {
        let log = NSTemporaryDirectory() + "trunks-runbook-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        let home = NSTemporaryDirectory() + "trunks-runbook-home-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fake: FakeProcess

        init(faults: [String] = []) async throws {
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            fake = try await FakeProcess(arguments: ["--request-log", log] + faults.flatMap { ["--fault", $0] })
        }

        deinit {
            unlink(log)
            try? FileManager.default.removeItem(atPath: home)
        }

        var environment: [String: String] {
            ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8",
             "DIDWW_API_KEY": FakeProcess.apiKey]
        }

        /// Runs `trunks --base-url FAKE ARGUMENTS…` with standard input from /dev/null (not a terminal).
        func run(_ arguments: [String], environment extra: [String: String] = [:]) async throws -> CommandRun {
            try await CommandRun.run([BuiltProducts.trunks, "--base-url", fake.baseURL] + arguments,
                                     environment: environment.merging(extra) { $1 })
        }

        /// Runs it through a shell with `input` on standard input.
        func run(_ arguments: [String], input: String) async throws -> CommandRun {
            let command = "printf '%s' " + TmuxSession.quote(input) + " | " + ([BuiltProducts.trunks, "--base-url", fake.baseURL] + arguments)
                .map(TmuxSession.quote).joined(separator: " ")
            return try await CommandRun.run(["/bin/sh", "-c", command], environment: environment)
        }

        var requests: [[String: Any]] { FakeProcess.requests(log) }
        var patches: [[String: Any]] { requests.filter { $0["method"] as? String == "PATCH" } }

        /// The attributes a logged PATCH carried.
        static func attributes(_ request: [String: Any]) throws -> [String: Any] {
            let body = try #require(request["body"] as? String)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            return try #require((object["data"] as? [String: Any])?["attributes"] as? [String: Any])
        }

        /// The trunk's attributes as the fake has them now.
        func attributes(of id: String) async throws -> [String: Any] {
            let text = try await fake.curl("GET", fake.baseURL + "/voice_out_trunks/\(id)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require((object["data"] as? [String: Any])?["attributes"] as? [String: Any])
        }

        /// The audit trail's lines as JSON objects.
        var auditLines: [[String: Any]] {
            let text = (try? String(contentsOfFile: home + "/state/trunks/audit.jsonl", encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    @Test func anInvalidValueExits1AndSendsNothing() async throws {
        let setup = try await Setup()
        let range = try await setup.run(["set", "Berlin Office", "rtp_timeout=6000", "--yes"])
        #expect(range.status == 1, "\(range.output)\(range.error)")
        #expect(range.error.contains("rtp_timeout (RTP timeout): between 30 and 600 seconds"), "\(range.error)")
        #expect(range.error.contains("Nothing was sent."))
        let typed = try await setup.run(["set", "Berlin Office", "rtp_ping=maybe", "dst_prefixes=+44", "--yes"])
        #expect(typed.status == 1, "\(typed.output)\(typed.error)")
        #expect(typed.error.contains("rtp_ping (RTP ping): yes or no (got maybe)"), "\(typed.error)")
        #expect(typed.error.contains("+44: a prefix is digits only, without + or 00"), "\(typed.error)")
        let readOnlyField = try await setup.run(["set", "Berlin Office", "authentication_method.username=someone", "--yes"])
        #expect(readOnlyField.status == 1)
        #expect(readOnlyField.error.contains("SIP username is read-only"), "\(readOnlyField.error)")
        #expect(setup.patches.isEmpty, "no PATCH reached the fake: \(setup.requests)")
    }

    @Test func anUnknownFieldIsAUsageErrorThatListsTheCloseOnes() async throws {
        let setup = try await Setup()
        let run = try await setup.run(["set", "Berlin Office", "rtp_timout=60", "--yes"])
        #expect(run.status == 2)
        #expect(run.error.contains("No field is called rtp_timout. Did you mean rtp_timeout (RTP timeout)?"), "\(run.error)")
        let missing = try await setup.run(["set", "No Such Trunk", "rtp_timeout=60", "--yes"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("No trunk has the id or name No Such Trunk."), "\(missing.error)")
        #expect(setup.patches.isEmpty)
    }

    @Test func aDryRunPrintsTheReviewAndTheBodyAndSendsNothing() async throws {
        let setup = try await Setup()
        let run = try await setup.run(["set", "Berlin Office", "RTP Timeout=60", "dst_prefixes=44,4420", "--dry-run"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("  RTP timeout: 30 → 60"), "\(run.output)")
        #expect(run.output.contains("  Destination prefixes: 49900, 49137 → 44, 4420"))
        #expect(run.output.contains("  PATCH /v3/voice_out_trunks/"))
        #expect(run.output.contains(#""rtp_timeout" : 60"#))
        #expect(run.output.contains("Dry run: nothing was sent."))
        #expect(setup.patches.isEmpty)
        #expect(setup.requests.allSatisfy { $0["method"] as? String == "GET" })
        #expect(setup.auditLines.isEmpty, "nothing sent, nothing audited")
    }

    @Test func yesSendsExactlyOneSparsePatchThenThereIsNothingToChange() async throws {
        let setup = try await Setup()
        let id = try await setup.fake.trunkID(named: "Berlin Office")
        let run = try await setup.run(["set", "Berlin Office", "rtp_timeout=60", "dst_prefixes=44,4420", "--yes"])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(run.output.contains("Sent: Berlin Office (\(id)) now has RTP timeout 60; Destination prefixes 44, 4420."), "\(run.output)")
        let patches = setup.patches
        #expect(patches.count == 1)
        let attributes = try Setup.attributes(try #require(patches.first))
        #expect(Set(attributes.keys) == ["rtp_timeout", "dst_prefixes"], "only the changed attributes: \(attributes)")
        #expect(attributes["rtp_timeout"] as? Int == 60)
        #expect(attributes["dst_prefixes"] as? [String] == ["44", "4420"])
        let now = try await setup.attributes(of: id)
        #expect(now["rtp_timeout"] as? Int == 60)

        let again = try await setup.run(["set", id, "rtp_timeout=60", "--yes"])
        #expect(again.status == 0)
        #expect(again.output.contains("Nothing to change: Berlin Office (\(id)) already has these values."), "\(again.output)")
        #expect(setup.patches.count == 1, "nothing more sent")
    }

    /// The first read is answered late (the fake builds the answer, then waits); meanwhile someone
    /// changes the same field directly on the fake, and the read just before sending sees it.
    @Test func aChangeMadeBetweenReadAndWriteExits3AndSendsNothing() async throws {
        let setup = try await Setup(faults: ["GET show=delay:2500*1"])
        let id = try await setup.fake.trunkID(named: "Berlin Office")
        let arguments = [BuiltProducts.trunks, "--base-url", setup.fake.baseURL, "set", id, "rtp_timeout=60", "--yes"]
        let environment = setup.environment
        async let finished = CommandRun.run(arguments, environment: environment)
        let deadline = ContinuousClock.now + .seconds(20)
        while !setup.requests.contains(where: { ($0["path"] as? String)?.hasSuffix(id) == true }) {
            guard ContinuousClock.now < deadline else { throw E2EError("the trunk was never read") }
            try await Task.sleep(for: .milliseconds(20))
        }
        let change = try await setup.fake.curl("POST", setup.fake.root + "/_control/trunks/\(id)",
                                                body: #"{"attribute":"rtp_timeout","value":45}"#)
        #expect(change.contains("changed"))
        let run = try await finished
        #expect(run.status == 3, "\(run.output)\(run.error)")
        #expect(run.error.contains("Conflict: someone changed rtp_timeout (RTP timeout) since it was read: theirs 45, yours 60 (it was 30)."),
                "\(run.error)")
        #expect(run.error.contains("Nothing was sent."))
        #expect(setup.patches.isEmpty)
        #expect(try await setup.attributes(of: id)["rtp_timeout"] as? Int == 45, "theirs stays")
    }

    /// A PATCH answered too late: the outcome is learned by reading, never by sending again.
    @Test func aLostAnswerIsSettledByReadingAndNeverSentTwice() async throws {
        let setup = try await Setup(faults: ["PATCH update=delay:4000*1"])
        let run = try await setup.run(["--timeout", "1", "set", "Berlin Office", "rtp_timeout=90", "--yes"])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(run.output.contains("reading the trunk again shows it was applied"), "\(run.output)")
        #expect(setup.patches.count == 1, "sent once")
        let line = try #require(setup.auditLines.last)
        #expect(line["outcome"] as? String == "ok")
        #expect((line["settlement"] as? String)?.contains("no answer arrived") == true, "\(line)")
    }

    @Test func readOnlyExits5BeforeAnythingIsSent() async throws {
        let setup = try await Setup()
        let flag = try await setup.run(["--read-only", "block", "Berlin Office", "--yes"])
        #expect(flag.status == 5, "\(flag.output)\(flag.error)")
        #expect(flag.error.contains("Read-only mode is on (--read-only): nothing was sent."), "\(flag.error)")
        let variable = try await setup.run(["set", "Berlin Office", "rtp_timeout=60", "--yes"], environment: ["TRUNKS_READ_ONLY": "1"])
        #expect(variable.status == 5, "\(variable.error)")
        #expect(setup.requests.isEmpty, "not even a read: \(setup.requests)")
        let dryRun = try await setup.run(["--read-only", "block", "Berlin Office", "--dry-run"])
        #expect(dryRun.status == 0, "a dry run sends nothing, so read-only mode lets it show the change: \(dryRun.error)")
        #expect(dryRun.output.contains("Status: Active → Blocked"))
        #expect(setup.patches.isEmpty)
    }

    @Test func aConfigurationThatRequiresATicketRefusesAChangeWithoutOne() async throws {
        let setup = try await Setup()
        try FileManager.default.createDirectory(atPath: setup.home + "/config/trunks", withIntermediateDirectories: true)
        try "ticket: required\n".write(toFile: setup.home + "/config/trunks/config.yaml", atomically: true, encoding: .utf8)
        let refused = try await setup.run(["block", "Berlin Office", "--yes"])
        #expect(refused.status == 2, "\(refused.output)\(refused.error)")
        #expect(refused.error.contains("A ticket is required for changes (config): give --ticket ID"), "\(refused.error)")
        #expect(setup.requests.isEmpty, "not even a read: \(setup.requests)")
        let given = try await setup.run(["block", "Berlin Office", "--yes", "--ticket", "NOC-9", "--reason", "unpaid"])
        #expect(given.status == 0, "\(given.error)")
        #expect(setup.patches.count == 1)
        #expect(setup.auditLines.last?["ticket"] as? String == "NOC-9")
        let info = try await setup.run(["info"])
        #expect(info.output.contains("ticket:         required  (config)"), "\(info.output)")
    }

    @Test func withoutATerminalItRefusesToAskAndNeedsYes() async throws {
        let setup = try await Setup()
        let run = try await setup.run(["block", "Berlin Office"])
        #expect(run.status == 2, "\(run.output)\(run.error)")
        #expect(run.error.contains("Standard input is not a terminal, so trunks cannot ask before sending: add --yes"), "\(run.error)")
        #expect(setup.requests.isEmpty)
    }

    @Test func prefixesAddRemoveAndReplaceFromStandardInput() async throws {
        let setup = try await Setup()
        let id = try await setup.fake.trunkID(named: "Berlin Office")
        let add = try await setup.run(["prefixes", "Berlin Office", "add", "4420", "33", "49900", "--yes"])
        #expect(add.status == 0, "\(add.output)\(add.error)")
        #expect(add.output.contains("Already in the list: 49900"), "\(add.output)")
        #expect(try Setup.attributes(try #require(setup.patches.last))["dst_prefixes"] as? [String] == ["49900", "49137", "4420", "33"])
        let remove = try await setup.run(["prefixes", id, "remove", "49137", "--yes"])
        #expect(remove.status == 0, "\(remove.error)")
        #expect(try await setup.attributes(of: id)["dst_prefixes"] as? [String] == ["49900", "4420", "33"])
        let replace = try await setup.run(["prefixes", id, "replace", "-", "--yes"], input: "44\n4420, 353\n")
        #expect(replace.status == 0, "\(replace.output)\(replace.error)")
        #expect(try await setup.attributes(of: id)["dst_prefixes"] as? [String] == ["44", "4420", "353"])
        let unasked = try await setup.run(["prefixes", id, "add", "-"], input: "49")
        #expect(unasked.status == 2, "\(unasked.error)")
        #expect(unasked.error.contains("- reads the prefixes from standard input, so trunks cannot ask before sending: add --yes"))
        let invalid = try await setup.run(["prefixes", id, "add", "0044", "--yes"])
        #expect(invalid.status == 1)
        #expect(invalid.error.contains("0044: a prefix is digits only, without + or 00"), "\(invalid.error)")
        #expect(setup.patches.count == 3)
        #expect(setup.patches.allSatisfy { (try? Setup.attributes($0).keys.sorted()) == ["dst_prefixes"] })
    }

    @Test func blockAndUnblockWriteAnAuditLineWithTicketAndReasonEach() async throws {
        let setup = try await Setup()
        let id = try await setup.fake.trunkID(named: "Berlin Office")
        let block = try await setup.run(["block", "Berlin Office", "--yes", "--ticket", "OPS-4711", "--reason", "unpaid invoice"])
        #expect(block.status == 0, "\(block.output)\(block.error)")
        #expect(try await setup.attributes(of: id)["status"] as? String == "blocked")
        let again = try await setup.run(["block", "Berlin Office", "--yes"])
        #expect(again.status == 0 && again.output.contains("Nothing to change"), "\(again.output)")
        let unblock = try await setup.run(["unblock", id, "--yes", "--ticket", "OPS-4712", "--reason", "paid"])
        #expect(unblock.status == 0, "\(unblock.error)")
        #expect(try await setup.attributes(of: id)["status"] as? String == "active")
        let lines = setup.auditLines
        #expect(lines.count == 2, "one line per change sent: \(lines)")
        #expect(lines.map { $0["ticket"] as? String } == ["OPS-4711", "OPS-4712"])
        #expect(lines.map { $0["reason"] as? String } == ["unpaid invoice", "paid"])
        #expect(lines.map { $0["command"] as? String } == ["trunks block", "trunks unblock"])
        #expect(lines.allSatisfy { $0["outcome"] as? String == "ok" && $0["status"] as? Int == 200 })
        let audit = try await setup.run(["audit"])
        #expect(audit.output.contains("PATCH by trunks block Berlin Office (\(id)): status Active → Blocked → 200 ok"), "\(audit.output)")
        #expect(audit.output.contains("· ticket OPS-4711 · reason: unpaid invoice"))
    }

    @Test func auditWithATicketListsOnlyThatTicketsLinesAsTextAndJSON() async throws {
        let setup = try await Setup()
        let id = try await setup.fake.trunkID(named: "Berlin Office")
        for (command, ticket) in [("block", "OPS-1"), ("unblock", "OPS-2"), ("block", "OPS-1")] {
            let run = try await setup.run([command, id, "--yes", "--ticket", ticket, "--reason", "\(command) for \(ticket)"])
            #expect(run.status == 0, "\(run.output)\(run.error)")
        }
        let unticketed = try await setup.run(["unblock", id, "--yes"])
        #expect(unticketed.status == 0, "\(unticketed.error)")
        let text = try await setup.run(["audit", "--ticket", "OPS-1"])
        #expect(text.status == 0, "\(text.error)")
        let shown = text.output.split(separator: "\n")
        #expect(shown.count == 2, "\(text.output)")
        #expect(shown.allSatisfy { $0.hasSuffix("· ticket OPS-1 · reason: block for OPS-1") && $0.contains("PATCH by trunks block") })
        let json = try await setup.run(["audit", "--ticket", "OPS-2", "--output", "json"])
        #expect(json.status == 0, "\(json.error)")
        let objects = try json.output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["ticket"] as? String } == ["OPS-2"])
        #expect(objects.first?["command"] as? String == "trunks unblock")
        let last = try await setup.run(["audit", "--ticket", "OPS-1", "--last", "1"])
        #expect(last.output.split(separator: "\n").count == 1, "--last counts the ticket's lines: \(last.output)")
        let none = try await setup.run(["audit", "--ticket", "OPS-9"])
        #expect(none.status == 0)
        #expect(none.output.contains("has no changes for ticket OPS-9"), "\(none.output)")
        #expect(try await setup.run(["audit"]).output.split(separator: "\n").count == 4, "without --ticket every line")
    }

    @Test func fieldsTheFormWouldNotOfferForThisTrunkAreRefused() async throws {
        let setup = try await Setup()
        let ipOnly = try await setup.run(["set", "Dublin Support", "allowed_sip_ips=192.0.2.1", "--yes"])
        #expect(ipOnly.status == 1, "\(ipOnly.output)\(ipOnly.error)")
        #expect(ipOnly.error.contains("the authentication of an IP-only trunk is set by DIDWW support"), "\(ipOnly.error)")
        let otherMethod = try await setup.run(["set", "Berlin Office", "twilio_account_sid=AC0123456789abcdef0123456789abcdef", "--yes"])
        #expect(otherMethod.status == 1, "\(otherMethod.error)")
        #expect(otherMethod.error.contains("not used by a trunk whose authentication method is Credentials & IP"), "\(otherMethod.error)")
        #expect(!otherMethod.error.contains("AC0123456789abcdef"), "a secret is not echoed")
        #expect(setup.patches.isEmpty)
    }

    /// The PATCH is answered too late and the read that would tell is refused: nothing is sent
    /// again, and the command says the outcome is unknown.
    @Test func anOutcomeReadingCannotTellExits3AndIsNeverSentAgain() async throws {
        let setup = try await Setup(faults: ["PATCH update=delay:6000*1"])
        let arguments = [BuiltProducts.trunks, "--base-url", setup.fake.baseURL, "--timeout", "2", "set", "Berlin Office", "rtp_timeout=90", "--yes"]
        let environment = setup.environment
        async let finished = CommandRun.run(arguments, environment: environment)
        let deadline = ContinuousClock.now + .seconds(20)
        while setup.patches.isEmpty {
            guard ContinuousClock.now < deadline else { throw E2EError("no PATCH was sent") }
            try await Task.sleep(for: .milliseconds(20))
        }
        try await setup.fake.curl("POST", setup.fake.root + "/_control/faults", body: #"{"faults":["GET show=401"]}"#)
        let run = try await finished
        #expect(run.status == 3, "\(run.output)\(run.error)")
        #expect(run.error.contains("Outcome unknown:") && run.error.contains("It may or may not have been made"), "\(run.error)")
        #expect(setup.patches.count == 1, "never sent again")
        #expect(setup.auditLines.last?["outcome"] as? String == "unknown")
    }

    /// API 2026-11-19: its own rules before anything is sent, and bearer tokens for the change.
    @Test func theRulesAndTokensOfTheNewerAPIVersionApply() async throws {
        let setup = try await Setup(faults: [])
        let newer = ["--api-version", "2026-11-19", "--token-url", setup.fake.root + "/token"]
        let refused = try await setup.run(newer + ["set", "Berlin Office", "capacity_limit=0", "threshold_amount=", "--yes"])
        #expect(refused.status == 1, "\(refused.output)\(refused.error)")
        #expect(refused.error.contains("API 2026-11-19 needs a limit"), "\(refused.error)")
        #expect(setup.requests.isEmpty, "refused before anything is sent")
        let older = try await setup.run(["set", "Berlin Office", "capacity_limit=0", "--dry-run"])
        #expect(older.status == 0, "0 calls is allowed in 2026-04-16: \(older.error)")
        let sent = try await setup.run(newer + ["set", "Berlin Office", "capacity_limit=5", "--yes"])
        #expect(sent.status == 0, "\(sent.output)\(sent.error)")
        #expect(setup.requests.contains { $0["path"] as? String == "/token" })
        #expect(setup.patches.count == 1)
        #expect(try Setup.attributes(try #require(setup.patches.first))["capacity_limit"] as? Int == 5)
    }

    /// A profile names the account, its key source and read-only mode; the audit line names it.
    @Test func aProfilesReadOnlyRefusesAndAnotherProfileSends() async throws {
        let setup = try await Setup()
        try FileManager.default.createDirectory(atPath: setup.home + "/config/trunks", withIntermediateDirectories: true)
        let config = """
            profiles:
              lab-ro:
                base_url: \(setup.fake.baseURL)
                api_key_env: LAB_KEY
                read_only: true
              lab:
                base_url: \(setup.fake.baseURL)
                api_key_env: LAB_KEY
            """
        try config.write(toFile: setup.home + "/config/trunks/config.yaml", atomically: true, encoding: .utf8)
        var environment = setup.environment
        environment["DIDWW_API_KEY"] = nil
        environment["LAB_KEY"] = FakeProcess.apiKey
        let refused = try await CommandRun.run([BuiltProducts.trunks, "--profile", "lab-ro", "block", "Berlin Office", "--yes"],
                                               environment: environment)
        #expect(refused.status == 5, "\(refused.output)\(refused.error)")
        #expect(refused.error.contains("Read-only mode is on (profile lab-ro): nothing was sent."), "\(refused.error)")
        #expect(setup.requests.isEmpty)
        let sent = try await CommandRun.run([BuiltProducts.trunks, "block", "Berlin Office", "--profile", "lab", "--yes"],
                                            environment: environment)
        #expect(sent.status == 0, "\(sent.output)\(sent.error)")
        #expect(setup.patches.count == 1)
        #expect(setup.auditLines.last?["profile"] as? String == "lab")
    }

    @Test func eachCommandsHelpStatesTheExitStatusesAndAKeyOnTheCommandLineIsAUsageError() async throws {
        let setup = try await Setup()
        for command in ["set", "prefixes", "block", "unblock"] {
            let help = try await setup.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("Exit status: 0 sent (or nothing to change, or --dry-run), 1 refused by"), "\(command): \(help.output)")
            #expect(help.output.contains("5 read-only mode"), "\(command)")
        }
        let key = try await setup.run(["block", "Berlin Office", "--yes", "--api-key", "sk-typed-0123456789"])
        #expect(key.status == 2, "\(key.error)")
        #expect(key.error.contains("is not accepted") && !key.error.contains("sk-typed") && !key.output.contains("sk-typed"))
        #expect(setup.requests.isEmpty)
    }

    /// The API reads a comma in a name filter as a list of names: a trunk named "Berlin, Office"
    /// must not be taken for one named "Berlin".
    @Test func aNameWithACommaNamesThatTrunkOnly() async throws {
        let setup = try await Setup()
        let berlin = try await setup.fake.trunkID(named: "Berlin Office")
        let chicago = try await setup.fake.trunkID(named: "Chicago Sales")
        try await setup.fake.mutate(id: berlin, attribute: "name", value: "Berlin, Office")
        try await setup.fake.mutate(id: chicago, attribute: "name", value: "Berlin")
        let run = try await setup.run(["set", "Berlin, Office", "rtp_timeout=61", "--yes"])
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(setup.patches.map { $0["path"] as? String } == ["/v3/voice_out_trunks/\(berlin)"])
        let missing = try await setup.run(["set", "Berlin, Offic", "rtp_timeout=62", "--yes"])
        #expect(missing.status == 2, "no trunk has exactly that name: \(missing.error)")
        #expect(setup.patches.count == 1)
    }
}
