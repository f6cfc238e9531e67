import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks show`: one trunk as the detail pane shows it (health, the groups, the destination
/// policy in words), or its JSON:API document as the server sent it; secrets masked unless
/// revealed. Only reads.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one trunk as the detail does (health, settings, destination policy), or its JSON as the server sent it.",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) show NAME|ID
                 [--output text|json] [--reveal | --force-reveal]
        """,
        discussion: """
        NAME is the exact name (quote it); several trunks of that name are listed with their ids. \
        The SIP password and the Twilio account SID are masked (••••••••) unless --reveal is given; \
        --reveal is refused when standard output is not a terminal (a file, a pipe, a ticket \
        paste), unless --force-reveal is given instead. The JSON schema: docs/json-output.md. The key \
        comes from DIDWW_API_KEY or the profile, never the command line.
        Exit status: 0 done, 2 usage error (no such trunk, several of that name, --reveal into a \
        file or pipe), 4 network or API error.
        """)

    /// The `--output` choices.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice

    @Argument(help: ArgumentHelp("The trunk's id or exact name.", valueName: "name|id"),
              completion: .custom { words, _, prefix in TrunkNameCompletion.names(words: words, prefix: prefix) })
    var trunk: String
    @Option(help: ArgumentHelp("text: as the detail shows it; json: the JSON:API document as the server sent it.",
                               valueName: "text|json"))
    var output: Format = .text
    @Flag(help: "Show the SIP password and Twilio account SID (only when standard output is a terminal).")
    var reveal = false
    @Flag(help: "Show the secrets even when standard output is a file or a pipe.")
    var forceReveal = false

    func validate() throws {
        try connection.validateEndpointChoice()
    }

    func run() async throws {
        if reveal, !forceReveal, !OutputTerminal.stdoutIsTerminal {
            Console.error("""
            Error: --reveal is refused: standard output is not a terminal, and the secrets would stay in \
            the file, pipe or log it goes to. Give --force-reveal to write them there anyway.
            """)
            throw ExitCode(CommandExit.usage)
        }
        let revealSecrets = reveal || forceReveal
        let connection = try await ReadConnection.open(connection, profile: profileChoice.profile)
        let progress = ProgressLine()
        progress.show("Reading \(TerminalSafeText.line(trunk))…")
        let shown = try await connection.reading(progress) {
            try await ShownTrunk.read(trunk, service: connection.service)
        }
        switch output {
        case .json:
            guard let lines = TrunkJSONText.lines(of: shown.document, revealSecrets: revealSecrets) else {
                Console.error("Error: the server's answer is not JSON.")
                throw ExitCode(CommandExit.network)
            }
            lines.map(TerminalSafeText.json).forEach { print($0) }
        case .text:
            Console.line(shown.trunk.name ?? shown.trunk.id)
            DetailPrintout.lines(for: shown.trunk, width: OutputTerminal.width(), revealSecrets: revealSecrets)
                .forEach(Console.line)
        }
    }
}
