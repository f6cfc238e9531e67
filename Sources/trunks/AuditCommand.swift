import ArgumentParser
import Foundation
import TrunkUI

/// `trunks audit`: prints the audit trail, one change per line (or the raw JSON lines).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit trail: every change sent from this account, who sent it, and the answer.")

    @Flag(help: "Print the stored JSON lines unchanged.")
    var json = false
    @Option(help: "Only the last N entries.")
    var last: Int?

    func run() throws {
        let paths = XDGPaths(environment: ProcessInfo.processInfo.environment)
        let log = AuditLog(file: paths.auditFile)
        var entries = log.entries()
        if let last { entries = Array(entries.suffix(max(0, last))) }
        if entries.isEmpty {
            print("The audit trail (\(paths.auditFile.path)) is empty.")
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in entries {
            if json, let data = try? encoder.encode(entry) {
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(entry.summary)
            }
        }
    }
}
