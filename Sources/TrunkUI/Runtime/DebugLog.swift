import Foundation
import Synchronization

/// How much the debug log records.
public enum LogLevel: String, Sendable, CaseIterable, Comparable {
    /// Failed requests only.
    case error
    /// Every request's method, URL, status and latency.
    case info
    /// Also each request as sent (headers with secrets redacted, body size).
    case debug

    /// Levels order by detail: error < info < debug.
    public static func < (a: LogLevel, b: LogLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// An append-only debug log file (mode 0600, directory 0700, through `PrivateFile`), one
/// timestamped line per entry.
/// Every line is scrubbed of the given secrets before it is written, whatever produced it.
/// Threading: `record` may be called from any thread; one line is written at a time.
public final class DebugLog: Sendable {
    /// The log file.
    public let url: URL
    /// The most detail recorded.
    public let level: LogLevel
    private let secrets: [String]
    private let handle: Mutex<FileHandle>

    /// Opens (creating) the log at `url`; `secrets` are replaced by `[redacted]` in every line.
    public init(url: URL, level: LogLevel, secrets: [String]) throws {
        handle = Mutex(try PrivateFile.appendingHandle(url))
        self.url = url
        self.level = level
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    deinit { handle.withLock { try? $0.close() } }

    /// Writes `message` when `entryLevel` is within the log's level.
    public func record(_ message: String, level entryLevel: LogLevel) {
        guard entryLevel <= level else { return }
        var line = message
        for secret in secrets { line = line.replacingOccurrences(of: secret, with: "[redacted]") }
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        let bytes = Data("\(stamp) \(entryLevel.rawValue.uppercased()) \(line)\n".utf8)
        handle.withLock { $0.write(bytes) }
    }

    /// Records one line of the API client's request logger at the level its shape says:
    /// an outcome ("→ 200 in 12 ms") is info, a failure is error, the request as sent is debug.
    public func recordClientLine(_ line: String) {
        if line.contains(" failed: ") { record(line, level: .error) }
        else if line.contains(" → ") {
            let status = line.split(separator: "→").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces).prefix(3)) } ?? 0
            record(line, level: status >= 400 ? .error : .info)
        } else { record(line, level: .debug) }
    }
}
