import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// The debug log: levels, file mode, redaction of secrets whatever wrote the line.
@Suite struct DebugLogTests {
    private func temporaryLog() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("trunks-log-\(UUID().uuidString)/state/trunks.log")
    }

    @Test func infoRecordsOutcomesNotRequestLinesAndRedactsTheKey() throws {
        let url = temporaryLog()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent().deletingLastPathComponent()) }
        let log = try DebugLog(url: url, level: .info, secrets: ["sk-secret-123"])
        log.recordClientLine("GET https://api.example/v3/voice_out_trunks [Api-Key: [redacted]]")
        log.recordClientLine("GET https://api.example/v3/voice_out_trunks → 200 in 12 ms")
        log.recordClientLine("PATCH https://api.example/v3/voice_out_trunks/1 → 422 in 30 ms")
        log.recordClientLine("GET https://api.example/v3/x?key=sk-secret-123 failed: timed out")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[0].hasSuffix("INFO GET https://api.example/v3/voice_out_trunks → 200 in 12 ms"))
        #expect(lines[1].contains("ERROR PATCH") && lines[1].contains("→ 422"))
        #expect(lines[2].contains("key=[redacted] failed"))
        #expect(!lines.joined().contains("sk-secret-123"))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func debugAlsoRecordsTheRequestAsSent() throws {
        let url = temporaryLog()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent().deletingLastPathComponent()) }
        let log = try DebugLog(url: url, level: .debug, secrets: [])
        log.recordClientLine("GET https://api.example/v3/voice_out_trunks [Api-Key: [redacted]]")
        #expect(try String(contentsOf: url, encoding: .utf8).contains("DEBUG GET https://api.example/v3/voice_out_trunks [Api-Key: [redacted]]"))
    }
}
