import ArgumentParser
import TrunkUI
#if Demo
import FakeDidww
import Foundation

/// Demo mode is built in (the `Demo` package trait, on by default).
enum DemoBuild {
    static let included = true
}

extension Endpoint {
    /// Starts the fake API in this process on 127.0.0.1 with a free port, its account seeded at
    /// once with the demo's trunks (for commands that print and end, such as `trunks check`).
    static func startSeededDemo(apiVersion: String) async throws -> Endpoint {
        let key = "demo-api-key"
        let server = FakeDidwwServer(config: FakeDidwwConfig(apiKey: key, apiVersion: apiVersion), seeding: .now)
        let url = try await server.start()
        return Endpoint(baseURL: url, apiKey: key, label: "demo", stop: { await server.stop() })
    }

    /// Starts the fake API in this process on 127.0.0.1 with a free port. Its account is seeded
    /// once the program shows (`DemoSeeding`): seeding 100,000 trunks takes seconds in a debug build.
    static func startDemo(_ command: TrunksCommand, apiVersion: String) async throws -> Endpoint {
        let key = "demo-api-key"
        var config = FakeDidwwConfig(
            trunkCount: command.demoTrunks, apiKey: key, latencyMilliseconds: command.demoLatencyMs,
            requestLogPath: command.demoRequestLog, apiVersion: command.demoAccountVersion ?? apiVersion)
        config.outboundAPIEnabled = !command.demoNoOutboundApi
        let server = FakeDidwwServer(config: config, seeding: .later)
        server.setFaults(command.demoFault.map(\.rule))
        let url = try await server.start()
        let seeding = DemoSeeding { runner in
            Thread.detachNewThread {
                server.seed { seeded, total in runner.notify(.demoPreparing(seeded: seeded, total: total)) }
                runner.notify(.demoReady)
            }
        }
        return Endpoint(baseURL: url, apiKey: key, label: "demo", stop: { await server.stop() }, demoSeeding: seeding)
    }
}

/// A `--demo-fault` value: one fault rule of the built-in fake API.
struct FaultRuleArgument: ExpressibleByArgument {
    let rule: FaultRule

    init?(argument: String) {
        guard let rule = try? FaultRule(spec: argument) else { return nil }
        self.rule = rule
    }
}
#else

/// This build has no demo mode (built without the `Demo` package trait, as for a jump host).
enum DemoBuild {
    static let included = false
}

extension Endpoint {
    /// Demo mode is not built in: says so.
    static func startSeededDemo(apiVersion: String) async throws -> Endpoint { throw NoDemoMode() }

    /// Demo mode is not built in: says so.
    static func startDemo(_ command: TrunksCommand, apiVersion: String) async throws -> Endpoint { throw NoDemoMode() }
}

/// A `--demo-fault` value, kept as written: this build has no fake API to give it to.
struct FaultRuleArgument: ExpressibleByArgument {
    init?(argument: String) {}
}
#endif

/// Demo mode was asked of a build without it.
struct NoDemoMode: Error, CustomStringConvertible {
    var description: String {
        """
        This build of trunks has no demo mode (it is the build for jump hosts, without the demo's fake API).
        For the demo, run trunks from its source: swift run trunks --demo
        """
    }
}
