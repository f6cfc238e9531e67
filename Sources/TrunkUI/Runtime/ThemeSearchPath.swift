import FoundationEssentials

/// The folders themes are looked up in, in order: the user's themes folder under the XDG config
/// directory, then the shipped `themes/` folder (next to an installed executable, in the build
/// tree the executable was built in, or in the current directory). The compiled-in default is
/// the last resort (`ThemeLoader`). Pure: builds paths, checks nothing exists.
public enum ThemeSearchPath {
    /// The folders for `paths`, the executable at `executable` and the current directory.
    public static func folders(paths: XDGPaths, executable: URL, currentDirectory: URL) -> [URL] {
        let binDirectory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var folders = [paths.userThemesDirectory]
        for candidate in [
            binDirectory.appendingPathComponent("../share/trunks/themes"),
            binDirectory.appendingPathComponent("../../../themes"),
            binDirectory.appendingPathComponent("../../themes"),
            currentDirectory.appendingPathComponent("themes"),
        ] {
            let folder = candidate.standardized
            if !folders.contains(folder) { folders.append(folder) }
        }
        return folders
    }

    /// The folders for this process: its environment, `argv[0]` and working directory.
    public static func forCurrentProcess(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0],
                             relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return folders(paths: XDGPaths(environment: environment), executable: executable,
                       currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
}
