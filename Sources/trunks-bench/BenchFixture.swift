import DidwwClient
import FakeDidww
import Foundation
import TrunkModel

/// The fake account the benchmarks run against: FakeDidww in this process on 127.0.0.1, and a
/// client talking to it through the real curl transport.
final class BenchFixture: Sendable {
    static let apiKey = "bench-api-key"
    let server: FakeDidwwServer
    let baseURL: URL
    let client: DidwwClient
    let latencyMilliseconds: Int

    private init(server: FakeDidwwServer, baseURL: URL, latencyMilliseconds: Int) {
        self.server = server
        self.baseURL = baseURL
        self.latencyMilliseconds = latencyMilliseconds
        client = DidwwClient(baseURL: baseURL, apiKey: Self.apiKey, transport: CurlTransport())
    }

    /// Seeds `trunks` trunks and starts serving them with `latencyMilliseconds` before each answer.
    static func start(trunks: Int, latencyMilliseconds: Int) async throws -> BenchFixture {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: trunks, apiKey: apiKey,
                                                             latencyMilliseconds: latencyMilliseconds))
        let url = try await server.start()
        return BenchFixture(server: server, baseURL: url, latencyMilliseconds: latencyMilliseconds)
    }

    /// Stops the fake server.
    func stop() {
        let server = self.server
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            await server.stop()
            done.signal()
        }
        done.wait()
    }

    /// Every trunk, in server order, as pages of 1000 decoded by the real client (no latency).
    func loadAllTrunks() async throws -> [TrunkPage] {
        let saved = latencyMilliseconds
        server.setLatency(milliseconds: 0)
        defer { server.setLatency(milliseconds: saved) }
        var pages: [TrunkPage] = []
        var number = 1
        while true {
            let page = try await client.list(TrunkListQuery(pageNumber: number, pageSize: 1000))
            pages.append(page)
            if page.nextLink == nil || page.trunks.isEmpty { break }
            number += 1
        }
        return pages
    }

    /// The path of an executable built beside this one (`.build/release/<name>`).
    static func siblingExecutable(_ name: String) -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
