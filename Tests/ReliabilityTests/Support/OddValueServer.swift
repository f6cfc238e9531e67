import FlyingFox
import Foundation
import Synchronization

/// A FlyingFox server on 127.0.0.1 whose one trunk has a name with the raw bytes 0xC3 0x28 and
/// a capacity limit sent as text; it counts the requests it answers.
final class OddValueServer: Sendable {
    let baseURL: URL
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let counter: Counter

    /// The number of requests answered, shared with the handler.
    private final class Counter: Sendable {
        let value = Mutex(0)
    }

    private init(baseURL: URL, server: HTTPServer, task: Task<Void, any Error>, counter: Counter) {
        self.baseURL = baseURL
        self.server = server
        self.task = task
        self.counter = counter
    }

    /// The trunk's JSON resource, with the raw bytes in its name.
    static func resource() -> Data {
        var body = Data(#"{"id":"t1","type":"voice_out_trunks","attributes":{"name":"Berlin "#.utf8)
        body.append(contentsOf: [0xC3, 0x28])
        body.append(Data(#"","status":"active","capacity_limit":"100","rtp_timeout":30}}"#.utf8))
        return body
    }

    /// Starts the server on 127.0.0.1 and a free port.
    static func start() async throws -> OddValueServer {
        let counter = Counter()
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: ClosureHTTPHandler { request in
            counter.value.withLock { $0 += 1 }
            let body: Data
            if request.target.path().hasSuffix("/voice_out_trunks") {
                body = Data(#"{"data":["#.utf8) + resource() + Data(#"],"meta":{"total_records":1,"api_version":"2026-04-16"},"links":{}}"#.utf8)
            } else {
                body = Data(#"{"data":"#.utf8) + resource() + Data(#","meta":{"api_version":"2026-04-16"}}"#.utf8)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/vnd.api+json"], body: body)
        })
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case let .ip4(_, port) = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        return OddValueServer(baseURL: URL(string: "http://127.0.0.1:\(port)/v3")!, server: server, task: task, counter: counter)
    }

    /// Requests answered so far.
    func requestCount() -> Int { counter.value.withLock { $0 } }

    /// Stops the server.
    func stop() async {
        await server.stop()
        task.cancel()
    }
}
