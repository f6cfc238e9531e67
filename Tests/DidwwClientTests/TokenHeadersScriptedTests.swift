import DidwwClient
import Foundation
import Testing
import TrunkModel

/// The exact bytes of API 2026-11-19 authentication, seen by a scripted server.
@Suite("Bearer token headers on the wire")
struct TokenHeadersScriptedTests {
    static let trunk1119 = """
        {"data":{"id":"11111111-2222-3333-4444-555555555555","type":"voice_out_trunks",
        "attributes":{"name":"Main","status":"active"}},"meta":{"api_version":"2026-11-19"}}
        """

    static func client(_ server: ScriptedHTTPServer) -> DidwwClient {
        DidwwClient(baseURL: server.baseURL, apiKey: ClientFixtures.apiKey, apiVersion: "2026-11-19",
                    transport: ClientFixtures.transport, retryPolicy: .never)
    }

    @Test func theKeyGoesOnlyToTheTokenServiceAndTheTokenOnlyToTheAPI() async throws {
        try await ScriptedHTTPServer.with(replies: [
            .json(200, #"{"access_token":"tok-5f1e","token_type":"Bearer","expires_in":900,"scope":"full"}"#,
                  headers: ["Content-Type": "application/json", "Cache-Control": "no-store"]),
            .json(200, Self.trunk1119),
        ]) { server in
            let client = Self.client(server)
            _ = try await client.get(id: "11111111-2222-3333-4444-555555555555")
            _ = try await client.get(id: "11111111-2222-3333-4444-555555555555")

            let received = server.received()
            #expect(received.map(\.target) == ["/token", "/v3/voice_out_trunks/11111111-2222-3333-4444-555555555555?include=dids,emergency_dids",
                                               "/v3/voice_out_trunks/11111111-2222-3333-4444-555555555555?include=dids,emergency_dids"])
            let mint = try #require(received.first)
            #expect(mint.method == "POST")
            #expect(mint.header("Api-Key") == ClientFixtures.apiKey)
            #expect(mint.header("Content-Type") == "application/json")
            #expect(mint.header("Authorization") == nil)
            let body = try #require(try JSONSerialization.jsonObject(with: mint.body) as? [String: Any])
            #expect(body["aud"] as? [String] == ["api.didww.com"])
            #expect(body["api_version"] as? String == "2026-11-19")
            for call in received.dropFirst().filter({ $0.target.hasPrefix("/v3/") }) {
                #expect(call.header("Authorization") == "Bearer tok-5f1e")
                #expect(call.header("Api-Key") == nil)
                #expect(call.header("X-DIDWW-API-Version") == "2026-11-19")
            }
        }
    }

    /// The scripted server never refuses a token, so a renewal can only come from the client
    /// itself, and how long the machine takes between the calls cannot make the server refuse one.
    @Test func aTokenIsRenewedBeforeItExpiresWithoutA401() async throws {
        try await ScriptedHTTPServer.with(replies: [
            .json(200, #"{"access_token":"tok-first","token_type":"Bearer","expires_in":1,"scope":"full"}"#,
                  headers: ["Content-Type": "application/json"]),
            .json(200, Self.trunk1119),
            .json(200, #"{"access_token":"tok-second","token_type":"Bearer","expires_in":900,"scope":"full"}"#,
                  headers: ["Content-Type": "application/json"]),
            .json(200, Self.trunk1119),
        ]) { server in
            let client = Self.client(server)
            _ = try await client.get(id: "11111111-2222-3333-4444-555555555555")
            // Past the renewal time (a tenth of the lifetime before it ends); any longer pause
            // under load leads to the same renewal.
            try await Task.sleep(for: .milliseconds(1000))
            _ = try await client.get(id: "11111111-2222-3333-4444-555555555555")

            let received = server.received()
            #expect(received.map { $0.target.hasPrefix("/v3/") ? "api" : $0.target } == ["/token", "api", "/token", "api"])
            #expect(received.filter { $0.target.hasPrefix("/v3/") }.map { $0.header("Authorization") }
                    == ["Bearer tok-first", "Bearer tok-second"], "the renewed token is used at once")
        }
    }

    @Test("a token answer that is not a bearer token is refused in words", arguments: [
        (#"{"access_token":"t","token_type":"mac","expires_in":900}"#, "the token type is mac, not Bearer"),
        (#"{"token_type":"Bearer","expires_in":900}"#, "the answer held no access_token and expires_in"),
        ("<html>oops</html>", "the answer held no access_token and expires_in"),
    ])
    func malformedTokenAnswers(body: String, expected: String) async throws {
        try await ScriptedHTTPServer.with(replies: [.json(200, body)]) { server in
            let error = await #expect(throws: DidwwError.self) { try await Self.client(server).list(TrunkListQuery()) }

            #expect(error?.userMessage == "The token service's answer could not be read (invalid_response: \(expected)).")
            #expect(server.received().count == 1, "no API call without a token")
        }
    }
}
