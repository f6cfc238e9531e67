import BenchSupport
import DidwwClient
import FakeDidww
import Foundation

/// The rows measured on the real `trunks` binary in a pseudo-terminal this process owns, pointed
/// at the fake with `--base-url`: first screen, loading everything (against `curl`), resident
/// memory, and the bytes one cursor move sends to the terminal.
struct TerminalBenchmarks {
    let fixture: BenchFixture
    let binary: String
    let trunkCount: Int
    /// More arguments for trunks, e.g. `--page-size 250`.
    var extraArguments: [String] = []

    func run() async throws -> [BenchRow] {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no trunks binary at \(binary); build it with swift build -c release --product trunks")
        }
        let home = NSTemporaryDirectory() + "trunks-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = [
            "DIDWW_API_KEY": BenchFixture.apiKey, "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
            "XDG_DATA_HOME": home + "/data", "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin",
        ]
        fixture.server.clearRequestLog()
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
        let firstQuery = listRequests().first?.query ?? ""
        let roundTrip = try await medianRoundTrip(query: firstQuery)
        rows.append(BenchRow(what: "first screen after start, \(fixture.latencyMilliseconds) ms latency",
                             figure: BenchTable.milliseconds(firstScreen),
                             budget: "< round trip + 100 ms = \(BenchTable.milliseconds(roundTrip + 100))",
                             passed: firstScreen < roundTrip + 100,
                             note: "process start to first row on the pty; round trip \(BenchTable.milliseconds(roundTrip))"))

        let deadline = ContinuousClock.now + .seconds(120)
        while !PageCoverage(queries: listRequests().map(\.query)).covers(trunkCount) && ContinuousClock.now < deadline { usleep(5_000) }
        program.waitForQuiet(300, timeout: 30)
        let loadAll = Stopwatch.milliseconds(started.duration(to: program.lastWriteTime))
        let requests = listRequests()
        let curl = try CurlBaseline.sequentialMilliseconds(baseURL: fixture.baseURL, queries: requests.map(\.query),
                                                           apiKey: BenchFixture.apiKey)
        let ratio = loadAll / curl
        rows.append(BenchRow(what: "load all \(trunkCount) trunks, \(fixture.latencyMilliseconds) ms latency",
                             figure: BenchTable.milliseconds(loadAll), budget: "≤ 0.5 × curl",
                             passed: ratio <= 0.5,
                             note: String(format: "%.2f × curl (%@ for the same %d requests in a row)",
                                          ratio, BenchTable.milliseconds(curl), requests.count)
                                + " · " + PageCoverage(queries: requests.map(\.query)).describe))

        Progress.say("loaded; measuring memory and cursor-move bytes")
        let resident = ProcessStatus.residentKilobytes(pid: String(program.pid)) ?? 0
        rows.append(BenchRow(what: "resident memory after loading \(trunkCount) trunks",
                             figure: String(format: "%.1f MB", Double(resident) / 1024), budget: "< 60 MB",
                             passed: resident > 0 ? resident < 60 * 1024 : nil, note: "VmRSS of the trunks process"))

        let split = cursorMoveBytes(program)
        rows.append(BenchRow(what: "bytes to the terminal for one cursor move, 120×40", figure: "\(Int(split.median)) B",
                             budget: "< 500 B", passed: split.median < 500,
                             note: "real binary, median of 9 `j` (min \(Int(split.minimum)), max \(Int(split.maximum))); list and detail side by side"))
        program.resize(rows: 40, columns: 100)
        program.waitForOutput(after: program.byteCount, timeout: 5)
        let single = cursorMoveBytes(program)
        rows.append(BenchRow(what: "bytes for one cursor move, 100×40 (list alone)", figure: "\(Int(single.median)) B",
                             budget: "< 500 B", passed: single.median < 500,
                             note: "same process resized; min \(Int(single.minimum)), max \(Int(single.maximum))"))
        program.send("q")
        return rows
    }

    /// Bytes the program writes for each of nine `j` presses, each once the screen is idle.
    private func cursorMoveBytes(_ program: PtyProcess) -> SampleSummary {
        var counts: [Double] = []
        for _ in 0..<9 {
            program.waitForQuiet(250, timeout: 10)
            let before = program.byteCount
            program.send("j")
            program.waitForOutput(after: before, timeout: 5)
            program.waitForQuiet(150, timeout: 10)
            counts.append(Double(program.byteCount - before))
        }
        return SampleSummary(counts)!
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
