import DidwwClient
import Foundation
import Testing

@Suite("BaseURLPolicy and DidwwEnvironment")
struct BaseURLPolicyTests {
    @Test(arguments: [
        "https://api.didww.com/v3",
        "https://sandbox-api.didww.com/v3/",
        "https://proxy.example.com:8443/didww/v3",
        "http://127.0.0.1:8080/v3",
        "http://127.8.9.10/v3",
        "http://localhost:9000/v3",
        "http://LOCALHOST/v3",
        "http://[::1]:8080/v3",
    ])
    func acceptsHTTPSAnywhereAndHTTPOnLoopback(_ text: String) throws {
        let url = try #require(URL(string: text))

        #expect(throws: Never.self) { try BaseURLPolicy.validate(url) }
    }

    @Test(arguments: [
        ("http://api.didww.com/v3", "Plain http:// is allowed only for this machine"),
        ("http://10.0.0.5/v3", "Plain http:// is allowed only for this machine"),
        ("http://128.0.0.1/v3", "Plain http:// is allowed only for this machine"),
        ("http://localhost.evil.example/v3", "Plain http:// is allowed only for this machine"),
        ("http://[::2]/v3", "Plain http:// is allowed only for this machine"),
        ("ftp://api.didww.com/v3", "must start with https://"),
        ("https://user:pass@api.didww.com/v3", "must not contain a user name or password"),
        ("https://api.didww.com/v3?x=1", "must not contain a query"),
    ])
    func refusesWithAPlainReason(text: String, reason: String) throws {
        let url = try #require(URL(string: text))

        let error = #expect(throws: DidwwError.self) { try BaseURLPolicy.validate(url) }

        guard case let .invalidBaseURL(message) = error else {
            Issue.record("expected invalidBaseURL, got \(String(describing: error))")
            return
        }
        #expect(message.contains(reason))
        #expect(error?.userMessage == message)
    }

    @Test func refusalNamesTheHostAndTheFix() throws {
        let error = #expect(throws: DidwwError.self) {
            try BaseURLPolicy.validate(URL(string: "http://api.didww.com/v3")!)
        }

        #expect(error?.userMessage == "Plain http:// is allowed only for this machine (localhost, 127.0.0.1, ::1); "
            + "use https://api.didww.com so the API key is not sent in clear text.")
    }

    @Test func environmentsHaveTheDocumentedBaseURLs() {
        #expect(DidwwEnvironment.sandbox.baseURL.absoluteString == "https://sandbox-api.didww.com/v3")
        #expect(DidwwEnvironment.production.baseURL.absoluteString == "https://api.didww.com/v3")
        let custom = URL(string: "http://127.0.0.1:4000/v3")!
        #expect(DidwwEnvironment.custom(custom).baseURL == custom)
        #expect(DidwwEnvironment.custom(custom).displayName == "127.0.0.1")
    }
}
