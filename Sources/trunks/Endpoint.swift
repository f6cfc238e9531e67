import ArgumentParser
import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI
import OwnThread

/// Where the program talks to: the demo fake, the sandbox, production or a given URL.
struct Endpoint {
    var baseURL: URL
    var apiKey: String
    var label: String
    /// Ends what the endpoint started (the demo's fake API); nothing for a real one.
    var stop: @Sendable () async -> Void = {}
    /// Demo mode: seeds the fake API's account, which listens but is not yet seeded.
    var demoSeeding: DemoSeeding?

    /// The endpoint `settings` chose, with its key from `APIKeySource` (demo mode needs none).
    static func resolve(_ command: TrunksCommand, settings: ResolvedSettings,
                        environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Endpoint {
        do {
            return try await resolve(settings: settings, environment: environment) { try await startDemo(command, apiVersion: $0) }
        } catch let missing as NoDemoMode {
            Console.error(missing.description)
            throw ExitCode(CommandExit.usage)
        }
    }

    /// The endpoint `settings` chose; `startDemo` starts the demo's fake API for an API version.
    static func resolve(settings: ResolvedSettings, environment: [String: String] = ProcessInfo.processInfo.environment,
                        startDemo: (String) async throws -> Endpoint) async throws -> Endpoint {
        guard let choice = settings.endpoint else {
            throw ValidationError("Choose --demo, --sandbox, --production, --base-url URL or --profile NAME (config.yaml).")
        }
        if choice == .demo { return try await startDemo(settings.apiVersion) }
        // A profile's api_key_command is waited for on a thread of its own, off Swift's pool.
        let profile = settings.profile
        let key: String
        do {
            key = try await OwnThread.run("trunks.api-key") { try APIKeySource.resolve(profile: profile, environment: environment).key }
        } catch let error as ConfigError {
            throw ValidationError(TerminalSafeText.lines(error.description))
        }
        switch choice {
        case .sandbox: return Endpoint(baseURL: URL(string: "https://sandbox-api.didww.com/v3")!, apiKey: key, label: "sandbox")
        case .production: return Endpoint(baseURL: URL(string: "https://api.didww.com/v3")!, apiKey: key, label: "production")
        case .demo, .url:
            guard case .url(let text) = choice, let url = URL(string: text), url.host != nil else {
                throw ValidationError("--base-url needs an absolute URL such as https://sandbox-api.didww.com/v3")
            }
            return Endpoint(baseURL: url, apiKey: key, label: url.host ?? text)
        }
    }
}

extension Endpoint {
    /// The endpoint of a command run without the terminal UI (`check`, the reading and the
    /// runbook commands), `--demo` seeded as the program seeds it. A usage problem stays a
    /// `ValidationError` (status 2); anything else is printed as "Error: …" and ends the command
    /// with status 4 (`CommandExit.network`).
    static func resolveForCommand(settings: ResolvedSettings) async throws -> Endpoint {
        do {
            return try await Endpoint.resolve(settings: settings) { apiVersion in
                try await Endpoint.startSeededDemo(apiVersion: apiVersion)
            }
        } catch let error as ValidationError {
            throw error
        } catch let missing as NoDemoMode {
            Console.error(missing.description)
            throw ExitCode(CommandExit.usage)
        } catch {
            Console.error("Error: \(error)")
            throw ExitCode(CommandExit.network)
        }
    }
}
