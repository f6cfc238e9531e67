@testable import DidwwClient
import Foundation
import Testing

/// Percent-encoding, `Retry-After` dates, second counts and the token request read and write
/// the same text as Foundation's encoders and formatters did.
@Suite struct WireTextTests {
    private static let queryAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")
    private static let pathAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~")

    @Test(arguments: [
        ("plain", "plain", "plain"), ("a b+c", "a%20b%2Bc", "a%20b%2Bc"), ("x[y]", "x%5By%5D", "x%5By%5D"),
        ("1,2.3", "1,2.3", "1%2C2%2E3"), ("../etc", "..%2Fetc", "%2E%2E%2Fetc"), ("Zürich 東京", "Z%C3%BCrich%20%E6%9D%B1%E4%BA%AC",
        "Z%C3%BCrich%20%E6%9D%B1%E4%BA%AC"), ("😀?#&=%", "%F0%9F%98%80%3F%23%26%3D%25", "%F0%9F%98%80%3F%23%26%3D%25"), ("", "", ""),
    ])
    func percentEncodingMatchesFoundation(text: String, query: String, path: String) {
        #expect(QueryEncoding.percentEncodedQuery([URLQueryItem(name: text, value: text)]) == "\(query)=\(query)")
        #expect(QueryEncoding.percentEncodedPathSegment(text) == path)
        #expect(query == text.addingPercentEncoding(withAllowedCharacters: Self.queryAllowed))
        #expect(path == text.addingPercentEncoding(withAllowedCharacters: Self.pathAllowed))
    }

    @Test(arguments: [
        ("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777.0), ("Thu, 01 Jan 1970 00:00:00 GMT", 0),
        ("Fri, 15 Jan 2027 08:00:04 GMT", 1_800_000_004), ("Tue, 29 Feb 2028 23:59:59 GMT", 1_835_481_599),
        ("Wed, 31 Dec 2036 12:00:00 UTC", 2_114_337_600),
    ])
    func httpDatesReadAsDateFormatterReadsThem(text: String, seconds: TimeInterval) throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        #expect(HTTPDate.date(text)?.timeIntervalSince1970 == seconds)
        #expect(try #require(formatter.date(from: text)).timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "soon", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
                      "06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"])
    func whatIsNotAnHTTPDateIsRefused(text: String) {
        #expect(HTTPDate.date(text) == nil)
    }

    @Test(arguments: [(5.0, "5 s"), (1.5, "1.5 s"), (0.25, "0.2 s"), (0.35, "0.3 s"), (2.96, "3.0 s"), (120, "120 s")])
    func secondsAreWrittenAsBefore(seconds: TimeInterval, text: String) {
        #expect(TransportError.formatSeconds(seconds) == text)
        if seconds.rounded() != seconds { #expect(text == String(format: "%.1f s", seconds)) }
    }

    @Test func theTokenRequestIsTheSameJSON() throws {
        let settings = TokenServiceSettings(tokenURL: URL(string: "https://example.test/token")!,
                                            audience: ["api.didww.com", "https://x/y"], requestedLifetime: 900)
        let body = TokenExchange.requestBody(settings: settings, apiVersion: "2026-04-16")
        let object: [String: Any] = ["aud": settings.audience, "scope": settings.scope.rawValue,
                                     "api_version": "2026-04-16", "expires_in": 900]
        let expected = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        #expect(String(decoding: body, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: [
        (#"{"access_token":"t","expires_in":3600}"#, 3600), (#"{"access_token":"t","expires_in":12.7}"#, 12),
        (#"{"access_token":"t","expires_in":1e30,"token_type":"BEARER"}"#, AccessToken.longestLifetime),
        (#"{"access_token":"t","expires_in":-5,"token_type":"bearer"}"#, 0),
    ])
    func tokenAnswersAreRead(json: String, lifetime: Int) throws {
        let response = HTTPResponse(status: 200, headers: [], body: Data(json.utf8))
        let minted = ContinuousClock.now
        let token = try TokenExchange.token(from: response, mintedAt: minted)
        #expect(token.expiresAt == minted + .seconds(lifetime))
    }

    @Test(arguments: [#"{"expires_in":3600}"#, #"{"access_token":"","expires_in":3600}"#, #"{"access_token":"t","expires_in":"3600"}"#,
                      #"{"access_token":"t","expires_in":60,"token_type":"mac"}"#, "[]", "not json"])
    func malformedTokenAnswersAreRefused(json: String) {
        let response = HTTPResponse(status: 200, headers: [], body: Data(json.utf8))
        #expect(throws: DidwwError.self) { try TokenExchange.token(from: response, mintedAt: .now) }
    }
}
