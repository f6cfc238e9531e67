import Foundation

/// A minimal HTTP client for the tests: runs `/usr/bin/curl` without blocking a concurrency thread.
struct CurlClient {
    /// One answer: status code and body.
    struct Reply {
        var status: Int
        var body: Data

        /// The body as text.
        var text: String { String(decoding: body, as: UTF8.self) }

        /// The body parsed as a JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }

        /// The `errors` array of a JSON:API error document.
        var errors: [[String: Any]] {
            json["errors"] as? [[String: Any]] ?? []
        }
    }

    var apiKey: String? = "demo-api-key"

    /// Sends one request; `url` is used verbatim (curl's globbing is off, so brackets may be raw).
    func send(
        _ method: String, _ url: String, body: String? = nil,
        headers: [String] = ["Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"],
        extraArguments: [String] = []
    ) async throws -> Reply {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("fake-didww-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = ["-s", "-g", "-X", method, "-o", output.path, "-w", "%{http_code}", "--max-time", "60"]
        if let apiKey { arguments += ["-H", "Api-Key: \(apiKey)"] }
        for header in headers { arguments += ["-H", header] }
        if let body { arguments += ["--data-binary", body] }
        arguments += extraArguments
        arguments.append(url)
        let status = try await run(arguments)
        let data = (try? Data(contentsOf: output)) ?? Data()
        return Reply(status: Int(status) ?? 0, body: data)
    }

    /// `GET url`.
    func get(_ url: String) async throws -> Reply {
        try await send("GET", url)
    }

    private func run(_ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
