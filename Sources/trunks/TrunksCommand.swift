import ArgumentParser
import CursesTerminal
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import TrunkModel
import TrunkUI

/// `trunks`: browse and edit DIDWW outbound SIP trunks in the terminal.
@main
struct TrunksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trunks",
        abstract: "Browse and edit DIDWW outbound SIP trunks (API v3 voice_out_trunks).",
        discussion: """
        Try it without an account:  trunks --demo
        With an account, put the API key in the environment (never on the command line):
          DIDWW_API_KEY=… trunks --sandbox      (or --production, or --base-url URL)
        Keys: ? shows every key inside the program.
        """,
        subcommands: [AuditCommand.self])

    @Flag(help: "Run against a built-in imitation of the DIDWW API (no account needed).")
    var demo = false
    @Flag(help: "Use the DIDWW sandbox (https://sandbox-api.didww.com/v3).")
    var sandbox = false
    @Flag(help: "Use the DIDWW production API (https://api.didww.com/v3).")
    var production = false
    @Option(help: "Use another API base URL (plain http only to loopback).")
    var baseURL: String?
    @Option(help: "API version: 2026-04-16 (Api-Key header) or 2026-11-19 (bearer tokens, newer rules).")
    var apiVersion = "2026-04-16"
    @Option(help: "API 2026-11-19: the token service URL (default: the one of --sandbox/--production).")
    var tokenURL: String?
    @Option(help: "Theme name (from themes/) or path to a theme file.")
    var theme = "default"
    @Option(help: "Colour: auto (honours NO_COLOR), never, always.")
    var color: ColorChoice = .auto
    @Option(help: "Trunks per list request (1–1000).")
    var pageSize = 50
    @Option(help: "Seconds allowed for each request.")
    var timeout: Double = 15
    @Flag(help: "Refuse every change before it is sent.")
    var readOnly = false
    @Option(help: "Demo mode: number of trunks to seed.")
    var demoTrunks = 42
    @Option(help: "Demo mode: latency added to every answer, in milliseconds.")
    var demoLatencyMs = 0
    @Option(help: "Demo mode: append every request the fake API receives to this JSON-lines file.")
    var demoRequestLog: String?
    @Option(help: "Demo mode: the fake account's own (pinned) API version (default: --api-version).")
    var demoAccountVersion: String?
    @Option(help: "Demo mode: inject a fault, e.g. 'GET list=503*2', 'update=delay:20000', 'any=500@0.1' (repeatable).")
    var demoFault: [FaultRuleArgument] = []

    func validate() throws {
        if !(1...1000).contains(pageSize) { throw ValidationError("--page-size must be between 1 and 1000.") }
        try APIVersionOptions.validate(apiVersion: apiVersion, tokenURL: tokenURL)
    }

    /// The endpoint choice is checked here, not in `validate()`, which also runs for subcommands.
    func validateEndpointChoice() throws {
        let chosen = [demo, sandbox, production, baseURL != nil].filter { $0 }.count
        if chosen == 0 { throw ValidationError("Choose --demo, --sandbox, --production or --base-url URL.") }
        if chosen > 1 { throw ValidationError("Choose only one of --demo, --sandbox, --production, --base-url.") }
    }

    func run() throws {
        try validateEndpointChoice()
        let endpoint = try Endpoint.resolve(self)
        let theme = ThemeChoice.load(theme)
        let transport = CurlTransport()
        let client = DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: apiVersion,
                                 transport: transport, timeout: timeout, readOnly: readOnly,
                                 tokenService: APIVersionOptions.tokenService(tokenURL, baseURL: endpoint.baseURL, readOnly: readOnly))
        let paths = XDGPaths(environment: ProcessInfo.processInfo.environment)
        let drafts = DraftStore(directory: paths.draftsDirectory.appendingPathComponent(endpoint.label, isDirectory: true))
        let audit = AuditLog(file: paths.auditFile)
        let service = AuditingTrunkService(
            ClientTrunkService(client: client), log: audit,
            identity: AuditIdentity(environment: ProcessInfo.processInfo.environment, profile: endpoint.label))
        var state = AppState(environmentLabel: endpoint.label, apiVersion: apiVersion, pageSize: pageSize)
        state.readOnly = readOnly
        state.offerDrafts(drafts.load())
        if let problem = theme.problem { state.message = StatusMessage(problem, .warning) }
        let screen = try CursesScreen(theme: theme.theme, colorMode: color.mode)
        let runner = AppRunner(state: state, terminal: screen, service: service)
        runner.draftStore = drafts
        runner.auditLog = audit
        runner.shouldStop = { screen.pendingSignal != nil }
        runner.run()
        screen.stop()
        endpoint.stop()
    }
}

/// The `--color` choices.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, never, always

    var mode: ColorMode {
        switch self {
        case .auto: return .auto
        case .never: return .never
        case .always: return .always
        }
    }
}
