import DidwwClient
import Foundation

/// Shared values for client tests.
enum ClientFixtures {
    static let apiKey = "test-key-7f3c9a1e5b"
    /// A transport of its own for each client, so that tests running at once never queue for
    /// each other's transfers.
    static var transport: CurlTransport { CurlTransport(maximumConcurrentTransfers: 4, connectTimeout: 2) }
    static let quickRetries = RetryPolicy(maximumRetries: 2, initialDelay: 0.02, maximumDelay: 0.1)
    /// A request timeout that no answer of the in-process servers comes near, however loaded the
    /// machine, for the tests that are not about timeouts.
    static let patientTimeout: TimeInterval = 60
    /// An answer delay far beyond a 1 s timeout, so that a test about timing out can tell the
    /// timeout from the late answer however loaded the machine.
    static let lateAnswerMilliseconds = 20_000

    static func client(_ baseURL: URL, apiKey: String = apiKey, timeout: TimeInterval = patientTimeout,
                       readOnly: Bool = false, retryPolicy: RetryPolicy = quickRetries) -> DidwwClient {
        DidwwClient(baseURL: baseURL, apiKey: apiKey, transport: transport, timeout: timeout,
                    readOnly: readOnly, retryPolicy: retryPolicy)
    }

    static let singleTrunkDocument = """
        {"data":{"id":"11111111-2222-3333-4444-555555555555","type":"voice_out_trunks",
        "attributes":{"name":"Main","status":"active"}},"meta":{"api_version":"2026-04-16"}}
        """

    static let duplicateNameDocument = """
        {"errors":[{"title":"has already been taken","detail":"name - has already been taken",
        "code":"100","source":{"pointer":"/data/attributes/name"},"status":"422"}]}
        """

    static let unauthorizedDocument = """
        {"errors":[{"title":"Unauthorized","detail":"Invalid api-key","code":"401","status":"401"}]}
        """
}

/// A transport that must never be reached; it records any request so a test can say "nothing was sent".
final class UnreachableTransport: HTTPTransport {
    private let sent = TestLocked<[HTTPRequest]>([])

    var sentRequests: [HTTPRequest] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        throw TransportError.invalidRequest(reason: "this test must not send anything")
    }
}
