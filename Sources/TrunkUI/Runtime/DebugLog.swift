import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel
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
    private let descriptor: Mutex<Int32>

    /// Opens (creating) the log at `url`; `secrets` are replaced by `[redacted]` in every line.
    public init(url: URL, level: LogLevel, secrets: [String]) throws {
        descriptor = Mutex(try PrivateFile.appendingDescriptor(url))
        self.url = url
        self.level = level
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    deinit { descriptor.withLock { _ = close($0) } }

    /// Writes `message` when `entryLevel` is within the log's level.
    public func record(_ message: String, level entryLevel: LogLevel) {
        guard entryLevel <= level else { return }
        var line = message
        for secret in secrets { line = line.replacing(secret, with: "[redacted]") }
        let stamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date())
        let bytes = Data("\(stamp) \(entryLevel.rawValue.uppercased()) \(line)\n".utf8)
        descriptor.withLock { try? PrivateFile.appendAll(bytes, to: $0) }
    }

    /// Records one line of the API client's request logger at the level its shape says:
    /// an outcome ("→ 200 in 12 ms") is info, a failure is error, the request as sent is debug.
    public func recordClientLine(_ line: String) {
        if line.contains(" failed: ") { record(line, level: .error) }
        else if line.contains(" → ") {
            let status = line.split(separator: "→").last.flatMap { Int($0.trimmingWhitespace().prefix(3)) } ?? 0
            record(line, level: status >= 400 ? .error : .info)
        } else { record(line, level: .debug) }
    }
}
