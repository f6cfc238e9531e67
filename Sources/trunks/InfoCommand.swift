import ArgumentParser
import Foundation
import TrunkUI

/// `trunks info`: the paths in use and the active profile, never the key.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the config, themes, state and log paths in use and the active profile (never the key).")

    /// The profile to describe (`trunks info --profile NAME`; see `ProfileChoice`).
    @OptionGroup var profileChoice: ProfileChoice

    func run() throws {
        var flags = CommandLineSettings()
        flags.profile = profileChoice.profile
        let environment = ProcessInfo.processInfo.environment
        let startup: Startup
        do { startup = try Startup.prepare(flags, environment: environment) } catch {
            let paths = XDGPaths(environment: environment)
            print("config file:    \(paths.configFile.path)")
            print("state dir:      \(paths.stateDirectory.path)")
            printError("The configuration cannot be used: \(error)")
            throw ExitCode(1)
        }
        let paths = startup.paths
        let settings = startup.settings
        func exists(_ url: URL) -> String { FileManager.default.fileExists(atPath: url.path) ? "" : "  (not present)" }
        func origin(_ name: String) -> String { settings.origins[name].map { "  (\($0))" } ?? "" }
        print("config file:    \(paths.configFile.path)\(exists(paths.configFile))")
        print("themes:         " + startup.themeFolders.map { $0.path + exists($0) }.joined(separator: "\n                "))
        print("                then the compiled-in default and mono")
        print("state dir:      \(paths.stateDirectory.path)\(exists(paths.stateDirectory))")
        print("drafts:         \(paths.draftsDirectory.path)")
        print("audit log:      \(paths.auditFile.path)")
        print("debug log:      \(paths.logFile.path)  (written only with --log-file or --log-level)")
        print("profile:        \(settings.profile?.name ?? "none")\(origin("profile"))"
              + (startup.config.profiles.isEmpty ? "" : "; profiles: " + startup.config.profiles.keys.sorted().joined(separator: ", ")))
        print("endpoint:       \(settings.endpoint?.label ?? "none chosen")\(origin("endpoint"))"
              + (settings.endpoint == .production ? "  ← PRODUCTION" : ""))
        print("api version:    \(settings.apiVersion)\(origin("api_version"))")
        print("authentication: " + APIVersionOptions.authenticationSummary(
            apiVersion: settings.apiVersion, endpoint: settings.endpoint, readOnly: settings.readOnly))
        print("read-only:      \(settings.readOnly ? "yes" : "no")\(origin("read_only"))")
        print("page size:      \(settings.pageSize)\(origin("page_size"))")
        print("preview:        \(settings.preview.rawValue)\(origin("preview"))")
        let themeFile = ThemeLoader.locate(settings.theme, folders: startup.themeFolders)?.path ?? "compiled in"
        print("theme:          \(settings.theme) → \(themeFile)\(origin("theme"))")
        print("api key:        \(keyDescription(settings, environment: environment))")
        for problem in startup.keyProblems { print("key binding:    not applied: \(problem)") }
    }

    /// Where the key would come from, without running a command or reading a file.
    private func keyDescription(_ settings: ResolvedSettings, environment: [String: String]) -> String {
        if settings.endpoint == .demo { return "not needed (demo)" }
        if !(environment["DIDWW_API_KEY"] ?? "").isEmpty { return "from environment DIDWW_API_KEY (set)" }
        guard let profile = settings.profile else { return "none: set DIDWW_API_KEY or use a profile" }
        if let variable = profile.apiKeyEnv {
            return "from environment \(variable) (\((environment[variable] ?? "").isEmpty ? "not set" : "set"))"
        }
        if profile.apiKeyCommand != nil { return "from api_key_command (run once at start)" }
        if let file = profile.apiKeyFile { return "from file \(file)" }
        return "none: the profile names no key source"
    }
}
