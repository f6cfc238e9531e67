import BenchSupport
import DidwwClient
import FakeDidww
import Foundation
import Synchronization
import OwnThread

/// The rows measured on the real `trunks` binary in a pseudo-terminal this process owns, pointed
/// at the fake with `--base-url`: first screen, loading everything (against `curl`), resident
/// memory, and the bytes one cursor move sends to the terminal.
struct TerminalBenchmarks: Sendable {
    let fixture: BenchFixture
    let binary: String
    let trunkCount: Int
    /// Where the program's cursor is after the first `cursorOffset` bytes of its output.
    private let cursorTracker = CursorTracker()
    /// More arguments for trunks, e.g. `--page-size 250`.
    var extraArguments: [String] = []
    /// Print the bytes of the last cursor move at each size on standard error (escaped).
    var dumpMoves = false

    /// Measures on a thread of its own (`OwnThread`): the waits block, and the fake serves on the pool.
    func run() async throws -> [BenchRow] {
        try await OwnThread.run("trunks-bench.measure") { try self.measure() }
    }

    private func measure() throws -> [BenchRow] {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no trunks binary at \(binary); build it with scripts/bench (swift build -c release --static-swift-stdlib --product trunks)")
        }
        let home = NSTemporaryDirectory() + "trunks-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = [
            "DIDWW_API_KEY": BenchFixture.apiKey, "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
            "XDG_DATA_HOME": home + "/data", "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin",
        ]
        // For comparing allocator settings: MALLOC_ARENA_MAX=8 scripts/bench (trunks caps it at 2).
        if let arenas = ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] { environment["MALLOC_ARENA_MAX"] = arenas }
        // A server that has answered before: the fake's first answer pays for its code's first
        // use (type metadata, encoder caches), which the round trip measured after the load
        // does not, so the first screen would be judged against a warm server's round trip.
        _ = try OwnThread.wait { try await self.medianRoundTrip(query: "page%5Bnumber%5D=1&page%5Bsize%5D=50") }
        fixture.server.clearRequestLog()
        let benchCPUAtStart = ProcessStatus.cpuSeconds() ?? 0
        let started = ContinuousClock.now
        let program = try PtyProcess(executable: binary, arguments: ["--base-url", fixture.baseURL.absoluteString] + extraArguments,
                                     environment: environment, rows: 40, columns: 120)
        defer { program.terminate() }
        var rows: [BenchRow] = []

        guard let shown = program.waitFor("Berlin Office", timeout: 30) else {
            throw BenchError("the first screen never showed the first trunk")
        }
        Progress.say("first screen shown; waiting for every page")
        let firstScreen = Stopwatch.milliseconds(started.duration(to: shown))

        let deadline = ContinuousClock.now + .seconds(120)
        while !PageCoverage(queries: listRequests().map(\.query)).covers(trunkCount) && ContinuousClock.now < deadline { usleep(5_000) }
        // Every page asked for has been answered; only then is a quiet screen a loaded one (while
        // the fake was still serving big pages, trunks could be quiet for 300 ms mid-load).
        while fixture.server.answeredRequestCount() < fixture.server.requests().count && ContinuousClock.now < deadline { usleep(2_000) }
        program.waitForQuiet(300, timeout: 30)
        let loadAll = Stopwatch.milliseconds(started.duration(to: program.lastWriteTime))
        // Who used the two cores while loading: trunks itself, and this process (mostly the fake
        // serving the pages; the bench only polls).
        let trunksCPU = ProcessStatus.cpuSeconds(pid: String(program.pid)) ?? 0
        let fakeCPU = (ProcessStatus.cpuSeconds() ?? 0) - benchCPUAtStart
        let requests = listRequests()
        // The reference round trip is measured once trunks is done, so that its requests are
        // neither among the ones curl repeats nor competing with trunks' own.
        let firstQuery = requests.first?.query ?? ""
        let roundTrip = try OwnThread.wait { try await self.medianRoundTrip(query: firstQuery) }
        rows.append(BenchRow(what: "first screen after start, \(fixture.latencyMilliseconds) ms latency",
                             figure: BenchTable.milliseconds(firstScreen),
                             budget: "< round trip + 100 ms = \(BenchTable.milliseconds(roundTrip + 100))",
                             passed: firstScreen < roundTrip + 100,
                             note: "process start to first row on the pty; round trip \(BenchTable.milliseconds(roundTrip))"))
        let curl = try CurlBaseline.sequentialMilliseconds(baseURL: fixture.baseURL, queries: requests.map(\.query),
                                                           apiKey: BenchFixture.apiKey)
        let ratio = loadAll / curl
        // Past a few thousand trunks the API's 20 requests a second, not the round trips, set the
        // pace: then the budget is 15 % above the time that limit allows at all.
        let floor = Self.rateFloor(requests: requests.count, roundTrip: roundTrip)
        let limitBound = floor * 1.15 > curl * 0.5
        rows.append(BenchRow(what: "load all \(trunkCount) trunks, \(fixture.latencyMilliseconds) ms latency",
                             figure: BenchTable.milliseconds(loadAll),
                             budget: limitBound ? "≤ 1.15 × the 20 req/s floor = \(BenchTable.milliseconds(floor * 1.15))" : "≤ 0.5 × curl",
                             passed: loadAll <= max(curl * 0.5, floor * 1.15),
                             note: String(format: "%.2f × curl (%@ for the same %d requests in a row)",
                                          ratio, BenchTable.milliseconds(curl), requests.count)
                                + Self.rateFloorNote(requests: requests.count, roundTrip: roundTrip)
                                + " · " + PageCoverage(queries: requests.map(\.query)).describe
                                + String(format: " · CPU while loading: trunks %.1f s, fake %.1f s", trunksCPU, fakeCPU)))

        Progress.say("loaded; measuring memory and cursor-move bytes")
        let resident = ProcessStatus.residentKilobytes(pid: String(program.pid)) ?? 0
        let budget = Self.memoryBudgetMegabytes(trunks: trunkCount)
        rows.append(BenchRow(what: "resident memory after loading \(trunkCount) trunks",
                             figure: String(format: "%.1f MB", Double(resident) / 1024), budget: "< \(budget) MB",
                             passed: resident > 0 ? resident < budget * 1024 : nil,
                             note: "VmRSS of the trunks process; budget 50 MB + 1 MB per 1,000 trunks"))

        // At 120×40 trunks shows the list alone (`preview: auto` puts the detail beside the list
        // from 160 columns, below it from 50 rows; `v` shows it anyway).
        let alone = cursorMoveBytes(program, label: "120×40", rows: 40) { _, _ in true }
        rows.append(BenchRow(what: "bytes to the terminal for one cursor move, 120×40", figure: "\(Int(alone.total.median)) B",
                             budget: "< 500 B", passed: alone.total.median < 500,
                             note: "real binary, median of 9 `j` (min \(Int(alone.total.minimum)), max \(Int(alone.total.maximum))); "
                                + "the list alone, as trunks shows it at this size; header/status \(Int(alone.bars.median)) B"))
        // With the preview beside the list, a move also draws the newly selected trunk's detail:
        // the same process resized to 200×60; the note splits the bytes by pane (`Viewport`: the
        // list takes 11/20 of the width).
        program.resize(rows: 60, columns: 200)
        program.waitForOutput(after: program.byteCount, timeout: 5)
        let listWidth = 200 * 11 / 20
        let split = cursorMoveBytes(program, label: "200×60", rows: 60) { _, column in column < listWidth }
        rows.append(BenchRow(what: "bytes for one cursor move, 200×60, detail preview beside", figure: "\(Int(split.total.median)) B",
                             budget: "— (no budget)", passed: nil,
                             note: "same process resized; min \(Int(split.total.minimum)), max \(Int(split.total.maximum)); "
                                + "list \(Int(split.list.median)) B, detail \(Int(split.detail.median)) B, "
                                + "header/status \(Int(split.bars.median)) B (medians)"))
        program.send("q")
        return rows
    }

    /// The resident-memory budget for `trunks` loaded: 60 MB at 10,000, 150 MB at 100,000.
    static func memoryBudgetMegabytes(trunks: Int) -> Int {
        50 + trunks / 1000
    }

    /// When the API's 20 requests per second (which `DidwwClient` keeps to) make loading slower
    /// than half of curl's sequential time, the soonest the last answer could come: the last
    /// request may start (requests − 1) / 20 s after the first, and takes one round trip.
    private static func rateFloorNote(requests: Int, roundTrip: Double) -> String {
        guard requests > 20 else { return "" }
        return " · the API's 20 requests/s allow no sooner than \(BenchTable.milliseconds(rateFloor(requests: requests, roundTrip: roundTrip)))"
    }

    /// The soonest `requests` list requests can all be answered under the API's 20 starts a second.
    static func rateFloor(requests: Int, roundTrip: Double) -> Double {
        Double(max(0, requests - 1) / 20) * 1000 + roundTrip
    }

    /// The cursor followed through all of the program's output (a class: the benchmark is a value).
    final class CursorTracker: Sendable {
        private let state = Mutex((counter: TerminalRegionCounter(), offset: 0))

        /// Follows the cursor through the output since the last call up to `before`, then counts
        /// `bytes` (written from `before` on) by region.
        func count(upTo before: Int, of program: PtyProcess, then bytes: [UInt8],
                   region: (_ row: Int, _ column: Int) -> String) -> [String: Int] {
            state.withLock { state in
                _ = state.counter.count(program.bytes(from: state.offset, to: before), region: region)
                state.offset = before + bytes.count
                return state.counter.count(bytes, region: region)
            }
        }
    }

    /// Bytes of one cursor move: in all, and split into the list pane, the detail pane and the
    /// header and status rows (by where the cursor is, `TerminalRegionCounter`).
    struct MoveBytes {
        var total: SampleSummary
        var list: SampleSummary
        var detail: SampleSummary
        var bars: SampleSummary
    }

    /// Bytes the program writes for each of nine `j` presses, each once the screen is idle.
    private func cursorMoveBytes(_ program: PtyProcess, label: String, rows: Int,
                                 inList: @escaping (_ row: Int, _ column: Int) -> Bool) -> MoveBytes {
        func region(_ row: Int, _ column: Int) -> String {
            row <= 0 || row >= rows - 1 ? "bars" : (inList(row, column) ? "list" : "detail")
        }
        var counts: [Double] = [], list: [Double] = [], detail: [Double] = [], bars: [Double] = []
        for turn in 0..<9 {
            program.waitForQuiet(250, timeout: 10)
            let before = program.byteCount
            program.send("j")
            program.waitForOutput(after: before, timeout: 5)
            program.waitForQuiet(150, timeout: 10)
            let bytes = program.bytes(from: before)
            counts.append(Double(bytes.count))
            let regions = cursorTracker.count(upTo: before, of: program, then: bytes, region: region)
            list.append(Double(regions["list", default: 0]))
            detail.append(Double(regions["detail", default: 0]))
            bars.append(Double(regions["bars", default: 0]))
            if dumpMoves && turn >= 7 {
                Progress.say("bytes of `j` #\(turn + 1) at \(label) (\(bytes.count) B: \(regions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))):\n"
                             + Self.escaped(bytes))
            }
        }
        return MoveBytes(total: SampleSummary(counts)!, list: SampleSummary(list)!, detail: SampleSummary(detail)!,
                         bars: SampleSummary(bars)!)
    }

    /// Terminal output made readable: ESC as `\e`, other controls as `\xNN`, a line break after
    /// each cursor motion (`ESC [ … H`).
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                var end = index + 1
                if end < bytes.count && bytes[end] == UInt8(ascii: "[") {
                    end += 1
                    while end < bytes.count && !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                }
                let sequence = String(decoding: bytes[(index + 1)...min(end, bytes.count - 1)], as: UTF8.self)
                if sequence.hasSuffix("H") { text += "\n" }
                text += "\\e" + sequence
                index = end + 1
                continue
            }
            if byte < 0x20 || byte == 0x7F { text += String(format: "\\x%02x", byte) } else { text += String(decoding: [byte], as: UTF8.self) }
            index += 1
        }
        return text
    }

    private func listRequests() -> [LoggedRequest] {
        fixture.server.requests().filter { $0.method == "GET" && $0.path.hasSuffix("/voice_out_trunks") }
    }

    /// The median time of the program's first list request sent again through the curl transport.
    private func medianRoundTrip(query: String) async throws -> Double {
        let transport = CurlTransport()
        var components = URLComponents(url: fixture.baseURL.appendingPathComponent("voice_out_trunks"), resolvingAgainstBaseURL: false)!
        components.percentEncodedQuery = query
        let request = HTTPRequest(method: .get, url: components.url!, headers: [
            (name: "Api-Key", value: BenchFixture.apiKey), (name: "Accept", value: DidwwClient.mediaType),
            (name: "Content-Type", value: DidwwClient.mediaType)])
        var times: [Double] = []
        for _ in 0..<5 {
            let started = ContinuousClock.now
            let response = try await transport.send(request)
            guard response.isSuccess else { throw BenchError("round-trip request failed: \(response.status)") }
            times.append(Stopwatch.milliseconds(started.duration(to: .now)))
        }
        return SampleSummary(times)!.median
    }
}
