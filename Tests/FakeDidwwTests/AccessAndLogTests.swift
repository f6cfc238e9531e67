import FakeDidww
import Foundation
import Testing

@Suite("authentication, errors, latency and the request log")
struct AccessAndLogTests {
    @Test("a missing or wrong Api-Key is 401")
    func unauthorized() async throws {
        try await RunningFake.with { fake in
            for key in [nil, "wrong-key"] as [String?] {
                let reply = try await CurlClient(apiKey: key).get("\(fake.base)/voice_out_trunks")
                #expect(reply.status == 401)
                let error = reply.errors.first
                #expect(error?["title"] as? String == "Unauthorized")
                #expect(error?["detail"] as? String == "missing or invalid api-key")
                #expect(error?["code"] as? String == "401")
            }
        }
    }

    @Test("unknown ids and paths are 404 JSON:API errors")
    func notFound() async throws {
        try await RunningFake.with { fake in
            let unknown = try await fake.get("/voice_out_trunks/01234567-89ab-cdef-0123-456789abcdef")
            #expect(unknown.status == 404)
            #expect(unknown.errors.first?["title"] as? String == "Record not found")
            #expect(unknown.errors.first?["code"] as? String == "404")
            #expect(try await fake.get("/voice_in_trunks").status == 404, "an endpoint the fake does not imitate")
        }
    }

    @Test("parameterised JSON:API Accept is 406, Content-Type with parameters is 415")
    func mediaTypes() async throws {
        try await RunningFake.with { fake in
            let accept = try await fake.client.send(
                "GET", "\(fake.base)/voice_out_trunks", headers: ["Accept: application/vnd.api+json; ext=x"])
            #expect(accept.status == 406)
            let contentType = try await fake.client.send(
                "POST", "\(fake.base)/voice_out_trunks", body: "{}",
                headers: ["Content-Type: application/vnd.api+json; charset=utf-8"])
            #expect(contentType.status == 415)
        }
    }

    @Test("the request log has method, path, query and body, and never the API key")
    func requestLog() async throws {
        let logFile = FileManager.default.temporaryDirectory.appendingPathComponent("fake-didww-log-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: logFile) }
        let config = FakeDidwwConfig(apiKey: "secret-key-123", requestLogPath: logFile.path)
        try await RunningFake.with(config) { fake in
            let client = CurlClient(apiKey: "secret-key-123")
            let id = fake.server.trunkIDs()[1]
            _ = try await client.get("\(fake.base)/voice_out_trunks?page%5Bsize%5D=5")
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"status":"active"}}}"#
            _ = try await client.send("PATCH", "\(fake.base)/voice_out_trunks/\(id)", body: body)
            _ = try await CurlClient(apiKey: "secret-key-123").get("\(fake.base)/voice_out_trunks?note=secret-key-123")

            let logged = fake.server.requests()
            #expect(logged.count == 3)
            #expect(logged[0] == LoggedRequest(method: "GET", path: "/v3/voice_out_trunks", query: "page%5Bsize%5D=5", body: "",
                                               receivedAt: logged[0].receivedAt))
            #expect(logged[1] == LoggedRequest(method: "PATCH", path: "/v3/voice_out_trunks/\(id)", query: "", body: body,
                                               receivedAt: logged[1].receivedAt))
            #expect(logged.allSatisfy { abs(($0.receivedAt ?? 0) - Date().timeIntervalSince1970) < 60 }, "each stamped as it arrived")
            let fileText = try String(contentsOf: logFile, encoding: .utf8)
            let lines = fileText.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(try JSONDecoder().decode(LoggedRequest.self, from: Data(lines[1].utf8)) == logged[1])
            #expect(!fileText.contains("secret-key-123"))
            #expect(!logged.contains { "\($0)".contains("secret-key-123") })

            fake.server.clearRequestLog()
            #expect(fake.server.requests().isEmpty)
        }
    }

    @Test("configured latency delays every response")
    func latency() async throws {
        try await RunningFake.with { fake in
            fake.server.setLatency(milliseconds: 300)
            let clock = ContinuousClock()
            let start = clock.now
            let reply = try await fake.client.get("\(fake.base)/voice_out_trunks?page%5Bsize%5D=1")
            #expect(reply.status == 200)
            #expect(clock.now - start >= .milliseconds(300))
        }
    }

    @Test("a port that is taken makes start() throw instead of hanging; stop() clears the base URL")
    func portInUse() async throws {
        try await RunningFake.with { fake in
            let port = UInt16(try #require(URL(string: fake.base)?.port))
            let second = FakeDidwwServer(config: FakeDidwwConfig(port: port))
            await #expect(throws: (any Error).self) { _ = try await second.start() }
            #expect(second.baseURL == nil)
            #expect(fake.server.baseURL != nil)
        }
    }
}
