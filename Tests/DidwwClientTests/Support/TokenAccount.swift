import DidwwClient
import FakeDidww
import Foundation

/// A running FakeDidww pinned to an API version, with the lines a client logged, for token tests.
struct TokenAccount {
    let server: FakeDidwwServer
    let baseURL: URL
    let log: TestLocked<[String]>

    /// A client through the real curl transport, speaking `apiVersion`, logging into `log`.
    func client(apiVersion: String = "2026-11-19", readOnly: Bool = false,
                tokenService: TokenServiceSettings? = nil,
                retryPolicy: RetryPolicy = ClientFixtures.quickRetries) -> DidwwClient {
        let log = self.log
        return DidwwClient(baseURL: baseURL, apiKey: ClientFixtures.apiKey, apiVersion: apiVersion,
                           transport: ClientFixtures.transport, timeout: ClientFixtures.patientTimeout, readOnly: readOnly,
                           retryPolicy: retryPolicy,
                           requestLogger: { line in log.withLock { $0.append(line) } },
                           tokenService: tokenService)
    }

    /// Requests the fake received on `/token`.
    var tokenRequests: [LoggedRequest] { server.requests().filter { $0.path == "/token" } }
    /// Requests the fake received on the trunk endpoints.
    var apiRequests: [LoggedRequest] { server.requests().filter { $0.path.hasPrefix("/v3/") } }
    /// The client's log lines so far.
    var logLines: [String] { log.withLock { $0 } }

    /// Starts a fake account pinned to `pinnedVersion`, runs `body`, and stops the server whatever happens.
    static func with<Result>(pinnedVersion: String = "2026-11-19", tokenLifetimeSeconds: Int? = nil,
                             outboundAPIEnabled: Bool = true,
                             _ body: (TokenAccount) async throws -> Result) async throws -> Result {
        var config = FakeDidwwConfig(trunkCount: 12, seed: 7, apiKey: ClientFixtures.apiKey, apiVersion: pinnedVersion)
        config.tokenLifetimeSeconds = tokenLifetimeSeconds
        config.outboundAPIEnabled = outboundAPIEnabled
        let server = FakeDidwwServer(config: config)
        let baseURL = try await server.start()
        do {
            let result = try await body(TokenAccount(server: server, baseURL: baseURL, log: TestLocked([])))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
