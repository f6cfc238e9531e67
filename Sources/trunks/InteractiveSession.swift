import CursesTerminal
import DidwwClient
import FoundationEssentials
import ScreenKit
import TrunkUI
import OwnThread

/// The interactive part of `trunks`: the curses screen and the runner's loop, from the screen's
/// start to its stop, on a thread of its own.
///
/// Threading: the loop blocks in the terminal's key wait, so it never runs on Swift's cooperative
/// pool. `run()` starts a thread that creates the screen, runs the loop and stops the screen
/// (the screen is used on that one thread only), and awaits its end through a continuation.
struct InteractiveSession: Sendable {
    /// The state the loop starts from.
    var state: AppState
    /// Where the runner's network work goes.
    var service: any TrunkService
    /// The service for another API version (`:version`).
    var serviceForVersion: @Sendable (String) throws -> any TrunkService
    /// The theme to start with.
    var theme: Theme
    /// `--color`.
    var colorMode: ColorMode
    /// `--mouse`.
    var mouse: Bool
    /// The folders `:theme` searches.
    var themeFolders: [URL]
    /// Where drafts are kept as they change.
    var drafts: DraftStore
    /// The audit trail `:audit` shows.
    var audit: AuditLog
    /// Where changes to many trunks are written down as they are sent.
    var bulkJournals: BulkJournalStore
    /// Reports from the client and the service, connected to the runner once it exists.
    var problems: ProblemRelay
    /// Demo mode: seeds the fake API's account once the screen shows.
    var demoSeeding: DemoSeeding?

    /// Runs the screen and the loop until the user quits or a signal ends them; returns that
    /// signal, if any. The terminal is restored before this returns, whatever ended the loop.
    func run() async throws -> TerminalSignal? {
        try await OwnThread.run("trunks.ui-loop") { try runOnThisThread() }
    }

    /// Creates the screen, runs the loop and stops the screen, all on the calling thread.
    private func runOnThisThread() throws -> TerminalSignal? {
        let screen = try CursesScreen(theme: theme, colorMode: colorMode)
        defer { screen.stop() }
        if mouse { screen.enableMouse() }
        let runner = AppRunner(state: state, terminal: screen, service: service)
        let themeFolders = self.themeFolders
        runner.themeLoader = { name in try ThemeLoader.load(name, folders: themeFolders) }
        runner.serviceForVersion = serviceForVersion
        runner.draftStore = drafts
        runner.auditLog = audit
        runner.bulkJournalStore = bulkJournals
        problems.connect(runner)
        demoSeeding?.start(runner)
        runner.shouldStop = { screen.pendingSignal != nil }
        runner.run()
        return screen.pendingSignal
    }
}
