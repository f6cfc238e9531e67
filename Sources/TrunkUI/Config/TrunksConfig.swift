import FoundationEssentials
import YAMLReader

/// `config.yaml`: named profiles, the default profile, a global theme and key remaps.
/// Parsed by `TrunksConfig.parse`, which reports every problem with its line. Pure value.
public struct TrunksConfig: Equatable, Sendable {
    /// One named way to reach an account.
    public struct Profile: Equatable, Sendable {
        public var name: String
        /// `sandbox`, `production` or `demo`; or nil when `baseURL` is given.
        public var environment: String?
        public var baseURL: String?
        /// The name of an environment variable holding the key.
        public var apiKeyEnv: String?
        /// A shell command printing the key (a password manager); run once at start.
        public var apiKeyCommand: String?
        /// A file holding the key; refused when group- or world-readable.
        public var apiKeyFile: String?
        public var apiVersion: String?
        public var readOnly: Bool?
        public var theme: String?
        public var pageSize: Int?
        /// Where the detail preview shows (`auto`, `on`, `off`).
        public var preview: PreviewMode?
        /// `ticket: required`: no change is sent without a ticket reference.
        public var ticketRequired: Bool?

        /// A profile called `name` with nothing set.
        public init(name: String) { self.name = name }
    }

    /// A key remap: in `context`, `command` is reached by `keys` (instead of its defaults).
    public struct KeyRemap: Equatable, Sendable {
        public var context: String
        public var command: String
        public var keys: [String]
        public var line: Int
    }

    /// Where the configuration was read from ("" when none).
    public var source = ""
    public var defaultProfile: String?
    public var theme: String?
    /// Where the detail preview shows, for every profile that does not say.
    public var preview: PreviewMode?
    public var profiles: [String: Profile] = [:]
    /// `ticket: required` for every profile that does not say.
    public var ticketRequired: Bool?
    public var keyRemaps: [KeyRemap] = []

    /// An empty configuration (no file).
    public init() {}

    static let topLevelKeys = ["default_profile", "theme", "preview", "ticket", "profiles", "keys"]
    static let profileKeys = ["environment", "base_url", "api_key_env", "api_key_command", "api_key_file",
                              "api_version", "read_only", "theme", "page_size", "preview", "ticket"]

    /// `required` or `optional`.
    static func ticketSetting(_ text: String?) -> Bool? {
        switch text?.lowercased() {
        case "required": true
        case "optional": false
        default: nil
        }
    }

    /// Reads `text` (from `source`); throws `ConfigError` listing every problem with its line.
    public static func parse(_ text: String, source: String) throws -> TrunksConfig {
        var config = TrunksConfig()
        config.source = source
        var problems: [String] = []
        func problem(_ node: YAMLNode, _ message: String) {
            problems.append("\(source):\(node.line): \(message)")
        }
        let root: YAMLNode?
        do { root = try YAMLNode.read(text) } catch {
            throw ConfigError("\(source):\(error.line): YAML: \(error.message)")
        }
        guard let root else { return config }
        guard let mapping = root.mapping else { throw ConfigError("\(source):1: the configuration is a mapping") }
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "default_profile": config.defaultProfile = value.string
            case "theme": config.theme = value.string
            case "preview":
                if let mode = value.string.flatMap(PreviewMode.init(setting:)) { config.preview = mode }
                else { problem(keyNode, "preview must be auto, on or off") }
            case "ticket":
                if let required = ticketSetting(value.string) { config.ticketRequired = required }
                else { problem(keyNode, "ticket must be required or optional") }
            case "profiles":
                guard let profiles = value.mapping else { problem(keyNode, "profiles: must map names to profiles"); continue }
                for (nameNode, body) in profiles {
                    let name = nameNode.string ?? ""
                    guard let fields = body.mapping else { problem(nameNode, "profile \(name) must be a mapping"); continue }
                    var profile = Profile(name: name)
                    for (fieldNode, fieldValue) in fields {
                        let field = fieldNode.string ?? ""
                        switch field {
                        case "environment":
                            let environment = (fieldValue.string ?? "").lowercased()
                            if ["sandbox", "production", "demo"].contains(environment) { profile.environment = environment }
                            else { problem(fieldNode, "profile \(name): environment must be sandbox, production or demo") }
                        case "base_url": profile.baseURL = fieldValue.string
                        case "api_key_env": profile.apiKeyEnv = fieldValue.string
                        case "api_key_command": profile.apiKeyCommand = fieldValue.string
                        case "api_key_file": profile.apiKeyFile = fieldValue.string
                        case "api_version": profile.apiVersion = fieldValue.string
                        case "theme": profile.theme = fieldValue.string
                        case "read_only":
                            if let flag = fieldValue.bool { profile.readOnly = flag }
                            else { problem(fieldNode, "profile \(name): read_only must be true or false") }
                        case "page_size":
                            if let size = fieldValue.int, (1...1000).contains(size) { profile.pageSize = size }
                            else { problem(fieldNode, "profile \(name): page_size must be 1-1000") }
                        case "preview":
                            if let mode = fieldValue.string.flatMap(PreviewMode.init(setting:)) { profile.preview = mode }
                            else { problem(fieldNode, "profile \(name): preview must be auto, on or off") }
                        case "ticket":
                            if let required = ticketSetting(fieldValue.string) { profile.ticketRequired = required }
                            else { problem(fieldNode, "profile \(name): ticket must be required or optional") }
                        case "api_key":
                            problem(fieldNode, "profile \(name): api_key is not accepted in the file; use api_key_env, api_key_command or api_key_file")
                        default:
                            problem(fieldNode, "profile \(name): unknown key \(field) (expected \(profileKeys.joined(separator: ", ")))")
                        }
                    }
                    if profile.environment != nil && profile.baseURL != nil {
                        problem(nameNode, "profile \(name): give environment or base_url, not both")
                    }
                    config.profiles[name] = profile
                }
            case "keys":
                guard let contexts = value.mapping else { problem(keyNode, "keys: must map contexts to commands"); continue }
                for (contextNode, commands) in contexts {
                    guard let commandMap = commands.mapping else { problem(contextNode, "keys: \(contextNode.string ?? "") must map commands to keys"); continue }
                    for (commandNode, keysNode) in commandMap {
                        let keys = keysNode.sequence.map { $0.compactMap(\.string) } ?? keysNode.string.map { [$0] } ?? []
                        if keys.isEmpty { problem(commandNode, "keys: \(commandNode.string ?? "") needs a key or a list of keys") }
                        config.keyRemaps.append(KeyRemap(context: contextNode.string ?? "", command: commandNode.string ?? "",
                                                         keys: keys, line: commandNode.line))
                    }
                }
            default:
                problem(keyNode, "unknown key \(keyNode.string ?? "") (expected \(topLevelKeys.joined(separator: ", ")))")
            }
        }
        if let name = config.defaultProfile, config.profiles[name] == nil {
            problems.append("\(source): default_profile \(name) is not among the profiles")
        }
        if !problems.isEmpty { throw ConfigError(problems.joined(separator: "\n")) }
        return config
    }

    /// Reads the configuration file at `url`; a missing file is an empty configuration.
    public static func load(_ url: URL) throws -> TrunksConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return TrunksConfig() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ConfigError("\(url.path): cannot read: \(FileReadProblem.words(for: error))")
        }
        return try parse(text, source: url.path)
    }
}

/// A configuration problem, worded for the user (file:line: what is wrong).
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    public var description: String
    /// An error worded as `description`.
    public init(_ description: String) { self.description = description }
}
