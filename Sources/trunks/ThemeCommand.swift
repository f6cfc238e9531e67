import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks theme …`: check and list colour themes.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Check or list colour themes.",
        subcommands: [Check.self, List.self])

    /// `trunks theme check [FILE…]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report problems in theme files, each with file:line.",
            discussion: """
            Reports YAML syntax errors, unknown keys, roles and attributes, bad colour values, a
            missing parent (inherits:), and text/background pairs below a 4.5:1 contrast ratio.
            Without FILE, checks every theme in the search path.
            Exit status: 0 no errors (warnings allowed), 1 an error found.
            """)

        @Argument(help: "Theme files (or names) to check; default: every theme found.",
                  completion: .file(extensions: ["yaml", "yml"]))
        var files: [String] = []

        func run() throws {
            let folders = ThemeSearchPath.forCurrentProcess()
            var targets: [URL] = []
            var problems: [ThemeDiagnostic] = []
            if files.isEmpty {
                for name in ThemeLoader.availableNames(folders: folders) {
                    if let url = ThemeLoader.locate(name, folders: folders) { targets.append(url) }
                }
            } else {
                for file in files {
                    if let url = ThemeLoader.locate(file, folders: folders) { targets.append(url) }
                    else { problems.append(ThemeDiagnostic(file: file, line: 0, "no such theme file or name")) }
                }
            }
            for url in targets {
                let found = ThemeChecker.check(file: url, folders: folders)
                problems += found
                if found.isEmpty { Console.line("\(url.path): ok") }
            }
            for problem in problems { Console.error(problem.description) }
            let errors = problems.filter { $0.severity == .error }.count
            if errors > 0 {
                Console.error("\(errors) error\(errors == 1 ? "" : "s") in \(Set(problems.map(\.file)).count) file(s)")
                throw ExitCode(1)
            }
        }
    }

    /// `trunks theme list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the themes found and where each comes from.",
                                                        discussion: "Exit status: 0 done.")

        func run() {
            let folders = ThemeSearchPath.forCurrentProcess()
            for name in ThemeLoader.availableNames(folders: folders) {
                Console.line(name.padded(toLength: 18)
                             + (ThemeLoader.locate(name, folders: folders)?.path ?? "(compiled in)"))
            }
        }
    }
}
