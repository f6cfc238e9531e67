import FoundationEssentials

/// Where trunks keeps its files, following the XDG base directory specification:
/// configuration (`config.yaml`, user themes), state (drafts, audit trail, logs).
/// One place resolves them so `trunks info`, the config loader, the draft store and the audit
/// trail always agree. Nothing here creates directories; writers call `ensureDirectory`.
public struct XDGPaths: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/trunks` (default `~/.config/trunks`).
    public var configDirectory: URL
    /// `$XDG_STATE_HOME/trunks` (default `~/.local/state/trunks`).
    public var stateDirectory: URL

    public init(configDirectory: URL, stateDirectory: URL) {
        self.configDirectory = configDirectory
        self.stateDirectory = stateDirectory
    }

    /// Resolves the directories from an environment (pass `ProcessInfo.processInfo.environment`).
    /// Relative XDG values are ignored, as the specification requires.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        configDirectory = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("trunks", isDirectory: true)
        stateDirectory = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("trunks", isDirectory: true)
    }

    /// `config.yaml` in the config directory.
    public var configFile: URL { configDirectory.appendingPathComponent("config.yaml") }
    /// The user's own themes, searched before the shipped `themes/` folder.
    public var userThemesDirectory: URL { configDirectory.appendingPathComponent("themes", isDirectory: true) }
    /// Unsaved drafts, one file per trunk.
    public var draftsDirectory: URL { stateDirectory.appendingPathComponent("drafts", isDirectory: true) }
    /// Changes to many trunks being sent (see `BulkJournalStore`), one folder per endpoint.
    public var bulkChangesDirectory: URL { stateDirectory.appendingPathComponent("bulk-changes", isDirectory: true) }
    /// The audit trail: one JSON line per mutating request.
    public var auditFile: URL { stateDirectory.appendingPathComponent("audit.jsonl") }
    /// The debug log, when asked for without a path.
    public var logFile: URL { stateDirectory.appendingPathComponent("trunks.log") }

    /// Creates `directory` (and parents) with mode 0700 when it is missing.
    public static func ensureDirectory(_ directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
