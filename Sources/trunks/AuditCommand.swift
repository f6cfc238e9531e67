import ArgumentParser
import FoundationEssentials
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
        With --ticket, only the changes made for that ticket are listed (--last then counts those).
        Exit status: 0 done (also when the trail is empty, or has nothing for the ticket).
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
    /// `--ticket`: only the changes made for this ticket.
    @OptionGroup var ticketOption: TicketOption
    var ticket: String? { ticketOption.ticket }

    func validate() throws {
        if json, output == .text { throw ValidationError("--json and --output text contradict each other.") }
    }

    /// The format asked for: `--output`, else `--json`, else text.
    var format: Format { output ?? (json ? .json : .text) }

    func run() throws {
        let paths = XDGPaths(environment: ProcessInfo.processInfo.environment)
        let log = AuditLog(file: paths.auditFile)
        var entries = log.entries()
        if let ticket { entries = entries.filter { $0.ticket == ticket } }
        if let last { entries = Array(entries.suffix(max(0, last))) }
        if entries.isEmpty {
            let note = ticket.map { "The audit trail (\(paths.auditFile.path)) has no changes for ticket \(TerminalSafeText.line($0))." }
                ?? "The audit trail (\(paths.auditFile.path)) is empty."
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
