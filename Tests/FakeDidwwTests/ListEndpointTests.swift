import FakeDidww
import Foundation
import Testing

@Suite("GET /v3/voice_out_trunks")
struct ListEndpointTests {
    @Test("the same seed gives the same first page, byte for byte")
    func seedDeterminism() async throws {
        func firstPage(seed: UInt64) async throws -> String {
            try await RunningFake.with(FakeDidwwConfig(seed: seed)) { fake in
                let reply = try await fake.get("/voice_out_trunks")
                #expect(reply.status == 200)
                return reply.text.replacingOccurrences(of: fake.base, with: "BASE")
            }
        }
        let first = try await firstPage(seed: 7)
        let second = try await firstPage(seed: 7)
        let other = try await firstPage(seed: 8)
        #expect(first == second)
        #expect(first != other)
        #expect(first.contains("Berlin Office"))
    }

    @Test("pagination: total_records, encoded links, next/prev only away from the ends")
    func pagination() async throws {
        try await RunningFake.with { fake in
            let first = try await fake.get("/voice_out_trunks?page[size]=10")
            #expect(first.status == 200)
            #expect(RunningFake.resources(first).count == 10)
            let meta = first.json["meta"] as? [String: Any]
            #expect(meta?["total_records"] as? Int == 42)
            #expect(meta?["api_version"] as? String == "2026-04-16")
            let links = first.json["links"] as? [String: String] ?? [:]
            #expect(links["first"] == "\(fake.base)/voice_out_trunks?page%5Bnumber%5D=1&page%5Bsize%5D=10")
            #expect(links["last"] == "\(fake.base)/voice_out_trunks?page%5Bnumber%5D=5&page%5Bsize%5D=10")
            #expect(links["next"] == "\(fake.base)/voice_out_trunks?page%5Bnumber%5D=2&page%5Bsize%5D=10")
            #expect(links["prev"] == nil)

            let last = try await fake.client.get(links["last"] ?? "")
            #expect(RunningFake.resources(last).count == 2)
            let lastLinks = last.json["links"] as? [String: String] ?? [:]
            #expect(lastLinks["next"] == nil)
            #expect(lastLinks["prev"] == "\(fake.base)/voice_out_trunks?page%5Bnumber%5D=4&page%5Bsize%5D=10")
        }
    }

    @Test("malformed or out-of-range pages are 400", arguments: ["page[size]=0", "page[size]=1001", "page[number]=x", "page[number]=0", "page[offset]=3"])
    func badPage(query: String) async throws {
        try await RunningFake.with { fake in
            let reply = try await fake.get("/voice_out_trunks?\(query)")
            #expect(reply.status == 400)
        }
    }

    @Test("filters: status, authentication type and a comma list of names")
    func filters() async throws {
        try await RunningFake.with { fake in
            let blocked = try await fake.get("/voice_out_trunks?filter[status]=blocked&page[size]=1000")
            let blockedTrunks = RunningFake.resources(blocked)
            #expect(!blockedTrunks.isEmpty)
            #expect(blockedTrunks.allSatisfy { RunningFake.attributes($0)["status"] as? String == "blocked" })
            #expect((blocked.json["meta"] as? [String: Any])?["total_records"] as? Int == blockedTrunks.count)

            let twilio = try await fake.get("/voice_out_trunks?filter%5Bauthentication_method.type%5D=twilio")
            let types = RunningFake.resources(twilio).map {
                (RunningFake.attributes($0)["authentication_method"] as? [String: Any])?["type"] as? String
            }
            #expect(!types.isEmpty && types.allSatisfy { $0 == "twilio" })

            let named = try await fake.get("/voice_out_trunks?filter[name]=Berlin%20Office,Chicago%20Sales")
            #expect(RunningFake.resources(named).count == 2)
        }
    }

    @Test("unknown filters, bad filter values, sorts, includes and parameters are 400")
    func badParameters() async throws {
        try await RunningFake.with { fake in
            let unknownFilter = try await fake.get("/voice_out_trunks?filter[bogus]=1")
            #expect(unknownFilter.status == 400)
            #expect(unknownFilter.errors.first?["code"] as? String == "102")
            #expect(unknownFilter.errors.first?["title"] as? String == "Filter not allowed")
            for query in ["filter[status]=paused", "filter[threshold_reached]=yes", "sort=bogus", "include=owner", "fields[voice_out_trunks]=nope"] {
                #expect(try await fake.get("/voice_out_trunks?\(query)").status == 400, "\(query)")
            }
            let unknownParameter = try await fake.get("/voice_out_trunks?verbose=1")
            #expect(unknownParameter.status == 400)
            #expect(unknownParameter.errors.first?["code"] as? String == "105")
        }
    }

    @Test("sort by name descending, ties broken by id")
    func sortByName() async throws {
        try await RunningFake.with { fake in
            let reply = try await fake.get("/voice_out_trunks?sort=-name&page[size]=100")
            let names = RunningFake.resources(reply).compactMap { RunningFake.attributes($0)["name"] as? String }
            #expect(names.count == 42)
            #expect(names == names.sorted(by: >))
            let ascending = try await fake.get("/voice_out_trunks?sort=name&page[size]=1")
            #expect(RunningFake.attributes(RunningFake.resources(ascending)[0])["name"] as? String == "Berlin Office")
        }
    }

    @Test("include=dids adds linkage and included DID resources; sparse fieldsets prune")
    func includeAndFields() async throws {
        try await RunningFake.with { fake in
            let reply = try await fake.get("/voice_out_trunks?filter[name]=Berlin%20Office&include=dids")
            let trunk = try #require(RunningFake.resources(reply).first)
            let relationships = trunk["relationships"] as? [String: [String: Any]] ?? [:]
            let linkage = relationships["dids"]?["data"] as? [[String: String]] ?? []
            #expect(linkage.count == 2)
            #expect(relationships["emergency_dids"]?["data"] == nil)
            let included = reply.json["included"] as? [[String: Any]] ?? []
            #expect(Set(included.compactMap { $0["id"] as? String }) == Set(linkage.compactMap { $0["id"] }))
            let number = RunningFake.attributes(included[0])["number"] as? String ?? ""
            #expect(!number.isEmpty && number.allSatisfy(\.isNumber))

            let sparse = try await fake.get("/voice_out_trunks?fields[voice_out_trunks]=name,status&page[size]=1")
            let sparseTrunk = try #require(RunningFake.resources(sparse).first)
            #expect(Set(RunningFake.attributes(sparseTrunk).keys) == ["name", "status"])
            #expect(sparseTrunk["relationships"] == nil)
        }
    }
}
