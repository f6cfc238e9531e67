import FakeDidww
import Foundation

/// A started fake server for one test, with its base URL and a curl client.
struct RunningFake {
    let server: FakeDidwwServer
    let base: String
    let client: CurlClient

    /// Starts a fake on 127.0.0.1:0, runs `body`, and stops the fake even when `body` throws.
    static func with<Result>(
        _ config: FakeDidwwConfig = FakeDidwwConfig(), _ body: (RunningFake) async throws -> Result
    ) async throws -> Result {
        let server = FakeDidwwServer(config: config)
        let url = try await server.start()
        let fake = RunningFake(server: server, base: url.absoluteString, client: CurlClient())
        do {
            let result = try await body(fake)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// `GET` a path below the base URL (e.g. `/voice_out_trunks?page[size]=5`).
    func get(_ path: String) async throws -> CurlClient.Reply {
        try await client.get(base + path)
    }

    /// Sends a request with a JSON body to a path below the base URL.
    func send(_ method: String, _ path: String, body: String) async throws -> CurlClient.Reply {
        try await client.send(method, base + path, body: body)
    }

    /// The `data` array of a collection reply.
    static func resources(_ reply: CurlClient.Reply) -> [[String: Any]] {
        reply.json["data"] as? [[String: Any]] ?? []
    }

    /// The attributes of a resource object.
    static func attributes(_ resource: [String: Any]) -> [String: Any] {
        resource["attributes"] as? [String: Any] ?? [:]
    }
}
