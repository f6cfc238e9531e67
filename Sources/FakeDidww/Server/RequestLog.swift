import Foundation
import Synchronization

/// The request log: kept in memory and, when a path is configured, appended to a JSON-lines file
/// (one `write` per line, so every line is on disk as soon as it is recorded). Thread-safe.
final class RequestLog: Sendable {
    private struct State {
        var entries: [LoggedRequest] = []
        var answered = 0
        var file: FileHandle?
    }

    private let state = Mutex(State())
    private let secret: String

    /// An in-memory log that redacts every occurrence of `secret`.
    init(secret: String) {
        self.secret = secret
    }

    /// Starts appending to the JSON-lines file at `path` (created when missing).
    func appendToFile(at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else {
            throw FakeDidwwError.cannotOpenRequestLog(path: path, reason: String(cString: strerror(errno)))
        }
        state.withLock { $0.file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true) }
    }

    /// Records one request (the API key, should it appear in the path, query or body, is redacted),
    /// stamped with the time it arrived.
    func record(_ request: LoggedRequest) {
        let redacted = LoggedRequest(
            method: request.method, path: redact(request.path), query: redact(request.query), body: redact(request.body),
            fault: request.fault, receivedAt: request.receivedAt ?? Date().timeIntervalSince1970)
        state.withLock { state in
            state.entries.append(redacted)
            guard let file = state.file else { return }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .millisecondsSince1970
            guard var line = try? encoder.encode(redacted) else { return }
            line.append(0x0A)
            try? file.write(contentsOf: line)
        }
    }

    /// A copy of every request recorded so far, oldest first.
    func snapshot() -> [LoggedRequest] {
        state.withLock { $0.entries }
    }

    /// Counts one request whose answer has been made (after its latency).
    func markAnswered() {
        state.withLock { $0.answered += 1 }
    }

    /// How many recorded requests have been answered.
    func answeredCount() -> Int {
        state.withLock { $0.answered }
    }

    /// Forgets the in-memory entries and the answered count (the file is left as it is).
    func clear() {
        state.withLock {
            $0.entries.removeAll()
            $0.answered = 0
        }
    }

    private func redact(_ text: String) -> String {
        guard !secret.isEmpty, text.contains(secret) else { return text }
        return text.replacingOccurrences(of: secret, with: "[REDACTED]")
    }
}
