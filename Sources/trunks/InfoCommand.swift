import ArgumentParser
import FoundationEssentials
import TrunkUI

/// `trunks info`: the paths in use and the active profile, never the key.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the config, themes, state and log paths in use and the active profile (never the key).",
        discussion: "Exit status: 0 done, 1 the configuration cannot be used (the paths are printed, the reason on standard error).")

    /// The profile to describe (`trunks info --profile NAME`; see `ProfileChoice`).
    @OptionGroup var profileChoice: ProfileChoice

    func run() throws {
        var flags = CommandLineSettings()
        flags.profile = profileChoice.profile
        let environment = ProcessInfo.processInfo.environment
        let startup: Startup
        do { startup = try Startup.prepare(flags, environment: environment) } catch {
            let paths = XDGPaths(environment: environment)
            Console.line("config file:    \(paths.configFile.path)")
            Console.line("state dir:      \(paths.stateDirectory.path)")
            Console.error("The configuration cannot be used: \(error)")
            throw ExitCode(1)
        }
        let paths = startup.paths
        let settings = startup.settings
        func exists(_ url: URL) -> String { FileManager.default.fileExists(atPath: url.path) ? "" : "  (not present)" }
        func origin(_ name: String) -> String { settings.origins[name].map { "  (\($0))" } ?? "" }
        Console.line("config file:    \(paths.configFile.path)\(exists(paths.configFile))")
        for (index, folder) in startup.themeFolders.enumerated() {
            Console.line((index == 0 ? "themes:         " : "                ") + folder.path + exists(folder))
        }
        Console.line("                then the compiled-in default and mono")
        Console.line("state dir:      \(paths.stateDirectory.path)\(exists(paths.stateDirectory))")
        Console.line("drafts:         \(paths.draftsDirectory.path)")
        Console.line("audit log:      \(paths.auditFile.path)")
        Console.line("debug log:      \(paths.logFile.path)  (written only with --log-file or --log-level)")
        Console.line("profile:        \(settings.profile?.name ?? "none")\(origin("profile"))"
              + (startup.config.profiles.isEmpty ? "" : "; profiles: " + startup.config.profiles.keys.sorted().joined(separator: ", ")))
        Console.line("endpoint:       \(settings.endpoint?.label ?? "none chosen")\(origin("endpoint"))"
              + (settings.endpoint == .production ? "  ← PRODUCTION" : ""))
        Console.line("api version:    \(settings.apiVersion)\(origin("api_version"))")
        Console.line("authentication: " + APIVersionOptions.authenticationSummary(
            apiVersion: settings.apiVersion, endpoint: settings.endpoint, readOnly: settings.readOnly))
        Console.line("read-only:      \(settings.readOnly ? "yes" : "no")\(origin("read_only"))")
        Console.line("ticket:         \(settings.ticketRequired ? "required" : "optional")\(origin("ticket"))")
        Console.line("page size:      \(settings.pageSize)\(origin("page_size"))")
        Console.line("preview:        \(settings.preview.rawValue)\(origin("preview"))")
        let themeFile = ThemeLoader.locate(settings.theme, folders: startup.themeFolders)?.path ?? "compiled in"
        Console.line("theme:          \(settings.theme) → \(themeFile)\(origin("theme"))")
        let colour = ColorDecision.decide(flag: .auto, settings: settings, environment: environment)
        Console.line("colour:         " + (colour.reason ?? "as the terminal reports (TERM, COLORTERM)"))
        Console.line("api key:        \(keyDescription(settings, environment: environment))")
        for problem in startup.keyProblems { Console.line("key binding:    not applied: \(problem)") }
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
