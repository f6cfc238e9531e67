import ArgumentParser
import FoundationEssentials
import TrunkUI

/// Where the program talks to and how: endpoint, API version, page size, timeout, read-only.
/// Shared by `trunks` and `trunks check` as one option group type, so that these options given
/// before `check` reach it too (swift-argument-parser hands the parent's decoded group to a
/// child that declares a group of the same type).
struct ConnectionOptions: ParsableArguments {
    @Flag(help: "Run against a built-in imitation of the DIDWW API (no account needed).")
    var demo = false
    @Flag(help: "Use the DIDWW sandbox (https://sandbox-api.didww.com/v3).")
    var sandbox = false
    @Flag(help: "Use the DIDWW production API (https://api.didww.com/v3).")
    var production = false
    @Option(help: "Use another API base URL (plain http only to loopback).")
    var baseURL: String?
    @Option(help: "API version: 2026-04-16 (Api-Key header; the default) or 2026-11-19 (bearer tokens, newer rules). Env TRUNKS_API_VERSION, profile api_version.")
    var apiVersion: String?
    @Option(help: "API 2026-11-19: the token service URL (default: the one of --sandbox/--production).")
    var tokenURL: String?
    @Option(help: "Trunks per list request, 1–1000 (env TRUNKS_PAGE_SIZE, profile page_size; default 500).")
    var pageSize: Int?
    @Option(help: "Seconds allowed for each request.")
    var timeout: Double = 15
    @Flag(help: "Refuse every change before it is sent (also env TRUNKS_READ_ONLY, profile read_only).")
    var readOnly = false

    func validate() throws {
        if let pageSize, !(1...1000).contains(pageSize) { throw ValidationError("--page-size must be between 1 and 1000.") }
        if let apiVersion { try APIVersionOptions.validate(apiVersion: apiVersion, tokenURL: tokenURL) }
    }

    /// At most one endpoint (not in `validate()`, which also runs for every subcommand).
    func validateEndpointChoice() throws {
        let chosen = [demo, sandbox, production, baseURL != nil].filter { $0 }.count
        if chosen > 1 { throw ValidationError("Choose only one of --demo, --sandbox, --production, --base-url.") }
    }

    /// The values as the settings resolver wants them (nil: not given).
    var settings: CommandLineSettings {
        var flags = CommandLineSettings()
        flags.demo = demo
        flags.sandbox = sandbox
        flags.production = production
        flags.baseURL = baseURL
        flags.apiVersion = apiVersion
        flags.readOnly = readOnly
        flags.pageSize = pageSize
        return flags
    }
}
