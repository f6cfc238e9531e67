import ClientTrunkService
import DidwwClient
import FakeDidww
import Foundation
import ScreenKit
import Synchronization
import Testing
import TrunkModel
@testable import TrunkUI

/// A change to many trunks whose program ends in the middle of sending (the loop stops right
/// after a PATCH reached the server, before its answer is handled), finished by the next run
/// through the real runner, curl client and fake: every trunk is PATCHed exactly once.
@Suite("An unfinished change to many trunks")
struct BulkJournalRunnerTests {
    static let apiKey = "journal-test-key"

    @Test("A run stopped after 3 PATCHes is finished by the next: each trunk PATCHed once, one group id in the audit")
    func aStoppedRunIsFinishedByTheNext() async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 6, seed: 7, apiKey: Self.apiKey))
        let base = try await server.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let paths = XDGPaths(configDirectory: home.appendingPathComponent("config"), stateDirectory: home.appendingPathComponent("state"))
        let directory = paths.bulkChangesDirectory.appendingPathComponent("test")
        let audit = AuditLog(file: paths.auditFile)
        do {
            // The first run: every trunk marked and blocked; the loop ends once 3 PATCHes were served.
            let first = BulkJournalStore(directory: directory)
            let stopping = JournalRun(base: base, audit: audit, store: first, state: AppState(environmentLabel: "test"), stopAfterPatches: 3)
            stopping.start()
            let listed = try await stopping.press([], until: { !$0.loading && $0.trunks.count == 6 })
            let changing = listed.trunks.filter { $0.status != .blocked }.map(\.id)
            #expect(changing.count >= 4, "enough trunks to stop in the middle")
            await stopping.pressUntilEnded([.char("*"), .char("b"), .char("b")] + "block".map { Key.char($0) } + [.char("y")])
            await stopping.stop()
            #expect(server.requests().filter { $0.method == "PATCH" }.count == 3)
            first.releaseLocks()

            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasSuffix(".lock") }
            #expect(files.count == 2, "the change and its steps: \(files)")
            for name in files {
                let mode = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.posixPermissions] as? Int
                #expect(mode == 0o600, "\(name) is readable by its owner only")
            }

            // The next run finds it: two settled, the third sent without its answer seen.
            let second = BulkJournalStore(directory: directory)
            let journals = second.load()
            let journal = try #require(journals.first)
            #expect(journals.count == 1)
            #expect(journal.outcomes.values.filter { $0 == .changed }.count == 2)
            #expect(journal.sentUnanswered.count == 1)
            #expect(BulkJournalStore(directory: directory).load().isEmpty, "a change held by a running program is offered to no other")

            var state = AppState(environmentLabel: "test")
            state.offerUnfinishedBulkChanges(journals)
            let finishing = JournalRun(base: base, audit: audit, store: second, state: state, stopAfterPatches: nil)
            finishing.start()
            _ = try await finishing.press([], until: { !$0.loading && $0.trunks.count == 6 })
            let done = try await finishing.press([.char("f")], until: { $0.bulkChange?.phase == .done })
            let sending = try #require(done.bulkChange?.sending)
            #expect(changing.allSatisfy { sending.outcomes[$0] == .changed }, "\(sending.outcomes)")
            let closed = try await finishing.press([.escape], until: { $0.bulkChange == nil })
            #expect(closed.marks.isEmpty)
            await finishing.stop()

            let patched = server.requests().filter { $0.method == "PATCH" }.map { String($0.path.split(separator: "/").last ?? "") }
            #expect(patched.sorted() == changing.sorted(), "each trunk PATCHed exactly once")
            #expect(closed.trunks.allSatisfy { $0.status == .blocked }, "every trunk blocked")
            // Here the first run's service outlives its loop and writes the in-flight PATCH's line
            // too; a program that ended would not have, and the next run's read writes one.
            let lines = audit.entries().filter { $0.method == "PATCH" }
            #expect(Set(lines.map(\.trunkID)) == Set(changing), "every trunk of the change is in the audit trail")
            #expect(Set(lines.map(\.batch)) == [journal.batch], "one group id across both runs")
            #expect(lines.allSatisfy { $0.summary.hasSuffix(" · batch \(journal.batch)") }, "trunks audit and :audit show it")
            let unanswered = try #require(journal.sentUnanswered.first)
            #expect(lines.contains { $0.trunkID == unanswered && $0.status == nil && $0.outcome == "ok"
                    && $0.settlement?.contains("finds the change applied") == true
                    && $0.changes.map { [$0.field, $0.old, $0.new] } == [["status", "Active", "Blocked"]] },
                    "the PATCH sent before the program ended is audited once the read finds it applied: \(lines)")
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).isEmpty,
                    "the files are removed once the results are closed")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}

extension BulkJournalRunnerTests {
    @Test("A journal the disk refuses is said at once, and the change goes on (the guard still sends no trunk twice)")
    func aJournalTheDiskRefusesIsSaid() async throws {
        let server = FakeDidwwServer(config: FakeDidwwConfig(trunkCount: 3, seed: 7, apiKey: Self.apiKey))
        let base = try await server.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let paths = XDGPaths(configDirectory: home.appendingPathComponent("config"), stateDirectory: home.appendingPathComponent("state"))
        // The folder's place is taken by a file.
        try FileManager.default.createDirectory(at: paths.stateDirectory, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: paths.bulkChangesDirectory)
        do {
            let run = JournalRun(base: base, audit: AuditLog(file: paths.auditFile),
                                 store: BulkJournalStore(directory: paths.bulkChangesDirectory.appendingPathComponent("test")),
                                 state: AppState(environmentLabel: "test"), stopAfterPatches: nil)
            run.start()
            _ = try await run.press([], until: { !$0.loading && $0.trunks.count == 3 })
            let done = try await run.press([.char("*"), .char("b"), .char("b")] + "block".map { Key.char($0) } + [.char("y")],
                                           until: { $0.bulkChange?.phase == .done })
            let problem = try #require(done.storageProblem)
            #expect(problem.hasPrefix("The progress of the change to many trunks is not kept on disk: cannot write"), "\(problem)")
            #expect(run.screen.contains("✗ NOT ON DISK"), "\(run.screen.prefix(300))")
            #expect(done.trunks.allSatisfy { $0.status == .blocked })
            await run.stop()
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}

/// The real runner on an in-memory terminal over a real curl client, on a thread of its own;
/// with `stopAfterPatches`, its loop ends as soon as that many PATCHes were answered by the
/// server, before the last answer reaches the reducer (as when the program is killed then).
final class JournalRun: Sendable {
    private struct Waiting {
        var isReady: @Sendable (AppState) -> Bool
        var latch: Latch<AppState>
    }

    /// The lock-guarded parts, in a class so that closures can hold them.
    private final class Shared: Sendable {
        let stopRequested = Atomic<Bool>(false)
        let waiting = Mutex<Waiting?>(nil)
    }

    let terminal = InMemoryTerminal(rows: 40, columns: 140)
    private let runner: AppRunner
    private let shared = Shared()
    private let ended = Latch<Void>()

    init(base: URL, audit: AuditLog, store: BulkJournalStore, state: AppState, stopAfterPatches: Int?) {
        let client = DidwwClient(baseURL: base, apiKey: BulkJournalRunnerTests.apiKey, transport: CurlTransport(), timeout: 30,
                                 retryPolicy: .never)
        let audited = AuditingTrunkService(SettlingTrunkService(ClientTrunkService(client: client)), log: audit,
                                           identity: AuditIdentity(environment: ["USER": "tester"], profile: "test"))
        let shared = self.shared, terminal = self.terminal, ended = self.ended
        let service: any TrunkService = stopAfterPatches.map { limit in
            PatchCountingService(audited, limit: limit) {
                shared.stopRequested.store(true, ordering: .releasing)
                terminal.wake()
                _ = await ended.value(within: .seconds(30))
            }
        } ?? audited
        runner = AppRunner(state: state, terminal: terminal, service: service)
        runner.bulkJournalStore = store
        runner.shouldStop = { shared.stopRequested.load(ordering: .acquiring) }
        runner.onIdle = { state in
            guard terminal.pendingKeys == 0 else { return }
            let ready = shared.waiting.withLock { pending -> Latch<AppState>? in
                guard let wait = pending, wait.isReady(state) else { return nil }
                pending = nil
                return wait.latch
            }
            ready?.deliver(state)
        }
    }

    func start() {
        let runner = self.runner, ended = self.ended
        let thread = Thread {
            runner.run()
            ended.deliver(())
        }
        thread.name = "bulk-journal-runner"
        thread.start()
    }

    /// Sends `keys` and returns once the loop has ended.
    func pressUntilEnded(_ keys: [Key]) async {
        terminal.enqueue(keys)
        _ = await ended.value(within: .seconds(60))
    }

    /// Sends `keys` and returns the state once the runner is idle and `isReady` holds.
    @discardableResult
    func press(_ keys: [Key], until isReady: @escaping @Sendable (AppState) -> Bool) async throws -> AppState {
        let latch = Latch<AppState>()
        shared.waiting.withLock { $0 = Waiting(isReady: isReady, latch: latch) }
        terminal.enqueue(keys)
        guard let state = await latch.value(within: .seconds(60)) else {
            throw HarnessError("not ready within 60 s; screen:\n\(terminal.lastFrame.plainText())")
        }
        return state
    }

    /// The last frame drawn, as text.
    var screen: String { terminal.lastFrame.plainText() }

    /// Ends the loop (if it has not ended) and awaits its thread's end.
    func stop() async {
        shared.stopRequested.store(true, ordering: .releasing)
        terminal.wake()
        _ = await ended.value(within: .seconds(30))
    }
}

/// Passes everything to `base`; once `limit` PATCHes were answered, calls `reached` before
/// handing the last answer back.
final class PatchCountingService: TrunkService {
    private let base: any TrunkService
    private let limit: Int
    private let count = Atomic<Int>(0)
    private let reached: @Sendable () async -> Void

    init(_ base: any TrunkService, limit: Int, reached: @escaping @Sendable () async -> Void) {
        self.base = base
        self.limit = limit
        self.reached = reached
    }

    func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        try await base.listPage(number: number, size: size, query: query)
    }
    func trunk(id: String) async throws -> Trunk { try await base.trunk(id: id) }
    func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk> {
        let receipt = try await base.update(id: id, body: body)
        if count.add(1, ordering: .relaxed).newValue == limit { await reached() }
        return receipt
    }
    func trunkDocument(id: String) async throws -> Data { try await base.trunkDocument(id: id) }
    func regenerateCredentials(id: String) async throws -> ChangeReceipt<String> { try await base.regenerateCredentials(id: id) }
    func create(body: Data) async throws -> ChangeReceipt<Trunk> { try await base.create(body: body) }
    func delete(id: String) async throws -> ChangeReceipt<String> { try await base.delete(id: id) }
    func accountDids() async throws -> [DidRef] { try await base.accountDids() }
    func accountDidList() async throws -> AccountDidList { try await base.accountDidList() }
    func enterReadOnly() { base.enterReadOnly() }
    func setAuditTicket(_ ticket: AuditTicket?) { base.setAuditTicket(ticket) }
    func setAuditBatch(_ batch: String?) { base.setAuditBatch(batch) }
}
