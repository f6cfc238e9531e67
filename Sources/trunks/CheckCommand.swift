import ArgumentParser
import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks check`: would this call pass, and why? Reads the trunk (or every trunk of the account)
/// and prints each rule the call meets with its result, in text or JSON. Only reads.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Would this call pass, and why? Checks a call against a trunk's rules (or every trunk's).",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) check
                 [--trunk NAME|ID] --from-ip IP [--user U | --sid SID] [--cli NUMBER] --number N
                 [--media-ip IP] [--emergency] [--output text|json]
        """,
        discussion: """
        Rules, in the order a call meets them: status, authentication (allowed SIP IPs and \
        username, or Twilio account SID), tech prefix, destination prefixes, 24-hour spend limit, \
        capacity, CLI (and emergency DIDs), media (allowed RTP IPs, encryption).
        Exit status: 0 allowed (without --trunk: by at least one trunk), 1 refused, 2 usage error, \
        3 unknown (a rule needs data the API does not give), 4 network or API error.
        """)

    /// The `--output` choices.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// The endpoint options of `trunks` (`--demo`, `--base-url`, `--api-version`…), given before or after `check`.
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice

    @Option(help: ArgumentHelp("The trunk to check, by exact name or id (default: every trunk of the account).", valueName: "name|id"),
            completion: .custom { words, _, prefix in TrunkNameCompletion.names(words: words, prefix: prefix) })
    var trunk: String?
    @Option(help: ArgumentHelp("The source IP address of the SIP request (IPv4 or IPv6).", valueName: "ip"))
    var fromIP: String
    @Option(help: ArgumentHelp("The SIP username the call authenticates with.", valueName: "username"))
    var user: String?
    @Option(help: ArgumentHelp("The Twilio account SID the call comes from.", valueName: "sid"))
    var sid: String?
    @Option(help: ArgumentHelp("The caller ID (CLI) the call is sent with.", valueName: "number"))
    var cli: String?
    @Option(help: ArgumentHelp("The number as dialled, tech prefix included.", valueName: "number"))
    var number: String
    @Option(help: ArgumentHelp("The source IP address of the call's media (RTP).", valueName: "ip"))
    var mediaIP: String?
    @Flag(help: "The call is an emergency call (checked against the emergency DIDs).")
    var emergency = false
    @Option(help: ArgumentHelp("text: each rule on a line; json: one object per trunk.", valueName: "text|json"))
    var output: Format = .text

    func validate() throws {
        if user != nil, sid != nil { throw ValidationError("Give --user or --sid, not both.") }
        try Self.requireAddress(fromIP, option: "--from-ip")
        if let mediaIP { try Self.requireAddress(mediaIP, option: "--media-ip") }
        guard number.contains(where: { $0.isASCII && $0.isNumber }) else {
            throw ValidationError("--number needs the number as dialled, with digits (got \(TerminalSafeText.line(number))).")
        }
        if let cli, !cli.contains(where: { $0.isASCII && $0.isNumber }) {
            throw ValidationError("--cli needs a number with digits (got \(TerminalSafeText.line(cli))).")
        }
        try connection.validateEndpointChoice()
    }

    private static func requireAddress(_ text: String, option: String) throws {
        guard let address = IPNetwork(text), address.isSingleAddress, !text.contains("/") else {
            throw ValidationError("\(option) needs one IPv4 or IPv6 address such as 198.51.100.7 or 2001:db8::7 (got \(TerminalSafeText.line(text))).")
        }
    }

    /// The call as given.
    var call: CallCheck.Call {
        CallCheck.Call(number: number, sourceIP: fromIP, username: user, twilioAccountSid: sid, cli: cli,
                       mediaIP: mediaIP, emergency: emergency)
    }

    func run() async throws {
        var flags = connection.settings
        flags.profile = profileChoice.profile
        let startup = try Startup.prepare(flags)
        let settings = startup.settings
        try APIVersionOptions.validate(apiVersion: settings.apiVersion, tokenURL: connection.tokenURL)
        let endpoint = try await Endpoint.resolveForCommand(settings: settings)
        let client = DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: settings.apiVersion,
                                 transport: CurlTransport(), timeout: connection.timeout, readOnly: true,
                                 tokenService: APIVersionOptions.tokenService(connection.tokenURL, baseURL: endpoint.baseURL, readOnly: true))
        let trunks: [Trunk]
        do {
            trunks = try await CheckedTrunks(client: client, pageSize: settings.pageSize).read(trunk)
        } catch let error as CheckedTrunks.NotFound {
            await endpoint.stop()
            Console.error("Error: \(error.description)")
            throw ExitCode(CheckExit.usage)
        } catch let error as DidwwError {
            await endpoint.stop()
            Console.error("Error: \(error.userMessage)")
            throw ExitCode(CheckExit.network)
        } catch {
            await endpoint.stop()
            Console.error("Error: \(error)")
            throw ExitCode(CheckExit.network)
        }
        await endpoint.stop()
        let call = self.call
        let reports = trunks.map { CallCheck.evaluate(call, on: $0) }
        switch output {
        case .json: print(try CheckReportJSON.text(reports, several: trunk == nil || reports.count > 1))
        case .text: CheckReportText.lines(reports, call: call).forEach(Console.line)
        }
        let status = CheckExit.status(reports.map(\.verdict))
        if status != 0 { throw ExitCode(status) }
    }
}

/// The exit statuses of `trunks check` (`CommandExit`).
enum CheckExit {
    static let allowed = CommandExit.done
    static let refused = CommandExit.refused
    static let usage = CommandExit.usage
    static let unknown = CommandExit.conflict
    static let network = CommandExit.network

    /// 0 when any trunk allows the call, else 3 when any cannot be decided, else 1.
    static func status(_ verdicts: [CallCheck.Verdict]) -> Int32 {
        if verdicts.contains(.allowed) { return allowed }
        if verdicts.contains(.unknown) { return unknown }
        return refused
    }
}
