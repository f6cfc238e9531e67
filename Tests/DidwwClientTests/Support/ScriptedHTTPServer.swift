import FlyingFox
import Foundation

/// A FlyingFox server on 127.0.0.1 that records every request exactly as received (headers
/// included) and answers from a script: replies in order, the last one repeated.
final class ScriptedHTTPServer: Sendable {
    struct Received: Sendable {
        var method: String
        var target: String
        var headers: [String: String]
        var body: Data
        var clientPort: UInt16?

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String] = ["Content-Type": "application/vnd.api+json"]
        var body: Data = Data()
        var delayMilliseconds = 0

        static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> Reply {
            var reply = Reply(status: status, body: Data(text.utf8))
            reply.headers.merge(headers) { _, new in new }
            return reply
        }
    }

    let baseURL: URL
    private let server: HTTPServer
    private let runTask: Task<Void, Error>
    private let log: TestLocked<[Received]>

    private init(baseURL: URL, server: HTTPServer, runTask: Task<Void, Error>, log: TestLocked<[Received]>) {
        self.baseURL = baseURL
        self.server = server
        self.runTask = runTask
        self.log = log
    }

    static func start(replies: [Reply]) async throws -> ScriptedHTTPServer {
        let log = TestLocked<[Received]>([])
        let script = TestLocked(replies)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled, handler: ClosureHTTPHandler { request in
            var headers: [String: String] = [:]
            for (name, value) in request.headers {
                headers[name.rawValue.lowercased()] = value
            }
            var clientPort: UInt16?
            if case let .ip4(_, port) = request.remoteAddress {
                clientPort = port
            }
            let received = Received(method: request.method.rawValue, target: request.target.rawValue,
                                    headers: headers, body: try await request.bodyData, clientPort: clientPort)
            log.withLock { $0.append(received) }
            let reply = script.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
            if reply.delayMilliseconds > 0 {
                try await Task.sleep(for: .milliseconds(reply.delayMilliseconds))
            }
            var responseHeaders = HTTPHeaders()
            for (name, value) in reply.headers {
                responseHeaders[HTTPHeader(name)] = value
            }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: "Scripted"),
                                headers: responseHeaders, body: reply.body)
        })
        let runTask = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case let .ip4(_, port) = await server.listeningAddress else {
            throw URLError(.cannotConnectToHost)
        }
        return ScriptedHTTPServer(baseURL: URL(string: "http://127.0.0.1:\(port)/v3")!,
                                  server: server, runTask: runTask, log: log)
    }

    /// Starts a server with `replies`, runs `body`, and stops the server whether `body` returns or throws.
    static func with<Result>(replies: [Reply], _ body: (ScriptedHTTPServer) async throws -> Result) async throws -> Result {
        let server = try await start(replies: replies)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    func received() -> [Received] {
        log.withLock { $0 }
    }

    func stop() async {
        await server.stop()
        runTask.cancel()
    }
}
