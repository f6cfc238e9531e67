import FoundationEssentials
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
            let first = error.diagnostics.first.map(Self.short) ?? "\(error)"
            let more = error.diagnostics.count > 1 ? " (+\(error.diagnostics.count - 1) more: trunks theme check)" : ""
            return ThemeChoice(theme: ThemeLoader.builtInDefault(),
                               problem: "Theme not used, built-in default instead: \(first)\(more)")
        } catch {
            return ThemeChoice(theme: ThemeLoader.builtInDefault(),
                               problem: "Theme not used, built-in default instead: \(name): \(error)")
        }
    }

    /// A diagnostic with the file's name only (the status line is narrow).
    private static func short(_ diagnostic: ThemeDiagnostic) -> String {
        var shortened = diagnostic
        shortened.file = URL(fileURLWithPath: diagnostic.file).lastPathComponent
        return shortened.description
    }
}
