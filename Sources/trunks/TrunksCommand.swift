import ArgumentParser
import ClientTrunkService
import CursesTerminal
import DidwwClient
import FoundationEssentials
import ScreenKit
import TrunkModel
import TrunkUI

/// `trunks`: browse and edit DIDWW outbound SIP trunks in the terminal.
@main
struct TrunksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trunks",
        abstract: "Browse and edit DIDWW outbound SIP trunks (API v3 voice_out_trunks).",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) [options]
          trunks theme check [FILE…]  ·  trunks theme list  ·  trunks info  ·  trunks audit
          trunks check --from-ip IP --number N [--trunk NAME|ID] …  (would this call pass, and why?)
          trunks list [--filter …] [--output …]  ·  trunks show NAME|ID  (for runbooks and scripts)
          trunks set NAME|ID field=value…  ·  trunks prefixes NAME|ID add|remove|replace P…  ·  trunks block|unblock NAME|ID
        """,
        discussion: """
        Try it without an account:  trunks --demo
        With an account, put the API key in the environment (never on the command line):
          DIDWW_API_KEY=… trunks --sandbox      (or --production, or --base-url URL)
        Or use a profile of ~/.config/trunks/config.yaml:  trunks --profile NAME
        (trunks info shows the paths and settings in use).
        Keys: ? shows every key inside the program.
        """,
        version: VersionText.text,
        subcommands: [ThemeCommand.self, InfoCommand.self, AuditCommand.self, CheckCommand.self,
                      ListCommand.self, ShowCommand.self, SetCommand.self, PrefixesCommand.self, BlockCommand.self, UnblockCommand.self])

    /// `--demo`, `--sandbox`, `--production`, `--base-url`, `--api-version`, `--token-url`,
    /// `--page-size`, `--timeout`, `--read-only`: shared with `trunks check` (see `ConnectionOptions`).
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice
    @Option(help: ArgumentHelp("Theme name or path to a theme file (env TRUNKS_THEME, profile or config theme; default: default).",
                               valueName: "name|path"),
            completion: .custom { _, _, _ in ThemeLoader.availableNames(folders: ThemeSearchPath.forCurrentProcess()) })
    var theme: String?
    @Option(help: "Colour: auto (honours NO_COLOR), never, always.")
    var color: ColorChoice = .auto
    @Option(help: "Detail preview beside or below the list: auto (only where the list keeps its room), on, off (env TRUNKS_PREVIEW, config preview; v toggles).")
    var preview: PreviewMode?
    @Flag(help: "Enable the mouse: a click selects a trunk, a double click opens it, a click on a header sorts, the wheel scrolls (off by default, so the terminal's own text selection keeps working).")
    var mouse = false
    @Option(help: ArgumentHelp("Write a debug log of every request (method, path, status, latency; secrets redacted) to this file.",
                               valueName: "path"), completion: .file())
    var logFile: String?
    @Option(help: "Log detail when logging: error, info or debug (giving it alone logs to the state dir's trunks.log).")
    var logLevel: LogLevel?
    /// `--ticket` and `--reason`: every change of the session is audited with them (`:ticket`
    /// changes them).
    @OptionGroup var ticketOption: TicketOption
    @OptionGroup var reasonOption: ReasonOption
    @Option(help: "Demo mode: number of trunks to seed.")
    var demoTrunks = 42
    @Option(help: "Demo mode: latency added to every answer, in milliseconds.")
    var demoLatencyMs = 0
    @Option(help: "Demo mode: append every request the fake API receives to this JSON-lines file.")
    var demoRequestLog: String?
    @Option(help: "Demo mode: the fake account's own (pinned) API version (default: --api-version).")
    var demoAccountVersion: String?
    @Flag(help: "Demo mode, API 2026-11-19: the fake account lacks the Outbound API (every trunk call gets 403).")
    var demoNoOutboundApi = false
    @Option(help: "Demo mode: inject a fault, e.g. 'GET list=503*2', 'update=delay:20000', 'any=500@0.1' (repeatable).")
    var demoFault: [FaultRuleArgument] = []

    /// The endpoint choice is checked here, not in `validate()`, which also runs for subcommands.
    func validateEndpointChoice() throws {
        try connection.validateEndpointChoice()
        if reasonOption.reason != nil, ticketOption.ticket == nil { throw ValidationError("--reason goes with --ticket.") }
    }

    /// The ticket `--ticket` and `--reason` give, if any.
    var auditTicket: AuditTicket? { ticketOption.ticket.map { AuditTicket($0, reason: reasonOption.reason) } }

    var demo: Bool { connection.demo }
    var sandbox: Bool { connection.sandbox }
    var production: Bool { connection.production }
    var baseURL: String? { connection.baseURL }
    var apiVersion: String? { connection.apiVersion }
    var tokenURL: String? { connection.tokenURL }
    var pageSize: Int? { connection.pageSize }
    var timeout: Double { connection.timeout }
    var readOnly: Bool { connection.readOnly }

    func run() async throws {
        try validateEndpointChoice()
        CrashBacktrace.makeNonInteractive()
        MemoryTrim.limitArenas()
        let startup = try Startup.prepare(commandLineSettings)
        let settings = startup.settings
        try APIVersionOptions.validate(apiVersion: settings.apiVersion, tokenURL: tokenURL)
        let endpoint = try await Endpoint.resolve(self, settings: settings)
        let theme = ThemeChoice.load(settings.theme, folders: startup.themeFolders)
        let colour = ColorDecision.decide(flag: color.mode, settings: settings, environment: ProcessInfo.processInfo.environment)
        let log = try openLog(startup, secrets: [endpoint.apiKey])
        // One kept-alive connection per list page in flight, and one more so that opening a trunk
        // while the list loads does not wait behind the pages.
        let transport = CurlTransport(maximumConcurrentTransfers: ListLoad.maximumInFlight + 1)
        let requestLogger: (@Sendable (String) -> Void)?
        if let log { requestLogger = { line in log.recordClientLine(line) } } else { requestLogger = nil }
        let problems = ProblemRelay()
        let paths = startup.paths
        let drafts = DraftStore(directory: paths.draftsDirectory.appendingPathComponent(endpoint.label, isDirectory: true))
        let audit = AuditLog(file: paths.auditFile)
        let bulkJournals = BulkJournalStore(directory: paths.bulkChangesDirectory.appendingPathComponent(endpoint.label, isDirectory: true))
        let (timeout, tokenURL, startTicket) = (self.timeout, self.tokenURL, auditTicket)
        // The same endpoint, key, transport, log and audit trail under any API version (`:version`).
        let makeService: @Sendable (String) -> any TrunkService = { apiVersion in
            let client = DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: apiVersion,
                                     transport: transport, timeout: timeout, readOnly: settings.readOnly,
                                     requestLogger: requestLogger,
                                     tokenService: APIVersionOptions.tokenService(tokenURL, baseURL: endpoint.baseURL, readOnly: settings.readOnly),
                                     retryObserver: { notice in problems.retrying(notice.detail, seconds: notice.delay) },
                                     tryObserver: problems.relay)
            return AuditingTrunkService(
                SettlingTrunkService(ClientTrunkService(client: client)), log: audit,
                identity: AuditIdentity(environment: ProcessInfo.processInfo.environment, profile: settings.profile?.name ?? endpoint.label),
                context: AuditContext(ticket: startTicket?.ticket, reason: startTicket?.reason),
                onAuditFailure: problems.report)
        }
        let service = makeService(settings.apiVersion)
        let serviceForVersion: @Sendable (String) throws -> any TrunkService = { apiVersion in
            try APIVersionOptions.checkTokenService(apiVersion: apiVersion, tokenURL: tokenURL, baseURL: endpoint.baseURL)
            return makeService(apiVersion)
        }
        var state = AppState(environmentLabel: endpoint.label, apiVersion: settings.apiVersion, pageSize: settings.pageSize)
        state.readOnly = settings.readOnly
        state.auditTicket = startTicket
        state.ticketRequired = settings.ticketRequired
        state.preview = settings.preview
        state.offerDrafts(drafts.load())
        state.offerUnfinishedBulkChanges(bulkJournals.load())
        state.keymap = startup.keymap
        state.profileName = settings.profile?.name
        state.isProduction = settings.endpoint == .production
        state.themeName = theme.theme.name
        if endpoint.demoSeeding != nil { state.demoPreparation = DemoSeeding.preparation(trunks: demoTrunks) }
        state.commandRegistry.register(.theme(names: ThemeLoader.availableNames(folders: startup.themeFolders)))
        if let problem = theme.problem { state.message = StatusMessage(problem, .warning) }
        else if let problem = startup.keyProblems.first {
            let more = startup.keyProblems.count > 1 ? " (+\(startup.keyProblems.count - 1) more: trunks info)" : ""
            state.message = StatusMessage("Key binding not applied: \(problem)\(more)", .warning)
        } else if let note = colour.startNote {
            state.message = StatusMessage(note)
        }
        let session = InteractiveSession(state: state, service: service, serviceForVersion: serviceForVersion,
                                         theme: theme.theme, colorMode: colour.mode,
                                         mouse: mouse, themeFolders: startup.themeFolders, drafts: drafts,
                                         audit: audit, bulkJournals: bulkJournals, problems: problems, demoSeeding: endpoint.demoSeeding)
        let signal: TerminalSignal?
        do { signal = try await session.run() } catch {
            await endpoint.stop()
            throw error
        }
        await endpoint.stop()
        // Drafts are on disk as they change and the terminal is restored: now say how it ended.
        if let signal { throw ExitCode(signal.exitStatus) }
    }

    /// The debug log, when `--log-file` or `--log-level` asks for one.
    private func openLog(_ startup: Startup, secrets: [String]) throws -> DebugLog? {
        guard logFile != nil || logLevel != nil else { return nil }
        let url = logFile.map { URL(fileURLWithPath: $0) } ?? startup.paths.logFile
        do { return try DebugLog(url: url, level: logLevel ?? .info, secrets: secrets) } catch {
            throw ValidationError(TerminalSafeText.line("Cannot open the log file \(url.path): \(error)"))
        }
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
