import Foundation
import ScreenKit
import TrunkUI

/// The theme to start with, and the problem (shown on screen) if the chosen one failed.
struct ThemeChoice {
    var theme: Theme
    var problem: String?

    /// Loads `name` (a name or a path) from the theme search path; falls back to the compiled-in
    /// default with a message naming the file, the line and the fallback.
    static func load(_ name: String, folders: [URL] = ThemeSearchPath.forCurrentProcess()) -> ThemeChoice {
        do {
            return ThemeChoice(theme: try ThemeLoader.load(name, folders: folders))
        } catch let error as ThemeError {
            let first = error.diagnostics.first.map(\.description) ?? "\(error)"
            let more = error.diagnostics.count > 1 ? " (+\(error.diagnostics.count - 1) more; trunks theme check)" : ""
            return ThemeChoice(theme: ThemeLoader.builtInDefault(),
                               problem: "Theme \(name) not used: \(first)\(more) — using the built-in default")
        } catch {
            return ThemeChoice(theme: ThemeLoader.builtInDefault(),
                               problem: "Theme \(name) not used: \(error) — using the built-in default")
        }
    }
}
