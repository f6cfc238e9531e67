import Dispatch
import DidwwClient
import FoundationEssentials
import Synchronization
import TrunkModel
import TrunkUI

/// Shell completion of a trunk's name (`trunks show <Tab>`): the account's names starting with
/// what is typed, read with the endpoint, profile and API version on the command line so far and
/// the key from the environment or the profile. Gives up silently after `timeout` seconds or on
/// any problem (no endpoint, no key, no network): completion must never print an error or hang.
enum TrunkNameCompletion {
    static let timeout = 1.5
    static let limit = 200

    /// The names for `prefix`, given the command line's `words`.
    static func names(words: [String], prefix: String) -> [String] {
        let found = Mutex<[String]>([])
        let done = DispatchSemaphore(value: 0)
        let flags = settings(words)
        Task.detached {
            let names = (try? await read(flags, prefix: prefix)) ?? []
            found.withLock { $0 = names }
            done.signal()
        }
        // Completion runs on the main thread, outside Swift's cooperative pool.
        _ = done.wait(timeout: .now() + timeout)
        return found.withLock { $0 }
    }

    /// The endpoint options among `words` (`--demo`, `--base-url URL`, `--profile=NAME`…).
    static func settings(_ words: [String]) -> CommandLineSettings {
        var flags = CommandLineSettings()
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? word
            let value: String? = parts.count == 2 ? parts[1] : (index + 1 < words.endIndex ? words[index + 1] : nil)
            switch name {
            case "--demo": flags.demo = true
            case "--sandbox": flags.sandbox = true
            case "--production": flags.production = true
            case "--base-url": flags.baseURL = value
            case "--profile": flags.profile = value
            case "--api-version": flags.apiVersion = value
            default: break
            }
            index += 1
        }
        return flags
    }

    private static func read(_ flags: CommandLineSettings, prefix: String) async throws -> [String] {
        let settings = try Startup.prepare(flags).settings
        let endpoint = try await Endpoint.resolve(settings: settings) { apiVersion in
            try await Endpoint.startSeededDemo(apiVersion: apiVersion)
        }
        let client = DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: settings.apiVersion,
                                 transport: CurlTransport(), timeout: timeout, readOnly: true)
        defer { Task { await endpoint.stop() } }
        let filters = prefix.isEmpty || prefix.contains(",") ? [:] : ["name_contains": prefix]
        let page = try await client.list(TrunkListQuery(pageSize: limit, filters: filters, sort: [.init(field: "name")],
                                                        fields: ["name"]))
        return page.trunks.compactMap(\.name).filter { $0.hasPrefix(prefix) && !$0.contains(where: \.isNewline) }
    }
}
