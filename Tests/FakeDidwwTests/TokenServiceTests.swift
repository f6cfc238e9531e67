import FakeDidww
import Foundation
import Testing

/// The fake's API 2026-11-19 side, through the curl command line: the token service with its
/// OAuth-style errors, bearer-only calls, the pinned version, and each version's trunk rules.
@Suite("FakeDidww token service and API versions")
struct TokenServiceTests {
    static let jsonHeaders = ["Content-Type: application/json", "Accept: application/json"]

    /// The token endpoint of a running fake (`http://127.0.0.1:PORT/token`).
    static func tokenURL(_ fake: RunningFake) -> String {
        fake.base.replacingOccurrences(of: "/v3", with: "/token")
    }

    /// Mints a token with the fake's key; fails the test when none comes back.
    static func mint(_ fake: RunningFake, scope: String = "full") async throws -> String {
        let reply = try await fake.client.send("POST", tokenURL(fake),
                                               body: #"{"aud":"api.didww.com","scope":"\#(scope)","api_version":"2026-11-19"}"#,
                                               headers: jsonHeaders)
        return try #require(reply.json["access_token"] as? String, "\(reply.status) \(reply.text)")
    }

    /// A curl client that sends a bearer token (and no `Api-Key`) with version 2026-11-19.
    static func bearerHeaders(_ token: String) -> [String] {
        ["Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json",
         "Authorization: Bearer \(token)", "X-DIDWW-API-Version: 2026-11-19"]
    }

    static var pinned1119: FakeDidwwConfig { FakeDidwwConfig(trunkCount: 5, apiVersion: "2026-11-19") }

    @Test func aTokenIsMintedWithTheAskedAudienceScopeAndAClampedLifetime() async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            for (asked, granted) in [(5, 60), (900, 900), (99_999, 3600)] {
                let reply = try await fake.client.send("POST", Self.tokenURL(fake),
                    body: #"{"aud":["api.didww.com"],"scope":"read","api_version":"2026-11-19","expires_in":\#(asked)}"#,
                    headers: Self.jsonHeaders)
                #expect(reply.status == 200)
                #expect(reply.json["token_type"] as? String == "Bearer")
                #expect(reply.json["expires_in"] as? Int == granted)
                #expect(reply.json["scope"] as? String == "read")
                #expect(reply.json["aud"] as? [String] == ["api.didww.com"])
                #expect((reply.json["access_token"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test("the token service answers OAuth-style errors", arguments: [
        (Optional("demo-api-key"), #"{"scope":"full"}"#, 400, "invalid_request"),
        ("demo-api-key", #"{"aud":"example.com"}"#, 400, "invalid_request"),
        ("demo-api-key", #"{"aud":"api.didww.com","scope":"admin"}"#, 400, "invalid_scope"),
        ("demo-api-key", #"{"aud":"api.didww.com","expires_in":"soon"}"#, 400, "invalid_request"),
        ("demo-api-key", "not json", 400, "invalid_request"),
        ("wrong-key", #"{"aud":"api.didww.com"}"#, 401, "invalid_client"),
        (nil, #"{"aud":"api.didww.com"}"#, 401, "invalid_client"),
    ])
    func oauthErrors(key: String?, body: String, status: Int, error: String) async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            let client = CurlClient(apiKey: key)
            let reply = try await client.send("POST", Self.tokenURL(fake), body: body, headers: Self.jsonHeaders)
            #expect(reply.status == status)
            #expect(reply.json["error"] as? String == error)
            #expect((reply.json["error_description"] as? String)?.isEmpty == false)
        }
    }

    @Test func aRateLimitedTokenRequestSays429WithRetryAfter() async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            fake.server.rateLimitTokenRequests(count: 1, retryAfterSeconds: 7)
            let headerFile = FileManager.default.temporaryDirectory.appendingPathComponent("token-headers-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: headerFile) }

            let limited = try await fake.client.send("POST", Self.tokenURL(fake), body: #"{"aud":"api.didww.com"}"#,
                                                     headers: Self.jsonHeaders, extraArguments: ["-D", headerFile.path])
            let headers = try String(contentsOf: headerFile, encoding: .utf8).lowercased()
            let next = try await fake.client.send("POST", Self.tokenURL(fake), body: #"{"aud":"api.didww.com"}"#,
                                                  headers: Self.jsonHeaders)

            #expect(limited.status == 429)
            #expect(limited.json["error"] as? String == "rate_limit_exceeded")
            #expect(headers.contains("retry-after: 7"))
            #expect(headers.contains("cache-control: no-store"))
            #expect(next.status == 200)
        }
    }

    @Test func ordinaryCallsIn20261119TakeABearerTokenAndRefuseTheApiKey() async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            let withKey = try await fake.get("/voice_out_trunks")
            let token = try await Self.mint(fake)
            let withToken = try await CurlClient(apiKey: nil).send("GET", fake.base + "/voice_out_trunks",
                                                                   headers: Self.bearerHeaders(token))
            let bogus = try await CurlClient(apiKey: nil).send("GET", fake.base + "/voice_out_trunks",
                                                               headers: Self.bearerHeaders("dwt_not_minted_here"))

            #expect(withKey.status == 401)
            #expect((withKey.errors.first?["detail"] as? String)?.contains("Api-Key is not accepted") == true)
            #expect(withToken.status == 200)
            #expect((withToken.json["meta"] as? [String: Any])?["api_version"] as? String == "2026-11-19")
            #expect(bogus.status == 401)
            #expect(!fake.server.requests().map(\.body).joined().contains(token))
        }
    }

    @Test func aReadTokenMayReadButNotChange() async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            let token = try await Self.mint(fake, scope: "read")
            let id = try #require(fake.server.trunkIDs().first)
            let client = CurlClient(apiKey: nil)
            let read = try await client.send("GET", fake.base + "/voice_out_trunks/\(id)", headers: Self.bearerHeaders(token))
            let write = try await client.send("PATCH", fake.base + "/voice_out_trunks/\(id)",
                                              body: #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{"name":"x"}}}"#,
                                              headers: Self.bearerHeaders(token))
            #expect(read.status == 200)
            #expect(write.status == 403)
            #expect((write.errors.first?["detail"] as? String)?.contains("scope is read") == true)
        }
    }

    @Test func thePinnedVersionAnswersARequestForAnOlderOne() async throws {
        try await RunningFake.with(Self.pinned1119) { fake in
            let asked = try await fake.client.send("GET", fake.base + "/voice_out_trunks", headers: [
                "Accept: application/vnd.api+json", "X-DIDWW-API-Version: 2026-04-16"])
            let unknown = try await fake.client.send("GET", fake.base + "/voice_out_trunks", headers: [
                "Accept: application/vnd.api+json", "X-DIDWW-API-Version: 2099-01-01"])

            #expect(asked.status == 401)
            #expect((asked.json["meta"] as? [String: Any])?["api_version"] as? String == "2026-11-19")
            #expect(unknown.status == 400)
        }
    }

    /// One PATCH of one attribute and the field a version refuses it on (nil: accepted).
    struct RuleCase: Sendable, CustomTestStringConvertible {
        var attributes: String
        var refusedIn0416: Bool
        var refusedIn1119: Bool
        var testDescription: String { "\(attributes): 2026-04-16 \(refusedIn0416 ? "refuses" : "accepts"), 2026-11-19 \(refusedIn1119 ? "refuses" : "accepts")" }
    }

    @Test("each version applies its own rules", arguments: [
        RuleCase(attributes: #""capacity_limit":0"#, refusedIn0416: false, refusedIn1119: true),
        RuleCase(attributes: #""capacity_limit":1"#, refusedIn0416: false, refusedIn1119: false),
        RuleCase(attributes: #""capacity_limit":null"#, refusedIn0416: false, refusedIn1119: false),
        RuleCase(attributes: #""threshold_amount":null"#, refusedIn0416: false, refusedIn1119: true),
        RuleCase(attributes: #""threshold_amount":"250000.0""#, refusedIn0416: true, refusedIn1119: false),
        RuleCase(attributes: #""allowed_rtp_ips":[]"#, refusedIn0416: false, refusedIn1119: true),
        RuleCase(attributes: #""allowed_rtp_ips":null"#, refusedIn0416: false, refusedIn1119: false),
        RuleCase(attributes: #""allowed_rtp_ips":["0.0.0.0/0"]"#, refusedIn0416: false, refusedIn1119: true),
        RuleCase(attributes: #""allowed_rtp_ips":["::/0"]"#, refusedIn0416: false, refusedIn1119: true),
        RuleCase(attributes: #""allowed_rtp_ips":["203.0.113.0/24"]"#, refusedIn0416: false, refusedIn1119: false),
        RuleCase(attributes: #""on_cli_mismatch_action":"randomize_cli""#, refusedIn0416: false, refusedIn1119: false),
    ])
    func versionRules(_ rule: RuleCase) async throws {
        try await RunningFake.with(FakeDidwwConfig(trunkCount: 3, apiVersion: "2026-04-16")) { fake in
            let id = try #require(fake.server.trunkIDs().first)
            let body = #"{"data":{"type":"voice_out_trunks","id":"\#(id)","attributes":{\#(rule.attributes)}}}"#
            let old = try await fake.send("PATCH", "/voice_out_trunks/\(id)", body: body)
            let token = try await Self.mint(fake)
            let new = try await CurlClient(apiKey: nil).send("PATCH", fake.base + "/voice_out_trunks/\(id)",
                                                             body: body, headers: Self.bearerHeaders(token))
            #expect(old.status == (rule.refusedIn0416 ? 422 : 200), "\(old.text)")
            #expect(new.status == (rule.refusedIn1119 ? 422 : 200), "\(new.text)")
            #expect((new.json["meta"] as? [String: Any])?["api_version"] as? String == "2026-11-19" || new.status == 422)
        }
    }

    @Test func anAccountPinnedTo20261119HoldsOnlyTrunksItsRulesAllow() async throws {
        try await RunningFake.with(FakeDidwwConfig(trunkCount: 200, apiVersion: "2026-11-19")) { fake in
            let token = try await Self.mint(fake)
            let reply = try await CurlClient(apiKey: nil).send("GET", fake.base + "/voice_out_trunks?page[size]=1000",
                                                               headers: Self.bearerHeaders(token))
            let trunks = RunningFake.resources(reply).map(RunningFake.attributes)
            #expect(trunks.count == 200)
            for attributes in trunks {
                #expect(!(attributes["threshold_amount"] is NSNull), "threshold_amount is never null")
                #expect(attributes["capacity_limit"] as? Int != 0, "capacity_limit is never 0")
                if let rtp = attributes["allowed_rtp_ips"] as? [String] {
                    #expect(!rtp.isEmpty && !rtp.contains("0.0.0.0/0") && !rtp.contains("::/0"))
                }
            }
        }
    }
}
