import ArgumentParser
import FakeDidww
import Foundation

/// Where the program talks to: the demo fake, the sandbox, production or a given URL.
struct Endpoint {
    var baseURL: URL
    var apiKey: String
    var label: String
    var stop: () -> Void = {}

    static func resolve(_ command: TrunksCommand) throws -> Endpoint {
        if command.demo { return try startDemo(command) }
        guard let key = ProcessInfo.processInfo.environment["DIDWW_API_KEY"], !key.isEmpty else {
            throw ValidationError("Set DIDWW_API_KEY in the environment (the key is never accepted on the command line, where ps would show it).")
        }
        if command.sandbox { return Endpoint(baseURL: URL(string: "https://sandbox-api.didww.com/v3")!, apiKey: key, label: "sandbox") }
        if command.production { return Endpoint(baseURL: URL(string: "https://api.didww.com/v3")!, apiKey: key, label: "production") }
        guard let text = command.baseURL, let url = URL(string: text), url.host != nil else {
            throw ValidationError("--base-url needs an absolute URL such as https://sandbox-api.didww.com/v3")
        }
        return Endpoint(baseURL: url, apiKey: key, label: url.host ?? text)
    }

    /// Starts the fake API in this process on 127.0.0.1 with a free port.
    private static func startDemo(_ command: TrunksCommand) throws -> Endpoint {
        let key = "demo-api-key"
        let server = FakeDidwwServer(config: FakeDidwwConfig(
            trunkCount: command.demoTrunks, apiKey: key, latencyMilliseconds: command.demoLatencyMs,
            requestLogPath: command.demoRequestLog, apiVersion: command.demoAccountVersion ?? command.apiVersion))
        server.setFaults(command.demoFault.rules)
        let url = try BlockingTask.run { try await server.start() }
        return Endpoint(baseURL: url, apiKey: key, label: "demo", stop: {
            try? BlockingTask.run { await server.stop() }
        })
    }
}

/// Runs async work from synchronous start-up code and waits for its result.
enum BlockingTask {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let semaphore = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Task.detached {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.result!.get()
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
