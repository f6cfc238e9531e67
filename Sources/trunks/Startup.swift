import ArgumentParser
import FoundationEssentials
import ScreenKit
import TrunkModel
import TrunkUI

/// Everything decided before the screen opens: paths, configuration, settings after
/// precedence, key map with the user's remaps, theme search path.
struct Startup {
    var paths: XDGPaths
    var config: TrunksConfig
    var settings: ResolvedSettings
    var keymap: Keymap
    var keyProblems: [String]
    var themeFolders: [URL]

    /// Reads the configuration and applies flag > environment > profile > default.
    static func prepare(_ flags: CommandLineSettings,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Startup {
        let paths = XDGPaths(environment: environment)
        let config: TrunksConfig
        let settings: ResolvedSettings
        do {
            config = try TrunksConfig.load(paths.configFile)
            settings = try ResolvedSettings.resolve(flags, environment: environment, config: config)
        } catch let error as ConfigError {
            throw ValidationError(TerminalSafeText.lines(error.description))
        }
        let (keymap, problems) = KeyRemapper.apply(config.keyRemaps, to: .standard, source: paths.configFile.path)
        return Startup(paths: paths, config: config, settings: settings, keymap: keymap, keyProblems: problems,
                       themeFolders: ThemeSearchPath.forCurrentProcess(environment: environment))
    }
}

extension TrunksCommand {
    /// The command-line values as the settings resolver wants them (nil: not given).
    var commandLineSettings: CommandLineSettings {
        var flags = connection.settings
        flags.profile = profile
        flags.theme = theme
        flags.preview = preview
        return flags
    }
}

extension LogLevel: ExpressibleByArgument {}
extension PreviewMode: ExpressibleByArgument {}
