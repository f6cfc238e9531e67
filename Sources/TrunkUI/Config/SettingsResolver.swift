/// What the command line said, before the environment and the configuration fill the gaps.
/// nil means "not given".
public struct CommandLineSettings: Equatable, Sendable {
    public var profile: String?
    public var demo = false
    public var sandbox = false
    public var production = false
    public var baseURL: String?
    public var apiVersion: String?
    public var readOnly = false
    public var theme: String?
    public var pageSize: Int?
    public var preview: PreviewMode?

    /// Nothing given: every value comes from the environment, the profile or the defaults.
    public init() {}
}

/// Where the program talks to.
public enum EndpointChoice: Equatable, Sendable {
    case demo, sandbox, production
    case url(String)

    /// The header label: "demo", "sandbox", "production" or the URL.
    public var label: String {
        switch self {
        case .demo: return "demo"
        case .sandbox: return "sandbox"
        case .production: return "production"
        case .url(let url): return url
        }
    }
}

/// The settings in force after precedence: flag > environment > profile > default; each with
/// where it came from (for `trunks info`). Pure value.
public struct ResolvedSettings: Equatable, Sendable {
    public var profile: TrunksConfig.Profile?
    public var endpoint: EndpointChoice?
    public var apiVersion: String
    public var readOnly: Bool
    public var theme: String
    public var pageSize: Int
    /// Where the detail preview shows (`Viewport`); `v` changes it for the session.
    public var preview = PreviewMode.auto
    /// `ticket: required`: no change is sent without a ticket reference.
    public var ticketRequired = false
    /// Setting name → "flag", "environment TRUNKS_…", "profile NAME", "config" or "default".
    public var origins: [String: String] = [:]

    /// The API version used when nothing else names one.
    public static let defaultAPIVersion = "2026-04-16"
    /// 500 trunks per list request: 10,000 trunks are 20 requests, which the API's 20 requests per
    /// second let start at once (at 250 the 21st page waits a second; at 50 a load takes 10 s),
    /// while the first page still arrives within one round trip + 100 ms and the loaded list stays
    /// under 60 MB (BENCHMARKS.md).
    public static let defaultPageSize = 500

    /// Applies the precedence rules. Throws `ConfigError` for an unknown profile or a bad
    /// environment value.
    public static func resolve(_ flags: CommandLineSettings, environment: [String: String],
                               config: TrunksConfig) throws -> ResolvedSettings {
        var origins: [String: String] = [:]
        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }

        var profile: TrunksConfig.Profile?
        let profileName: String?
        if let name = flags.profile { profileName = name; origins["profile"] = "flag --profile" }
        else if let name = env("TRUNKS_PROFILE") { profileName = name; origins["profile"] = "environment TRUNKS_PROFILE" }
        else if let name = config.defaultProfile { profileName = name; origins["profile"] = "config default_profile" }
        else { profileName = nil }
        if let profileName {
            guard let found = config.profiles[profileName] else {
                let known = config.profiles.keys.sorted()
                throw ConfigError("No profile \(profileName) in \(config.source.isEmpty ? "the configuration (no config.yaml)" : config.source)"
                                  + (known.isEmpty ? "" : "; profiles: \(known.joined(separator: ", "))"))
            }
            profile = found
        }
        let fromProfile = "profile \(profileName ?? "")"

        var endpoint: EndpointChoice?
        if flags.demo { endpoint = .demo; origins["endpoint"] = "flag" }
        else if flags.sandbox { endpoint = .sandbox; origins["endpoint"] = "flag" }
        else if flags.production { endpoint = .production; origins["endpoint"] = "flag" }
        else if let url = flags.baseURL { endpoint = .url(url); origins["endpoint"] = "flag" }
        else if let url = env("DIDWW_BASE_URL") { endpoint = .url(url); origins["endpoint"] = "environment DIDWW_BASE_URL" }
        else if let profile {
            switch profile.environment {
            case "sandbox": endpoint = .sandbox
            case "production": endpoint = .production
            case "demo": endpoint = .demo
            default: endpoint = profile.baseURL.map(EndpointChoice.url)
            }
            if endpoint != nil { origins["endpoint"] = fromProfile }
        }

        func pick<T>(_ name: String, flag: T?, variable: String, parse: (String) -> T?, profileValue: T?,
                     configValue: T? = nil, fallback: T) throws -> T {
            if let flag { origins[name] = "flag"; return flag }
            if let text = env(variable) {
                guard let value = parse(text) else { throw ConfigError("\(variable)=\(text) is not a valid \(name)") }
                origins[name] = "environment \(variable)"
                return value
            }
            if let profileValue { origins[name] = fromProfile; return profileValue }
            if let configValue { origins[name] = "config"; return configValue }
            origins[name] = "default"
            return fallback
        }
        let apiVersion = try pick("api_version", flag: flags.apiVersion, variable: "TRUNKS_API_VERSION",
                                  parse: { $0 }, profileValue: profile?.apiVersion, fallback: defaultAPIVersion)
        let readOnly = try pick("read_only", flag: flags.readOnly ? true : nil, variable: "TRUNKS_READ_ONLY",
                                parse: parseBool, profileValue: profile?.readOnly, fallback: false)
        let theme = try pick("theme", flag: flags.theme, variable: "TRUNKS_THEME", parse: { $0 },
                             profileValue: profile?.theme, configValue: config.theme, fallback: "default")
        let pageSize = try pick("page_size", flag: flags.pageSize, variable: "TRUNKS_PAGE_SIZE",
                                parse: { Int($0).flatMap { (1...1000).contains($0) ? $0 : nil } },
                                profileValue: profile?.pageSize, fallback: defaultPageSize)
        let preview = try pick("preview", flag: flags.preview, variable: "TRUNKS_PREVIEW", parse: PreviewMode.init(setting:),
                               profileValue: profile?.preview, configValue: config.preview, fallback: .auto)
        let ticketRequired = try pick("ticket", flag: nil, variable: "TRUNKS_TICKET_REQUIRED", parse: parseBool,
                                      profileValue: profile?.ticketRequired, configValue: config.ticketRequired, fallback: false)
        var settings = ResolvedSettings(profile: profile, endpoint: endpoint, apiVersion: apiVersion, readOnly: readOnly,
                                theme: theme, pageSize: pageSize, origins: origins)
        settings.preview = preview
        settings.ticketRequired = ticketRequired
        return settings
    }

    private static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: return nil
        }
    }
}
