import FakeDidww
import Foundation
import Testing

@Suite("GET /v3/dids")
struct DidListEndpointTests {
    @Test("the account's DIDs: numbers, states, paging links that keep the filters")
    func paging() async throws {
        try await RunningFake.with { fake in
            let reply = try await fake.get("/dids?page[size]=30&filter[blocked]=false")
            #expect(reply.status == 200)
            let dids = RunningFake.resources(reply)
            #expect(dids.count == 30)
            #expect(dids.allSatisfy { $0["type"] as? String == "dids" && RunningFake.attributes($0)["blocked"] as? Bool == false })
            #expect((reply.json["meta"] as? [String: Any])?["total_records"] as? Int == 61, "64 DIDs, every 17th blocked")
            let links = reply.json["links"] as? [String: String] ?? [:]
            #expect(links["next"] == "\(fake.base)/dids?filter%5Bblocked%5D=false&page%5Bnumber%5D=2&page%5Bsize%5D=30")
            let number = try #require(RunningFake.attributes(dids[4])["number"] as? String)
            let exact = try await fake.get("/dids?filter[number]=\(number),15550000000")
            #expect(RunningFake.resources(exact).compactMap { RunningFake.attributes($0)["number"] as? String } == [number])
        }
    }

    @Test("refusals: page size above 100, unknown filter, a non-boolean state, write methods", arguments: [
        ("GET", "/dids?page[size]=101", 400, "118"),
        ("GET", "/dids?filter[bogus]=1", 400, "102"),
        ("GET", "/dids?filter[blocked]=maybe", 400, "107"),
        ("GET", "/dids?sort=number", 400, "105"),
        ("POST", "/dids", 405, nil),
    ] as [(String, String, Int, String?)])
    func refusals(method: String, path: String, status: Int, code: String?) async throws {
        try await RunningFake.with { fake in
            let reply = method == "GET" ? try await fake.get(path) : try await fake.send(method, path, body: "{}")
            #expect(reply.status == status)
            if let code {
                let errors = reply.json["errors"] as? [[String: Any]]
                #expect(errors?.first?["code"] as? String == code)
            }
        }
    }
}
