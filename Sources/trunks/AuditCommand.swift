import ArgumentParser
import Foundation
import TrunkModel
import TrunkUI

/// `trunks audit`: prints the audit trail, one change per line, or one JSON object per line.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit trail: every change sent from this account, who sent it, and the answer.",
        discussion: """
        Names and messages from the server are printed with control characters shown as escapes \
        such as \\u{1b}, so that no trunk name can change or clear the terminal. With \
        --output json, each line is one JSON object (JSON Lines) holding the original text, \
        with those characters as JSON escapes.
        Exit status: 0 done (also when the trail is empty).
        """)

    /// The `--output` choices.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("text: one change per line; json: one JSON object per line.", valueName: "text|json"))
    var output: Format?
    @Flag(help: ArgumentHelp("Same as --output json.", visibility: .hidden))
    var json = false
    @Option(help: "Only the last N entries.")
    var last: Int?

    func validate() throws {
        if json, output == .text { throw ValidationError("--json and --output text contradict each other.") }
    }

    /// The format asked for: `--output`, else `--json`, else text.
    var format: Format { output ?? (json ? .json : .text) }

    func run() throws {
        let paths = XDGPaths(environment: ProcessInfo.processInfo.environment)
        let log = AuditLog(file: paths.auditFile)
        var entries = log.entries()
        if let last { entries = Array(entries.suffix(max(0, last))) }
        if entries.isEmpty {
            let note = "The audit trail (\(paths.auditFile.path)) is empty."
            // JSON Lines on standard output stay valid (empty); the note goes to the person.
            if format == .text { Console.line(note) } else { Console.error(note) }
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in entries {
            switch format {
            case .text:
                Console.line(entry.summary)
            case .json:
                let data = try encoder.encode(entry)
                print(TerminalSafeText.json(String(decoding: data, as: UTF8.self)))
            }
        }
    }
}
