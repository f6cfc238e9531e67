import Foundation
import Testing

/// `trunks list` run as a script runs it: the real binary against the standalone fake API over
/// real curl on 127.0.0.1, its output parsed as JSON, CSV and TSV by independent parsers.
@Suite(.serialized, .terminalSlot) struct ListCommandEndToEndTests {
    static func run(_ fake: FakeProcess, _ arguments: [String], key: String = FakeProcess.apiKey,
                    environment: [String: String] = [:], before: [String] = []) async throws -> CommandRun {
        try await CommandRun.run([BuiltProducts.trunks, "--base-url", fake.baseURL] + before + ["list"] + arguments,
                                 environment: [
            "HOME": NSTemporaryDirectory() + "trunks-list-home-\(getpid())", "LANG": "C.UTF-8", "DIDWW_API_KEY": key,
        ].merging(environment) { $1 })
    }

    static func objects(_ run: CommandRun) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]], "\(run.output)\n\(run.error)")
    }

    static let keys: Set<String> = ["id", "name", "status", "authentication_type", "allowed_sip_ips", "threshold_amount",
                                    "spent_amount", "threshold_reached", "capacity_limit", "media_encryption_mode",
                                    "external_reference_id", "created_at"]

    @Test func jsonIsOneArrayOfEveryTrunkWithTheDocumentedKeys() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--output", "json", "--page-size", "10"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty, "no progress line when standard error is not a terminal: \(run.error)")
        let trunks = try Self.objects(run)
        #expect(trunks.count == 42, "every page read")
        #expect(trunks.allSatisfy { Set($0.keys) == Self.keys }, "\(trunks.first ?? [:])")
        let berlin = try #require(trunks.first { $0["name"] as? String == "Berlin Office" })
        #expect(berlin["status"] as? String == "active")
        #expect(berlin["authentication_type"] as? String == "credentials_and_ip")
        #expect(berlin["allowed_sip_ips"] as? [String] == ["203.0.113.10/32"])
        #expect(berlin["threshold_reached"] as? Bool == false)
        let paris = try #require(trunks.first { $0["name"] as? String == "Paris Minimal" })
        #expect(paris["threshold_amount"] is NSNull, "null when the API gives none")

        let lines = try await Self.run(fake, ["--output", "jsonl"])
        let parsed = lines.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(parsed.count == 42 && parsed.map { $0["id"] as? String } == trunks.map { $0["id"] as? String },
                "JSON Lines: the same objects, one per line")
    }

    @Test func filterTokensGoToTheServerAndFreeWordsNarrowLocally() async throws {
        let log = NSTemporaryDirectory() + "trunks-list-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(log) }
        let fake = try await FakeProcess(arguments: ["--request-log", log])
        let blocked = try await Self.run(fake, ["--filter", "status:blocked", "--output", "json"])
        #expect(blocked.status == 0, "\(blocked.error)")
        let names = try Self.objects(blocked).compactMap { $0["name"] as? String }
        #expect(!names.isEmpty && names.contains("Chicago Sales") && !names.contains("Berlin Office"), "\(names)")
        #expect(try Self.objects(blocked).allSatisfy { $0["status"] as? String == "blocked" })
        let queries = FakeProcess.requests(log).compactMap { $0["query"] as? String }
        #expect(queries.contains { $0.contains("filter[status]=blocked") || $0.contains("filter%5Bstatus%5D=blocked") }, "\(queries)")
        #expect(FakeProcess.requests(log).allSatisfy { $0["method"] as? String == "GET" }, "only reads")

        let words = try await Self.run(fake, ["--filter", "auth:ip 192.0.2", "--output", "json"])
        let found = try Self.objects(words)
        #expect(found.map { $0["name"] as? String }.contains("Dublin Support"), "\(words.output)")
        #expect(found.allSatisfy { $0["authentication_type"] as? String == "ip_only" })

        let nothing = try await Self.run(fake, ["--filter", "no-such-trunk-anywhere"])
        #expect(nothing.status == 0 && nothing.error.contains("No trunk matches."), "\(nothing.output)\(nothing.error)")
    }

    @Test func sortsByTheListsColumnsEitherWay() async throws {
        let fake = try await FakeProcess()
        let byName = try Self.objects(try await Self.run(fake, ["--sort", "name", "--output", "json"]))
        let names = byName.map { ($0["name"] as? String ?? "").lowercased() }
        #expect(names == names.sorted(), "\(names)")
        let reversed = try Self.objects(try await Self.run(fake, ["--reverse", "--output", "json"]))
        #expect(reversed.map { ($0["name"] as? String ?? "").lowercased() } == names.reversed(), "--reverse alone sorts by name")

        let byShare = try Self.objects(try await Self.run(fake, ["--sort", "used", "--reverse", "--output", "json"]))
        let shares = byShare.map { trunk -> Double in
            guard let spent = (trunk["spent_amount"] as? String).flatMap(Double.init),
                  let limit = (trunk["threshold_amount"] as? String).flatMap(Double.init) else { return -1 }
            return limit > 0 ? spent / limit * 100 : .infinity
        }
        #expect(shares == shares.sorted(by: >), "closest to the limit first: \(shares)")
        #expect(shares.first ?? 0 > 100)
    }

    @Test func csvQuotesCommasQuotesNewlinesAndUnicodeSoAParserGetsTheNameBack() async throws {
        let fake = try await FakeProcess()
        let id = try await fake.trunkID(named: "Berlin Office")
        let awkward = "Acme, \"Support\"\nZürich ☎ 東京"
        try await fake.mutate(id: id, attribute: "name", value: awkward)
        let csv = try await Self.run(fake, ["--output", "csv", "--columns", "id,name,status"])
        #expect(csv.status == 0, "\(csv.error)")
        #expect(csv.output.hasPrefix("id,name,status\n"))
        #expect(csv.output.contains("\(id),\"Acme, \"\"Support\"\"\nZürich ☎ 東京\",active\n"), "\(csv.output)")
        let parsed = try await Self.python("""
        import csv, json, sys
        rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
        print(json.dumps({r['id']: r['name'] for r in rows}))
        """, input: csv.output)
        let byID = try #require(try JSONSerialization.jsonObject(with: Data(parsed.utf8)) as? [String: String], "\(parsed)")
        #expect(byID.count == 42)
        #expect(byID[id] == awkward, "Python's csv module reads the name back unchanged")

        let tsv = try await Self.run(fake, ["--output", "tsv", "--columns", "id,name"])
        let line = try #require(tsv.output.split(separator: "\n").first { $0.hasPrefix(id) })
        #expect(line == "\(id)\tAcme, \"Support\"\\nZürich ☎ 東京"[...], "one line per trunk, the newline escaped")

        let json = try Self.objects(try await Self.run(fake, ["--output", "json"]))
        #expect(json.first { $0["id"] as? String == id }?["name"] as? String == awkward)
    }

    @Test func theTableFitsTheWidthAndIsPlainWhenNotATerminal() async throws {
        let fake = try await FakeProcess()
        for width in [60, 80, 132] {
            let run = try await Self.run(fake, [], environment: ["COLUMNS": "\(width)"])
            #expect(run.status == 0, "\(run.error)")
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.count == 43, "a heading and 42 rows")
            #expect(lines.first?.hasPrefix("Name") == true, "\(lines.first ?? "")")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines.filter { $0.count > width })")
            #expect(!run.output.contains("\u{1b}"), "no escape sequences into a pipe")
            #expect(run.output.contains("Berlin Office") && run.output.contains("Blocked"))
        }
        let unknownWidth = try await Self.run(fake, ["--columns", "name,status,limit"])
        #expect(unknownWidth.output.contains("Lisbon Any IP") && unknownWidth.output.contains("⚠ $612.40/500"),
                "the cells of the list pane: \(unknownWidth.output)")
        #expect(unknownWidth.output.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let sorted = try await Self.run(fake, ["--sort", "used", "--reverse", "--columns", "name,limit"])
        #expect(sorted.output.hasPrefix("Name") && sorted.output.split(separator: "\n").first?.hasSuffix("% of limit ▼") == true,
                "the sorted column's heading names the key, as in the list: \(sorted.output)")
    }

    /// A row found by something other than its name says what, as the list pane's "matched"
    /// column does: an address by the network holding it, a username, a tech prefix; at 60
    /// columns that column stays and others give way. A filter of exact values adds no column.
    @Test func theTableSaysWhatEachTrunkWasFoundBy() async throws {
        let fake = try await FakeProcess()
        let address = try await Self.run(fake, ["--filter", "198.51.100.7"], environment: ["COLUMNS": "80"])
        let rows = address.output.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasSuffix("matched") == true, "\(address.output)")
        #expect(rows.contains { $0.hasPrefix("Toronto NOC") && $0.hasSuffix("SIP 198.51.100.7/32") }, "\(address.output)")
        #expect(!address.output.contains("198.51.100.70"), "an address matches by containment, never as text")
        let user = try await Self.run(fake, ["--filter", "2ggkeqnozb"], environment: ["COLUMNS": "60"])
        #expect(user.output.split(separator: "\n").last.map(String.init)?.hasSuffix("user 2ggkeqnozb") == true, "\(user.output)")
        #expect(user.output.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let tech = try await Self.run(fake, ["--filter", "77#"])
        #expect(tech.output.contains("Chicago Sales") && tech.output.contains("tech 77#"), "\(tech.output)")
        let blocked = try await Self.run(fake, ["--filter", "status:blocked"])
        #expect(!blocked.output.contains("matched"), "exact values need no reason: \(blocked.output)")
    }

    /// Usage errors, with the words that say what is wrong.
    static let usageErrors: [([String], String)] = [
        (["--sort", "colour"], "--sort: colour is not a column"),
        (["--columns", "name,colour"], "--columns: colour is not a column"),
        (["--filter", "state:blocked"], "--filter: state: is not a filter"),
        (["--filter", "status:paused"], "status takes active or blocked"),
        (["--output", "xml"], "--output"),
    ]

    @Test func usageErrorsEndWithStatus2() async throws {
        let fake = try await FakeProcess()
        for (arguments, message) in Self.usageErrors {
            let run = try await Self.run(fake, arguments)
            #expect(run.status == 2, "\(arguments): \(run.output)\(run.error)")
            #expect(run.error.contains(message), "\(run.error)")
            #expect(run.output.isEmpty)
        }
    }

    @Test func anAPIErrorEndsWithStatus4AndNeverShowsTheKey() async throws {
        let fake = try await FakeProcess()
        let run = try await Self.run(fake, ["--output", "json"], key: "wrong-key-4711")
        #expect(run.status == 4, "\(run.output)\(run.error)")
        #expect(run.error.hasPrefix("Error: ") && run.output.isEmpty)
        #expect(!run.error.contains("wrong-key-4711"))

        let failing = try await FakeProcess(arguments: ["--fault", "GET list=400*5"])
        let server = try await Self.run(failing, [])
        #expect(server.status == 4, "\(server.output)\(server.error)")
    }

    @Test func readOnlyModeAndTheNewerAPIVersionStillList() async throws {
        let fake = try await FakeProcess()
        let readOnly = try await Self.run(fake, ["--output", "json"], before: ["--read-only"])
        #expect(readOnly.status == 0, "\(readOnly.error)")
        #expect(try Self.objects(readOnly).count == 42)

        let newer = try await FakeProcess(arguments: ["--api-version", "2026-11-19"])
        let run = try await Self.run(newer, ["--output", "json"],
                                     before: ["--api-version", "2026-11-19", "--token-url", newer.root + "/token"])
        #expect(run.status == 0, "\(run.error)")
        #expect(try Self.objects(run).count == 42)
        #expect(!run.output.contains(FakeProcess.apiKey) && !run.error.contains(FakeProcess.apiKey))
    }

    @Test func aProfileGivesTheEndpointAndItsKeySource() async throws {
        let fake = try await FakeProcess()
        let home = NSTemporaryDirectory() + "trunks-list-profile-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/.config/trunks", withIntermediateDirectories: true)
        try "profiles:\n  lab:\n    base_url: \(fake.baseURL)\n    api_key_env: LAB_KEY\n    read_only: true\n"
            .write(toFile: home + "/.config/trunks/config.yaml", atomically: true, encoding: .utf8)
        let run = try await CommandRun.run([BuiltProducts.trunks, "list", "--profile", "lab", "--filter", "name:\"Berlin Office\"",
                                            "--output", "jsonl"],
                                           environment: ["HOME": home, "LANG": "C.UTF-8", "LAB_KEY": FakeProcess.apiKey])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.split(separator: "\n").count == 1 && run.output.contains("\"name\":\"Berlin Office\""), "\(run.output)")
    }

    /// Runs `script` with python3, the path of a file holding `input` as its argument; its output.
    static func python(_ script: String, input: String) async throws -> String {
        let path = NSTemporaryDirectory() + "trunks-list-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).csv"
        defer { unlink(path) }
        try input.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try await Spawn.run(["python3", "-c", script, path])
        #expect(run.status == 0, "\(run.output)")
        return run.output
    }
}
