import DidwwClient
import FakeDidww
import Foundation

/// A running FakeDidww (42 seeded trunks) and a client for it through the real curl transport.
struct FakeAccount {
    let server: FakeDidwwServer
    let baseURL: URL

    func client(apiKey: String = ClientFixtures.apiKey, timeout: TimeInterval = ClientFixtures.patientTimeout, readOnly: Bool = false) -> DidwwClient {
        ClientFixtures.client(baseURL, apiKey: apiKey, timeout: timeout, readOnly: readOnly, retryPolicy: .never)
    }

    /// Starts a fake account, runs `body`, and stops the server whatever happens.
    static func with<Result>(latencyMilliseconds: Int = 0,
                             _ body: (FakeAccount) async throws -> Result) async throws -> Result {
        let server = FakeDidwwServer(config: FakeDidwwConfig(
            trunkCount: 42, seed: 7, apiKey: ClientFixtures.apiKey, latencyMilliseconds: latencyMilliseconds))
        let baseURL = try await server.start()
        do {
            let result = try await body(FakeAccount(server: server, baseURL: baseURL))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
