import Foundation
import ScreenKit
import TrunkUI

/// The theme to start with, and the problem (shown on screen) if the chosen one failed.
struct ThemeChoice {
    var theme: Theme
    var problem: String?

    /// Loads `name` from the user's themes folder, then the shipped one; falls back to the
    /// compiled-in default with a message.
    static func load(_ name: String) -> ThemeChoice {
        do {
            return ThemeChoice(theme: try ThemeLoader.load(name, folders: folders()))
        } catch {
            return ThemeChoice(theme: ThemeLoader.builtInDefault(),
                               problem: "Theme problem: \(error) — using the built-in default")
        }
    }

    /// `$XDG_CONFIG_HOME/trunks/themes`, `./themes`, and `themes/` beside the build folder.
    static func folders() -> [URL] {
        let environment = ProcessInfo.processInfo.environment
        let config = environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return [
            config.appendingPathComponent("trunks/themes"),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"),
            executable.deletingLastPathComponent().appendingPathComponent("../../../themes").standardized,
        ]
    }
}
