import DidwwClient
import Foundation
import Testing
import TrunkModel

@Suite("DidwwClient against a scripted server")
struct DidwwClientScriptedTests {
    @Test func everyRequestCarriesTheKeyMediaTypesVersionAndUserAgent() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, ClientFixtures.singleTrunkDocument)]) { server in
            let client = ClientFixtures.client(server.baseURL)

            _ = try await client.get(id: "11111111-2222-3333-4444-555555555555")
            _ = try await client.update(id: "11111111-2222-3333-4444-555555555555", body: Data("{}".utf8))

            let received = server.received()
            #expect(received.count == 2)
            for request in received {
                #expect(request.header("Api-Key") == ClientFixtures.apiKey)
                #expect(request.header("Accept") == "application/vnd.api+json")
                #expect(request.header("Content-Type") == "application/vnd.api+json")
                #expect(request.header("X-DIDWW-API-Version") == "2026-04-16")
                #expect(request.header("User-Agent") == "trunks/0.1")
                #expect(request.header("Authorization") == nil)
            }
            #expect(received[0].target == "/v3/voice_out_trunks/11111111-2222-3333-4444-555555555555?include=dids,emergency_dids")
            #expect(received[1].method == "PATCH")
        }
    }

    @Test func pathSegmentsCannotEscapeTheResource() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, ClientFixtures.singleTrunkDocument)]) { server in
            _ = try await ClientFixtures.client(server.baseURL).get(id: "../x?y#z", include: [])

            #expect(server.received().first?.target == "/v3/voice_out_trunks/%2E%2E%2Fx%3Fy%23z")
        }
    }

    @Test func duplicateNameBecomesAFieldError() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(422, ClientFixtures.duplicateNameDocument)]) { server in
            let error = await #expect(throws: DidwwError.self) {
                try await ClientFixtures.client(server.baseURL).update(id: "t1", body: Data("{}".utf8))
            }

            #expect(error?.status == 422)
            #expect(error?.userMessage == "The server rejected the change: name - has already been taken")
            #expect(error?.fieldErrors.map(\.pointer) == ["/data/attributes/name"])
            #expect(server.received().count == 1)
        }
    }

    @Test func unauthorizedNeverRevealsTheKey() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(401, ClientFixtures.unauthorizedDocument)]) { server in
            let client = ClientFixtures.client(server.baseURL)

            let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }

            let unwrapped = try #require(error)
            #expect(unwrapped.userMessage == "The API key was refused (401). Check DIDWW_API_KEY.")
            for text in [unwrapped.userMessage, "\(unwrapped)", String(reflecting: unwrapped), String(describing: client)] {
                #expect(!text.contains(ClientFixtures.apiKey))
            }
            var dumped = ""
            dump(client, to: &dumped)
            #expect(!dumped.contains(ClientFixtures.apiKey))
        }
    }

    @Test func serverErrorsAreRetriedForReadsOnly() async throws {
        try await ScriptedHTTPServer.with(replies: [
            .json(503, "{}"), .json(503, "{}"), .json(200, ClientFixtures.singleTrunkDocument),
        ]) { server in
            let client = ClientFixtures.client(server.baseURL)

            let trunk = try await client.get(id: "11111111-2222-3333-4444-555555555555")

            #expect(trunk.name == "Main")
            #expect(server.received().count == 3)
        }
    }

    @Test func changesAreNotRetriedAfterAServerError() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(503, "{}"), .json(200, ClientFixtures.singleTrunkDocument)]) { server in
            let error = await #expect(throws: DidwwError.self) {
                try await ClientFixtures.client(server.baseURL).update(id: "t1", body: Data("{}".utf8))
            }

            #expect(error == .http(status: 503, errors: []))
            #expect(error?.userMessage == "The DIDWW server failed (503). Try again in a moment.")
            #expect(server.received().count == 1)
        }
    }

    @Test func rateLimitIsRetriedAfterRetryAfter() async throws {
        try await ScriptedHTTPServer.with(replies: [
            .json(429, "{}", headers: ["Retry-After": "0"]), .json(200, ClientFixtures.singleTrunkDocument),
        ]) { server in
            let trunk = try await ClientFixtures.client(server.baseURL).update(id: "t1", body: Data("{}".utf8))

            #expect(trunk.id == "11111111-2222-3333-4444-555555555555")
            #expect(server.received().count == 2)
        }
    }

    @Test func unreadableSuccessIsADecodingError() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, "<html>proxy login</html>")]) { server in
            let error = await #expect(throws: DidwwError.self) {
                try await ClientFixtures.client(server.baseURL).list(TrunkListQuery())
            }

            guard case .decoding = error else {
                Issue.record("expected decoding, got \(String(describing: error))")
                return
            }
            #expect(error?.userMessage.hasPrefix("The server's answer could not be read:") == true)
        }
    }

    @Test func insecureBaseURLSendsNothing() async throws {
        let transport = UnreachableTransport()
        let client = DidwwClient(baseURL: URL(string: "http://api.didww.com/v3")!, apiKey: ClientFixtures.apiKey,
                                 transport: transport)

        await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }
        await #expect(throws: DidwwError.self) { try await client.get(id: "t1") }

        #expect(transport.sentRequests.isEmpty)
    }

    @Test func redactedDescriptionHidesTheKeyAndTheBody() throws {
        let client = ClientFixtures.client(URL(string: "https://api.didww.com/v3")!)
        let request = HTTPRequest(
            method: .patch, url: URL(string: "https://api.didww.com/v3/voice_out_trunks/t1")!,
            headers: [(name: "Api-Key", value: ClientFixtures.apiKey), (name: "Accept", value: "application/vnd.api+json")],
            body: Data(#"{"password":"hunter2"}"#.utf8))

        let description = client.redactedDescription(of: request)

        #expect(description == "PATCH https://api.didww.com/v3/voice_out_trunks/t1 "
            + "[Api-Key: [redacted], Accept: application/vnd.api+json] body 22 bytes")
    }

    @Test func requestLoggerSeesOnlyRedactedLines() async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, ClientFixtures.singleTrunkDocument)]) { server in
            let lines = TestLocked<[String]>([])
            let client = DidwwClient(baseURL: server.baseURL, apiKey: ClientFixtures.apiKey, transport: ClientFixtures.transport,
                                     requestLogger: { line in lines.withLock { $0.append(line) } })

            _ = try await client.get(id: "t1")

            let logged = lines.withLock { $0 }
            #expect(logged.count == 2)
            #expect(logged.allSatisfy { !$0.contains(ClientFixtures.apiKey) })
            #expect(logged.first?.contains("Api-Key: [redacted]") == true)
            #expect(logged.last?.contains("→ 200 in") == true)
        }
    }
}
