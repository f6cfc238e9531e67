import ArgumentParser
import FakeDidww
import Foundation

/// `fake-didww`: runs the fake DIDWW outbound-trunk API on a loopback port until SIGINT or SIGTERM.
@main
struct FakeDidwwCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fake-didww",
        abstract: "Serve a stateful imitation of the DIDWW API v3 outbound-trunk endpoints on a loopback port.",
        discussion: """
            Prints one line, "fake-didww listening on http://127.0.0.1:PORT/v3", once it accepts requests, \
            and serves until SIGINT or SIGTERM (exit status 0). The API key may also come from the \
            FAKE_DIDWW_API_KEY environment variable (used when --api-key is not given).
            """)

    @Option(help: "Loopback address to bind (127.0.0.0/8, ::1 or localhost).")
    var host = "127.0.0.1"

    @Option(help: "TCP port; 0 picks a free one.")
    var port: UInt16 = 0

    @Option(name: .customLong("trunks"), help: "Number of trunks to seed.")
    var trunkCount = 42

    @Option(name: .customLong("dids"), help: "Number of DIDs the account owns (at least 64).")
    var didCount = FakeDidwwConfig.defaultDidCount

    @Option(help: "Seed of the deterministic data.")
    var seed: UInt64 = 42

    @Option(name: .customLong("latency-ms"), help: "Delay added before every response, in milliseconds.")
    var latencyMilliseconds = 0

    @Option(name: .customLong("api-key"), help: "The Api-Key value to accept (default: $FAKE_DIDWW_API_KEY or demo-api-key).")
    var apiKey: String?

    @Option(name: .customLong("request-log"), help: "Append every request as a JSON line to this file.")
    var requestLog: String?

    @Option(name: .customLong("api-version"), help: "The account's pinned API version: served when a request asks for none or an older one.")
    var apiVersion = "2026-04-16"

    @Option(name: .customLong("token-lifetime"), help: "API 2026-11-19: every token lives this many seconds (default: as asked, 60–3600).")
    var tokenLifetime: Int?

    @Flag(name: .customLong("no-outbound-api"), help: "API 2026-11-19: the account lacks the Outbound API (every trunk call gets 403).")
    var noOutboundAPI = false

    @Option(name: .customLong("fault"), help: "Inject a fault: '[METHOD ]ENDPOINT=FAULT[*COUNT][@PROBABILITY]', e.g. 'GET list=503*2', 'update=delay:20000', 'any=500@0.1'; FAULT is a status (429+retry-after:2), delay:MS, close-mid-body, malformed-json, html[:STATUS], applied+STATUS (acts, then fails), reset-after-apply (acts, then drops the connection) reset-before-body (drops it unread) or total:N (a list answer claims N in meta.total_records; its pages and links stay true). Repeatable; also POST /_control/faults.")
    var faults: [String] = []

    @Option(name: .customLong("fault-seed"), help: "Seed of the random draw of probabilistic faults.")
    var faultSeed: UInt64 = 0x5EED

    func validate() throws {
        for spec in faults {
            do { _ = try FaultRule(spec: spec) } catch { throw ValidationError(error.description) }
        }
        guard LoopbackAddress.literal(for: host) != nil else {
            throw ValidationError("--host must be a loopback address (127.0.0.0/8, ::1 or localhost), not \(host)")
        }
        guard trunkCount >= 0 else { throw ValidationError("--trunks must not be negative") }
        guard didCount >= FakeDidwwConfig.defaultDidCount else {
            throw ValidationError("--dids must be at least \(FakeDidwwConfig.defaultDidCount) (the seeded trunks link some of them)")
        }
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms must not be negative") }
    }

    func run() async throws {
        let environmentKey = ProcessInfo.processInfo.environment["FAKE_DIDWW_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        var config = FakeDidwwConfig(
            host: LoopbackAddress.literal(for: host) ?? "127.0.0.1",
            port: port,
            trunkCount: trunkCount,
            seed: seed,
            apiKey: apiKey ?? environmentKey ?? "demo-api-key",
            latencyMilliseconds: latencyMilliseconds,
            requestLogPath: requestLog,
            apiVersion: apiVersion)
        config.tokenLifetimeSeconds = tokenLifetime
        config.didCount = didCount
        config.outboundAPIEnabled = !noOutboundAPI
        let server = FakeDidwwServer(config: config)
        server.setFaults(faults.compactMap { try? FaultRule(spec: $0) })
        server.reseedFaults(faultSeed)
        let termination = TerminationSignals()
        let url = try await server.start()
        FileHandle.standardOutput.write(Data("fake-didww listening on \(url.absoluteString)\n".utf8))
        await termination.wait()
        await server.stop()
    }
}
