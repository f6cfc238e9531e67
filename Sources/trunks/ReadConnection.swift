import ArgumentParser
import ClientTrunkService
import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// The connection of a command that only reads (`trunks list`, `trunks show`): the endpoint the
/// options and profile choose, with its key from the environment or the profile's key source,
/// and a client that refuses every change before it is sent. Errors end the command with the
/// statuses of `CommandExit`, the message on standard error (never the key).
struct ReadConnection {
    let endpoint: Endpoint
    let settings: ResolvedSettings
    let service: ClientTrunkService

    /// Resolves the endpoint; a usage problem (no endpoint, no key, a bad option) is a
    /// `ValidationError` (status 2), a demo that cannot start is status 4.
    static func open(_ connection: ConnectionOptions, profile: String?, timeout: Double? = nil) async throws -> ReadConnection {
        try connection.validateEndpointChoice()
        var flags = connection.settings
        flags.profile = profile
        let settings = try Startup.prepare(flags).settings
        try APIVersionOptions.validate(apiVersion: settings.apiVersion, tokenURL: connection.tokenURL)
        let endpoint = try await Endpoint.resolveForCommand(settings: settings)
        let client = DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: settings.apiVersion,
                                 transport: CurlTransport(), timeout: timeout ?? connection.timeout, readOnly: true,
                                 tokenService: APIVersionOptions.tokenService(connection.tokenURL, baseURL: endpoint.baseURL,
                                                                              readOnly: true))
        return ReadConnection(endpoint: endpoint, settings: settings, service: ClientTrunkService(client: client))
    }

    /// Runs `body`, then stops what the endpoint started; an API or network error is printed
    /// as "Error: …" and ends with status 4, a `CommandFailure` with its own status.
    func reading<Value>(_ progress: ProgressLine = ProgressLine(), _ body: () async throws -> Value) async throws -> Value {
        do {
            let value = try await body()
            progress.clear()
            await endpoint.stop()
            return value
        } catch {
            progress.clear()
            await endpoint.stop()
            switch error {
            case let failure as CommandFailure:
                Console.error("Error: \(failure.message)")
                throw ExitCode(failure.status)
            case let failure as DidwwError:
                Console.error("Error: \(failure.userMessage)")
            default:
                Console.error("Error: \(error)")
            }
            throw ExitCode(CommandExit.network)
        }
    }

    /// Every page of the list under `query`, in server order; `progress` counts them.
    func everyTrunk(_ query: ServerQuery, progress: ProgressLine) async throws -> [Trunk] {
        try await Self.everyTrunk(service, pageSize: settings.pageSize, query, progress: progress)
    }

    /// Every page of `service`'s list under `query`, `pageSize` trunks a page, in server order.
    static func everyTrunk(_ service: any TrunkService, pageSize: Int, _ query: ServerQuery,
                           progress: ProgressLine) async throws -> [Trunk] {
        var trunks: [Trunk] = []
        var number = 1
        while true {
            let page = try await service.listPage(number: number, size: pageSize, query: query)
            trunks += page.trunks
            if let total = page.totalRecords { progress.show("Reading trunks… \(trunks.count) of \(total)") }
            else { progress.show("Reading trunks… \(trunks.count)") }
            let complete = page.totalRecords.map { trunks.count >= $0 } ?? false
            if page.trunks.isEmpty || page.nextLink == nil || complete { return trunks }
            number += 1
        }
    }
}

/// A reason a runbook command ends other than a network or API error: its message (printed
/// after "Error: ") and its exit status.
struct CommandFailure: Error {
    var message: String
    var status: Int32
}
