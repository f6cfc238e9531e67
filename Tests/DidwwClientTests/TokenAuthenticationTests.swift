import DidwwClient
import FakeDidww
import Foundation
import Testing
import TrunkModel

/// API 2026-11-19 bearer tokens through the real curl transport against FakeDidww.
@Suite("Bearer tokens (API 2026-11-19) against FakeDidww")
struct TokenAuthenticationTests {
    private static func patchBody(id: String, _ attributes: String) -> Data {
        Data(#"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{\#(attributes)}}}"#.utf8)
    }

    @Test func oneTokenIsMintedAndReusedForEveryCall() async throws {
        try await TokenAccount.with { account in
            let client = account.client()
            let id = try #require(account.server.trunkIDs().first)

            let page = try await client.list(TrunkListQuery(pageSize: 5))
            _ = try await client.get(id: id)
            let saved = try await client.update(id: id, body: Self.patchBody(id: id, #""name":"Token-saved name""#))

            #expect(page.trunks.count == 5)
            #expect(page.apiVersion == "2026-11-19")
            #expect(saved.name == "Token-saved name")
            let tokenRequests = account.tokenRequests
            #expect(tokenRequests.count == 1)
            #expect(account.apiRequests.count == 3)
            let body = try #require(tokenRequests.first?.body)
            let sent = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(sent["aud"] as? [String] == ["api.didww.com"])
            #expect(sent["scope"] as? String == "full")
            #expect(sent["api_version"] as? String == "2026-11-19")
            #expect(sent["expires_in"] as? Int == 900)
            let everything = account.logLines.joined(separator: "\n")
                + account.server.requests().map { "\($0.path) \($0.query) \($0.body)" }.joined(separator: "\n")
            #expect(!everything.contains(ClientFixtures.apiKey))
            #expect(!everything.contains("dwt_"), "a token value leaked into a log")
            #expect(account.logLines.contains { $0.contains("Authorization: [redacted]") })
        }
    }

    @Test func aTokenTheServerNoLongerAcceptsIsRenewedOnceAndTheCallSucceeds() async throws {
        try await TokenAccount.with { account in
            let client = account.client()
            _ = try await client.list(TrunkListQuery(pageSize: 1))
            account.server.expireAllTokens()

            let page = try await client.list(TrunkListQuery(pageSize: 2))

            #expect(page.trunks.count == 2)
            #expect(account.tokenRequests.count == 2)
            #expect(account.apiRequests.count == 3)
            #expect(account.logLines.filter { $0.contains("→ 401") }.count == 1)
        }
    }

    @Test func aSecond401AfterRenewalFailsClearlyWithoutLooping() async throws {
        try await TokenAccount.with(tokenLifetimeSeconds: 0) { account in
            let id = try #require(account.server.trunkIDs().first)

            let error = await #expect(throws: DidwwError.self) {
                try await account.client().update(id: id, body: Self.patchBody(id: id, #""name":"never""#))
            }

            #expect(error == .tokenRefused(errors: [APIError(title: "Unauthorized", detail: "access token expired", code: "401", status: "401")]))
            #expect(error?.userMessage.hasPrefix("The API refused a freshly minted token (401) (access token expired).") == true)
            #expect(error?.mayHaveReachedServer == false)
            #expect(account.tokenRequests.count == 2)
            #expect(account.apiRequests.count == 2)
        }
    }

    @Test func aReadScopeTokenIsRefusedAChangeByTheServer() async throws {
        try await TokenAccount.with { account in
            let settings = TokenServiceSettings(
                tokenURL: try #require(TokenServiceSettings.defaultTokenURL(forBaseURL: account.baseURL)), scope: .read)
            let client = account.client(tokenService: settings)
            let id = try #require(account.server.trunkIDs().first)
            let before = try await client.get(id: id)

            let error = await #expect(throws: DidwwError.self) {
                try await client.update(id: id, body: Self.patchBody(id: id, #""name":"read scope cannot write""#))
            }

            #expect(error?.status == 403)
            #expect(error?.userMessage == "Access denied (403): the token only allows reading (scope read), so the server refused the change.")
            #expect(account.apiRequests.last?.method == "PATCH")
            #expect(try await client.get(id: id).name == before.name)
            #expect(account.tokenRequests.allSatisfy { $0.body.contains(#""scope":"read""#) })
        }
    }

    @Test func aReadOnlyClientMintsReadScopeAndSendsNoChange() async throws {
        try await TokenAccount.with { account in
            let client = account.client(readOnly: true)
            let id = try #require(account.server.trunkIDs().first)
            _ = try await client.get(id: id)

            await #expect(throws: DidwwError.readOnly) {
                try await client.update(id: id, body: Self.patchBody(id: id, #""name":"x""#))
            }

            #expect(account.tokenRequests.map(\.body).allSatisfy { $0.contains(#""scope":"read""#) })
            #expect(account.apiRequests.map(\.method) == ["GET"])
        }
    }

    @Test func anAccountPinnedToANewerVersionIsExplainedInPlainWords() async throws {
        try await TokenAccount.with(pinnedVersion: "2026-11-19") { account in
            let error = await #expect(throws: DidwwError.self) {
                try await account.client(apiVersion: "2026-04-16").list(TrunkListQuery())
            }

            #expect(error == .apiVersionMismatch(requested: "2026-04-16", served: "2026-11-19", status: 401), "\(String(describing: error?.status))")
            let message = try #require(error?.userMessage)
            #expect(message.hasPrefix("The server answered with API version 2026-11-19, but trunks asked for 2026-04-16"))
            #expect(message.contains("pinned to 2026-11-19"))
            #expect(message.contains("--api-version 2026-11-19"))
            #expect(account.tokenRequests.isEmpty)
        }
    }

    @Test func anOlderAccountServesTheNewerVersionWhenAskedForIt() async throws {
        try await TokenAccount.with(pinnedVersion: "2026-04-16") { account in
            let page = try await account.client(apiVersion: "2026-11-19").list(TrunkListQuery(pageSize: 3))
            #expect(page.apiVersion == "2026-11-19")
            #expect(account.tokenRequests.count == 1)

            let old = try await account.client(apiVersion: "2026-04-16").list(TrunkListQuery(pageSize: 3))
            #expect(old.apiVersion == "2026-04-16")
            #expect(account.tokenRequests.count == 1)
        }
    }

    @Test func aRateLimitedTokenRequestIsRetriedAfterRetryAfter() async throws {
        try await TokenAccount.with { account in
            account.server.rateLimitTokenRequests(count: 1, retryAfterSeconds: 1)
            let patient = RetryPolicy(maximumRetries: 2, initialDelay: 0.02, maximumDelay: 2, maximumElapsed: 60)
            let started = ContinuousClock.now
            let page = try await account.client(retryPolicy: patient).list(TrunkListQuery(pageSize: 1))
            #expect(started.duration(to: .now) >= .milliseconds(950), "the client waited for Retry-After")
            #expect(page.trunks.count == 1)
            #expect(account.tokenRequests.count == 2)
            #expect(account.logLines.contains { $0.contains("(token, scope full) → 429") })
        }
    }

    @Test func aRetryAfterLongerThanThePolicyAllowsIsReportedAt429() async throws {
        try await TokenAccount.with { account in
            account.server.rateLimitTokenRequests(count: 1, retryAfterSeconds: 60)
            let error = await #expect(throws: DidwwError.self) {
                try await account.client().list(TrunkListQuery(pageSize: 1))
            }
            #expect(error == .tokenService(status: 429, code: "rate_limit_exceeded", description: "too many token requests"))
            #expect(account.tokenRequests.count == 1)
        }
    }

    @Test func aRefusedKeyIsATokenServiceErrorInPlainWords() async throws {
        try await TokenAccount.with { account in
            let log = account.log
            let client = DidwwClient(baseURL: account.baseURL, apiKey: "wrong-key-123", apiVersion: "2026-11-19",
                                     transport: ClientFixtures.transport, retryPolicy: .never,
                                     requestLogger: { line in log.withLock { $0.append(line) } })

            let error = await #expect(throws: DidwwError.self) { try await client.list(TrunkListQuery()) }

            #expect(error == .tokenService(status: 401, code: "invalid_client", description: "missing or invalid Api-Key"))
            #expect(error?.userMessage.hasPrefix("The token service refused the API key (401 invalid_client") == true)
            #expect(account.apiRequests.isEmpty)
            #expect(!account.logLines.joined().contains("wrong-key-123"))
        }
    }

    @Test func withoutTheOutboundAPIEveryCallIsExplained() async throws {
        try await TokenAccount.with(outboundAPIEnabled: false) { account in
            let error = await #expect(throws: DidwwError.self) { try await account.client().list(TrunkListQuery()) }
            #expect(error?.status == 403)
            #expect(error?.userMessage.hasPrefix("Access denied (403): the Outbound API is not enabled for this account.") == true)
        }
    }
}
