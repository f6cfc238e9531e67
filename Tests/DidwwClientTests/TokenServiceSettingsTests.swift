import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// Where tokens are minted for each base URL, what is refused before anything is sent, and that
/// concurrent callers share one mint.
@Suite("Token service settings")
struct TokenServiceSettingsTests {
    @Test("each API host has its token service", arguments: [
        ("https://api.didww.com/v3", Optional("https://auth.didww.com/token"), "api.didww.com"),
        ("https://sandbox-api.didww.com/v3", "https://auth-sandbox.didww.com/token", "api.didww.com"),
        ("https://api-vout.didww.com/v3", "https://auth.didww.com/token", "api-vout.didww.com"),
        ("http://127.0.0.1:8080/v3", "http://127.0.0.1:8080/token", "api.didww.com"),
        ("https://trunks-proxy.example.com/v3", nil, "api.didww.com"),
    ])
    func defaults(base: String, tokenURL: String?, audience: String) throws {
        let url = try #require(URL(string: base))
        #expect(TokenServiceSettings.defaultTokenURL(forBaseURL: url)?.absoluteString == tokenURL)
        #expect(TokenServiceSettings.defaultAudience(forBaseURL: url) == [audience])
    }

    @Test func anUnknownHostWithoutATokenURLIsRefusedBeforeAnythingIsSent() async throws {
        let transport = UnreachableTransport()
        let client = DidwwClient(baseURL: try #require(URL(string: "https://trunks-proxy.example.com/v3")),
                                 apiKey: "k", apiVersion: "2026-11-19", transport: transport)
        let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }
        #expect(error?.userMessage.contains("--token-url") == true)
        #expect(transport.sentRequests.isEmpty)
    }

    @Test func a2026_04_16ClientSendsTheKeyAndMintsNothing() async throws {
        try await TokenAccount.with(pinnedVersion: "2026-04-16") { account in
            let client = account.client(apiVersion: "2026-04-16")
            _ = try await client.list(TrunkListQuery(pageSize: 1))
            #expect(client.tokenProvider == nil)
            #expect(account.tokenRequests.isEmpty)
            #expect(account.logLines.contains { $0.contains("Api-Key: [redacted]") })
        }
    }

    @Test func concurrentCallsShareOneMint() async throws {
        try await TokenAccount.with { account in
            account.server.setLatency(milliseconds: 50)
            let client = account.client()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.list(TrunkListQuery(pageSize: 1)).trunks.count }
                }
                for try await count in group { #expect(count == 1) }
            }
            #expect(account.tokenRequests.count == 1)
            #expect(account.apiRequests.count == 8)
        }
    }
}
