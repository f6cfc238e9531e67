import DidwwClient
import Foundation
import Testing

@Suite("CurlTransport against local sockets")
struct CurlTransportTests {
    let transport = CurlTransport(maximumConcurrentTransfers: 2, connectTimeout: 2)

    @Test func sendsMethodHeadersAndBodyAndCollectsResponseHeaders() async throws {
        try await ScriptedHTTPServer.with(replies: [
            .json(200, #"{"ok":true}"#, headers: ["X-Request-Id": "abc-123"]),
        ]) { server in
            let body = Data(#"{"data":{"type":"voice_out_trunks","id":"t1","attributes":{"name":"Ünïcode + more"}}}"#.utf8)
            let request = HTTPRequest(method: .patch, url: server.baseURL.appendingPathComponent("voice_out_trunks/t1"),
                                      headers: [(name: "X-Custom", value: "one, two")], body: body, timeout: ClientFixtures.patientTimeout)

            let response = try await transport.send(request)

            #expect(response.status == 200)
            #expect(response.body == Data(#"{"ok":true}"#.utf8))
            #expect(response.headerValue(named: "x-request-id") == "abc-123")
            let received = try #require(server.received().first)
            #expect(received.method == "PATCH")
            #expect(received.target == "/v3/voice_out_trunks/t1")
            #expect(received.body == body)
            #expect(received.header("X-Custom") == "one, two")
            #expect(received.header("Expect") == nil)
        }
    }

    @Test func sendsBodylessDeleteAndEmptyPost() async throws {
        try await ScriptedHTTPServer.with(replies: [Reply(status: 204)]) { server in
            let url = server.baseURL.appendingPathComponent("voice_out_trunks/t1")

            let deleted = try await transport.send(HTTPRequest(method: .delete, url: url, timeout: ClientFixtures.patientTimeout))
            let posted = try await transport.send(HTTPRequest(method: .post, url: url, timeout: ClientFixtures.patientTimeout))

            #expect(deleted.status == 204)
            #expect(posted.status == 204)
            #expect(server.received().map(\.method) == ["DELETE", "POST"])
            #expect(server.received().allSatisfy { $0.body.isEmpty })
        }
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await ScriptedHTTPServer.with(replies: [Reply(status: 200)]) { server in
            let transport = CurlTransport(maximumConcurrentTransfers: 1)

            for _ in 0..<3 {
                _ = try await transport.send(HTTPRequest(method: .get, url: server.baseURL, timeout: ClientFixtures.patientTimeout))
            }

            let ports = server.received().map(\.clientPort)
            #expect(ports.count == 3)
            #expect(ports.allSatisfy { $0 != nil && $0 == ports.first })
        }
    }

    @Test func refusedConnectionSaysSoInPlainWords() async throws {
        let refusing = try LoopbackSocket(listening: false)
        defer { refusing.close() }
        let port = refusing.port
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/v3/voice_out_trunks"))

        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: .get, url: url, timeout: ClientFixtures.patientTimeout))
        }

        #expect(error == .connectionRefused(host: "127.0.0.1", port: Int(port)))
        #expect(error?.message == "could not connect to 127.0.0.1:\(port): connection refused")
        #expect(error?.mayHaveReachedServer == false)
    }

    @Test func slowServerTimesOutAfterTheRequestTimeout() async throws {
        let late = ClientFixtures.lateAnswerMilliseconds
        try await ScriptedHTTPServer.with(replies: [Reply(status: 200, delayMilliseconds: late)]) { server in
            let clock = ContinuousClock()
            let started = clock.now

            let error = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: .get, url: server.baseURL, timeout: 1))
            }

            let elapsed = started.duration(to: clock.now)
            #expect(error == .timedOut(seconds: 1, requestSent: true))
            #expect(error?.message == "no answer within 1 s")
            #expect(elapsed >= .milliseconds(900) && elapsed < .milliseconds(late / 2), "gave up after the timeout, long before the answer")
        }
    }

    @Test func connectionClosedMidBodyIsALostConnection() async throws {
        let listener = try LoopbackSocket()
        defer { listener.close() }
        listener.answerOnce(with: "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"data\":")
        let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/v3"))

        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: .get, url: url, timeout: ClientFixtures.patientTimeout))
        }

        guard case let .connectionLost(host, _, requestSent) = error else {
            Issue.record("expected connectionLost, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1")
        #expect(requestSent)
        #expect(error?.message.hasPrefix("the connection to 127.0.0.1 broke before the answer was complete") == true)
    }

    @Test func untrustedCertificateIsRefused() async throws {
        try await UntrustedTLSServer.with { tlsServer in
            let url = try #require(URL(string: "https://127.0.0.1:\(tlsServer.port)/v3"))

            let error = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: .get, url: url, timeout: ClientFixtures.patientTimeout))
            }

            guard case let .tlsFailure(host, detail) = error else {
                Issue.record("expected tlsFailure, got \(String(describing: error))")
                return
            }
            #expect(host == "127.0.0.1")
            #expect(detail.contains("certificate"))
            #expect(error?.mayHaveReachedServer == false)
        }
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        let late = ClientFixtures.lateAnswerMilliseconds
        try await ScriptedHTTPServer.with(replies: [Reply(status: 200, delayMilliseconds: late)]) { server in
            let clock = ContinuousClock()
            let started = clock.now
            let transport = transport
            let task = Task {
                try await transport.send(HTTPRequest(method: .get, url: server.baseURL, timeout: ClientFixtures.patientTimeout))
            }
            try await Task.sleep(for: .milliseconds(200))

            task.cancel()
            let result = await task.result

            #expect(throws: CancellationError.self) { try result.get() }
            #expect(started.duration(to: clock.now) < .milliseconds(late / 2), "aborted long before the answer")
        }
    }

    @Test func lineBreakInAHeaderIsRefusedBeforeSending() async throws {
        let port = try LoopbackSocket.closedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/v3"))
        let request = HTTPRequest(method: .get, url: url, headers: [(name: "Api-Key", value: "secret\r\nX-Evil: 1")])

        let error = await #expect(throws: TransportError.self) { try await transport.send(request) }

        #expect(error == .invalidRequest(reason: "a header contains a line break"))
        #expect(error?.message.contains("secret") == false)
    }

    @Test func concurrentRequestsShareTheSmallPool() async throws {
        try await ScriptedHTTPServer.with(replies: [Reply(status: 200, delayMilliseconds: 100)]) { server in
            let transport = transport
            let url = server.baseURL

            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 {
                    group.addTask { try await transport.send(HTTPRequest(method: .get, url: url, timeout: ClientFixtures.patientTimeout)).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(statuses == Array(repeating: 200, count: 6))
            #expect(server.received().count == 6)
        }
    }
}

private typealias Reply = ScriptedHTTPServer.Reply
