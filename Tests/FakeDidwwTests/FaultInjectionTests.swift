import FakeDidww
import Foundation
import Testing

@Suite("Fault injection")
struct FaultInjectionTests {
    @Test("Fault specs read and print back", arguments: [
        ("GET list=503*2", "GET list=503*2"),
        ("update=delay:20000", "update=delay:20000"),
        ("any=500@0.25", "any=500@0.25"),
        ("PATCH update=429+retry-after:3", "PATCH update=429+retry-after:3"),
        ("any show=close-mid-body", "show=close-mid-body"),
        ("list=malformed-json", "list=malformed-json"),
        ("list=html", "list=html:502"),
        ("delete=html:503*1", "delete=html:503*1"),
        ("PATCH update=applied+500*1", "PATCH update=applied+500*1"),
        ("create=reset-after-apply", "create=reset-after-apply"),
        ("DELETE delete=reset-before-body*2", "DELETE delete=reset-before-body*2"),
        ("GET list=total:1000000000", "GET list=total:1000000000"),
        ("list=total:-5*1", "list=total:-5*1"),
    ])
    func specRoundTrip(spec: String, printed: String) throws {
        #expect(try FaultRule(spec: spec).spec == printed)
    }

    @Test("Bad fault specs are refused with a reason", arguments: [
        "list", "list=teapot", "nowhere=500", "list=500*0", "list=500@2", "a b c=500", "list=delay:-1",
        "update=applied+700", "update=applied+", "update=reset", "list=total:many", "list=total",
    ])
    func badSpecs(spec: String) {
        #expect(throws: FaultSpecError.self) { try FaultRule(spec: spec) }
    }

    @Test("Two failures then success; the failures are in the request log with their fault")
    func countedFailures() async throws {
        try await RunningFake.with { fake in
            fake.server.setFaults([try FaultRule(spec: "GET list=503*2")])
            var statuses: [Int] = []
            for _ in 0..<3 { statuses.append(try await fake.get("/voice_out_trunks").status) }
            #expect(statuses == [503, 503, 200])
            #expect(fake.server.requests().map(\.fault) == ["503", "503", nil])
        }
    }

    @Test("A misstated total changes only meta.total_records: the page and its links stay true to the store")
    func misstatedTotal() async throws {
        var config = FakeDidwwConfig()
        config.trunkCount = 7
        try await RunningFake.with(config) { fake in
            fake.server.setFaults([try FaultRule(spec: "GET list=total:1000000000")])
            let first = try await fake.get("/voice_out_trunks?page[size]=5")
            #expect((first.json["meta"] as? [String: Any])?["total_records"] as? Int == 1_000_000_000)
            #expect(RunningFake.resources(first).count == 5)
            #expect((first.json["links"] as? [String: Any])?["next"] != nil)
            let last = try await fake.get("/voice_out_trunks?page[size]=5&page[number]=2")
            #expect(RunningFake.resources(last).count == 2)
            #expect((last.json["links"] as? [String: Any])?["next"] == nil, "the store has 7 trunks: no third page")
            #expect(fake.server.requests().map(\.fault) == ["total:1000000000", "total:1000000000"])
        }
    }

    @Test("A status fault does not act on a PATCH; a delayed one does")
    func statusVersusDelay() async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"Faulted"}}}"#
            fake.server.setFaults([FaultRule(method: "PATCH", endpoint: .update, kind: .status(500), count: 1)])
            let refused = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: body)
            #expect(refused.status == 500)
            let unchanged = try await fake.get("/voice_out_trunks/\(id)")
            #expect(!unchanged.text.contains("Faulted"))
            fake.server.setFaults([FaultRule(endpoint: .update, kind: .delay(milliseconds: 50), count: 1)])
            let delayed = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: body)
            #expect(delayed.status == 200)
            let changed = try await fake.get("/voice_out_trunks/\(id)")
            #expect(changed.text.contains("Faulted"))
        }
    }

    /// A fault that drops the connection, and whether the PATCH was acted on before.
    @Test("Dropped connections and late failures: which act on a PATCH, and what a client receives", arguments: [
        ("applied+500", 500, true),
        ("reset-after-apply", 0, true),
        ("reset-before-body", 0, false),
    ])
    func droppedAndLateFailures(fault: String, status: Int, acts: Bool) async throws {
        try await RunningFake.with { fake in
            let id = fake.server.trunkIDs()[0]
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"Faulted once"}}}"#
            fake.server.setFaults([try FaultRule(spec: "PATCH update=\(fault)*1")])
            let answer = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: body)
            #expect(answer.status == status, "0: no answer at all, the connection closed")
            if status == 0 { #expect(answer.body.isEmpty, "not a byte of answer") }
            let now = try await fake.get("/voice_out_trunks/\(id)")
            #expect(now.text.contains("Faulted once") == acts)
            let patches = fake.server.requests().filter { $0.method == "PATCH" }
            #expect(patches.map(\.fault) == [fault])
            #expect(patches.first?.body.isEmpty == (fault == "reset-before-body"), "a body never read is not logged")
        }
    }

    @Test("The control endpoint sets faults and changes trunks; it needs the key and is not logged")
    func controlEndpoint() async throws {
        try await RunningFake.with { fake in
            let root = String(fake.base.dropLast("/v3".count))
            let id = fake.server.trunkIDs()[0]
            let set = try await fake.client.send("PUT", root + "/_control/faults", body: #"{"faults":["GET show=html:502*1"]}"#)
            #expect(set.status == 200)
            #expect(fake.server.faults().map(\.spec) == ["GET show=html:502*1"])
            let page = try await fake.get("/voice_out_trunks/\(id)")
            #expect(page.status == 502)
            #expect(page.text.contains("<html>"))
            let mutate = try await fake.client.send("POST", root + "/_control/trunks/\(id)",
                                                    body: #"{"attribute":"name","value":"Theirs"}"#)
            #expect(mutate.status == 200)
            let theirs = try await fake.get("/voice_out_trunks/\(id)")
            #expect(theirs.text.contains("Theirs"))
            var anonymous = fake.client
            anonymous.apiKey = nil
            let refused = try await anonymous.send("DELETE", root + "/_control/faults")
            #expect(refused.status == 401)
            let cleared = try await fake.client.send("DELETE", root + "/_control/faults")
            #expect(cleared.status == 200)
            #expect(fake.server.faults().isEmpty)
            #expect(fake.server.requests().allSatisfy { !$0.path.hasPrefix("/_control") })
        }
    }
}
