import DidwwClient
import Foundation
import Testing

/// A token service that names a lifetime too large for the clock (up to and past `Int.max`):
/// the token is taken as living a day, and the program goes on.
@Suite struct TokenLifetimeTests {
    @Test("a token lifetime too large for the clock does not end the program", arguments: [
        "9223372036854775807", "1e30", "18446744073709551616",
    ])
    func aHugeTokenLifetimeIsTakenAsADay(lifetime: String) async throws {
        let server = try await ScriptedHTTPServer.start(replies: [
            .json(200, #"{"access_token":"tok-1","token_type":"Bearer","expires_in":\#(lifetime)}"#,
                  headers: ["Content-Type": "application/json"]),
            .json(200, TokenHeadersScriptedTests.trunk1119),
        ])
        let client = TokenHeadersScriptedTests.client(server)
        do {
            for _ in 0..<2 { _ = try await client.get(id: "11111111-2222-3333-4444-555555555555") }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        let minted = server.received().filter { $0.target == "/token" }.count
        #expect(minted == 1, "the token is kept for the second request")
    }
}
