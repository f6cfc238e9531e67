import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScreenKit
import TrunkModel
import OwnThread

/// Runs the application: reads keys, feeds events to the reducer, performs effects off the loop
/// thread, and draws each frame.
///
/// Threading: `run()` owns the loop thread; the state, the hooks and the draft store are touched
/// on it only, and the hooks are set before `run()` starts. Other threads reach the loop through
/// `inbox` only; the network work started here holds the inbox and the service, never the runner.
/// `@unchecked Sendable` because that confinement of `state` and the hooks to the loop thread is
/// invisible to the compiler: the runner is Sendable only to be handed to the thread that runs it.
/// Not an actor: the loop blocks in the terminal's `poll` between keys, which must not happen on
/// Swift's cooperative pool; not a `Mutex` around the state: nothing else ever touches it, so a
/// lock would be taken on every key to guard against no one.
public final class AppRunner: @unchecked Sendable {
    private var state: AppState
    private let terminal: TerminalDriver
    /// Where requests go; replaced when `:version` switches the API version.
    private var service: any TrunkService
    /// Where other threads post events for the loop; it wakes the terminal after each post.
    public let inbox: EventInbox
    /// The most keys already waiting that one loop turn handles before drawing.
    static let typeaheadLimit = 64
    /// Asked once per loop turn; returning true ends the loop (signals, tests).
    public var shouldStop: () -> Bool = { false }
    /// Where drafts are kept as they change; nil keeps none (tests).
    public var draftStore: DraftStore?
    /// The audit trail `:audit` shows; nil shows none.
    public var auditLog: AuditLog?
    /// Where changes to many trunks are written down as they are sent; nil keeps none (tests).
    public var bulkJournalStore: BulkJournalStore?
    /// The last problem writing one down (loop thread only), so that it is said once.
    var lastJournalProblem: String?
    /// The last draft-writing problem shown (loop thread only), so that it is said once.
    var lastDraftProblem: String?
    /// Called on the loop thread whenever the runner is idle: nothing queued, nothing in flight.
    public var onIdle: ((AppState) -> Void)?
    /// Loads a theme by name or path for `:theme` (the program searches its theme folders).
    public var themeLoader: (String) throws -> Theme = { name in
        throw ThemeError([ThemeDiagnostic(file: name, line: 0, "no theme folders are known to this runner")])
    }
    /// Makes the service for another API version, for `:version` (the program builds a new client
    /// with the same endpoint, key and transport); nil: this runner cannot switch.
    public var serviceForVersion: ((String) throws -> any TrunkService)?
    /// The environment OSC 52 copies are wrapped for (tmux, screen); with `TMUX` set, copies also
    /// go to tmux's paste buffer.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Loads copied text into tmux's paste buffer (`tmux load-buffer`); run on a thread of its
    /// own, never on the loop.
    public var tmuxBufferLoader: @Sendable (String) throws -> Void = { try TmuxBuffer.load($0) }

    /// A runner over `terminal` and `service`, starting from `state`.
    public init(state: AppState, terminal: TerminalDriver, service: any TrunkService) {
        self.state = state
        self.terminal = terminal
        self.service = service
        inbox = EventInbox(waking: terminal)
    }

    /// The state as of the last loop turn (tests read it on the loop thread, via `onIdle`).
    public var currentState: AppState { state }

    /// Runs until the user quits or `shouldStop` says so. Returns the final state.
    @discardableResult
    public func run() -> AppState {
        reportSizeIfChanged()
        perform(state.start())
        draw()
        while !state.quitting && !shouldStop() {
            let key = terminal.nextKey(timeoutMilliseconds: 1000)
            var events = inbox.drain()
            if let key { events.append(.key(key)) }
            if events.isEmpty { events = [.tick(Date())] }
            handleAll(events)
            // Typeahead (a paste, keys queued on a slow link): keys already waiting are handled
            // before drawing, each after the answers queued before it, so a burst of keys costs
            // one frame instead of one per key.
            var handled = 1
            while key != nil, key != .resize, handled < Self.typeaheadLimit, !state.quitting,
                  let more = terminal.nextKey(timeoutMilliseconds: 0) {
                handleAll(inbox.drain() + [.key(more)])
                handled += 1
                if more == .resize { break }
            }
            if state.quitting { break }
            reportSizeIfChanged()
            draw()
            if inbox.isIdle { onIdle?(state) }
        }
        return state
    }

    private func handleAll(_ events: [AppEvent]) {
        let wasLoading = state.loading
        defer { if wasLoading && !state.loading { MemoryTrim.afterListLoad() } }
        for event in events {
            if case .tick = event {} else { state.now = Date() }
            perform(state.handle(event))
            if state.quitting { break }
        }
    }

    private var reportedSize: (rows: Int, columns: Int)?

    /// Tells the reducer the terminal size when it differs from the last one it was told.
    private func reportSizeIfChanged() {
        let size = terminal.size
        if let reportedSize, reportedSize == (size.rows, size.columns) { return }
        reportedSize = (size.rows, size.columns)
        perform(state.handle(.resized(rows: size.rows, columns: size.columns)))
    }

    private func draw() {
        let size = terminal.size
        terminal.draw(Screen.render(state, rows: size.rows, columns: size.columns))
    }

    /// Hands the reducer the answer to an effect performed at once on the loop thread, before
    /// any key typed after it (typeahead is handled in batches).
    func answer(_ event: AppEvent) {
        perform(state.handle(event))
    }

    /// Hands the reducer `event` on the loop thread at its next turn; callable from any thread.
    public func notify(_ event: AppEvent) {
        inbox.post(event)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .redraw: terminal.invalidate()
            case .suspend: terminal.suspend()
            case .enterReadOnly: service.enterReadOnly()
            case .setAuditTicket(let ticket): service.setAuditTicket(ticket)
            case .setAuditBatch(let batch): service.setAuditBatch(batch)
            case .auditAppliedWithoutAnswer(let id, let body, let before):
                service.auditAppliedWithoutAnswer(id: id, body: body, before: before)
            case .quit: break
            case .copyToClipboard(let text):
                terminal.writeControlSequence(OSC52.sequence(for: text, environment: environment))
                if !(environment["TMUX"] ?? "").isEmpty { loadTmuxBuffer(text) }
            case .setTheme(let name):
                do {
                    let theme = try themeLoader(name)
                    terminal.applyTheme(theme)
                    answer(.themeApplied(theme.name, problem: nil))
                } catch let error as ThemeError {
                    let first = error.diagnostics.first
                    answer(.themeApplied(name, problem: first.map { $0.line == 0 ? $0.message : $0.description } ?? "\(error)"))
                } catch {
                    answer(.themeApplied(name, problem: "\(error)"))
                }
            case .switchAPIVersion(let version):
                guard let serviceForVersion else {
                    answer(.apiVersionSwitched(version, problem: "this runner cannot switch API versions"))
                    break
                }
                do {
                    service = try serviceForVersion(version)
                    service.setAuditTicket(state.auditTicket)
                    service.setAuditBatch(state.bulkChange?.batch)
                    answer(.apiVersionSwitched(version, problem: nil))
                } catch {
                    answer(.apiVersionSwitched(version, problem: "\(error)"))
                }
            case .request(let id, let call):
                start { service in .answered(id, await service.answer(call)) }
            case .wake(let delay):
                start { _ in
                    try? await Task.sleep(for: delay)
                    return .tick(Date())
                }
            default:
                performStorage(effect)
            }
        }
    }

    /// Puts `text` in tmux's paste buffer as well, off the loop; the answer says whether it is there.
    private func loadTmuxBuffer(_ text: String) {
        let loader = tmuxBufferLoader
        startOnOwnThread("trunks.tmux-buffer") {
            do {
                try loader(text)
                return .tmuxBufferLoaded(problem: nil)
            } catch {
                return .tmuxBufferLoaded(problem: "tmux load-buffer: \(error)")
            }
        }
    }

    /// Runs blocking `work` (a child process) on a thread of its own, never on the loop nor on
    /// Swift's cooperative pool; its answer reaches the reducer through the inbox.
    func startOnOwnThread(_ name: String, _ work: @escaping @Sendable () -> AppEvent) {
        inbox.workStarted()
        let inbox = self.inbox
        OwnThread.start(name) { inbox.finish(with: work()) }
    }

    /// Runs `work` off the loop thread; its answer reaches the reducer through the inbox.
    func start(_ work: @escaping @Sendable (any TrunkService) async -> AppEvent) {
        inbox.workStarted()
        let inbox = self.inbox, service = self.service
        Task.detached {
            inbox.finish(with: await work(service))
        }
    }
}
