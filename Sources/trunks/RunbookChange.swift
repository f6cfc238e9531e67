import ArgumentParser
import ClientTrunkService
import DidwwClient
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel
import TrunkUI

/// One change to one trunk made from the command line the way the review dialog makes it: read
/// the trunk, check the draft with the form's rules, print the review (old → new and the exact
/// PATCH body, secrets masked), ask, read the trunk again and send only if nobody changed a field
/// being changed, settle a lost answer by reading, and write the audit line.
///
/// Every way it ends is an `ExitCode` of `CommandExit`.
struct RunbookChange {
    /// What a command makes of the trunk as read.
    enum Edit {
        /// The trunk as the command would leave it, and notes to print first.
        case draft(Trunk, notes: [String])
        /// Why nothing can be sent (exit 1).
        case refused([String])
    }

    /// The subcommand's name, for messages and the audit trail ("block").
    var command: String
    /// The trunk, by id or exact name.
    var trunk: String
    var connection: ConnectionOptions
    var profile: String?
    var options: RunbookOptions

    /// Runs the change: `check` refuses values before anything is read (exit 1), `edit` makes the
    /// draft from the trunk as read.
    func run(check: (TrunkValidator) -> [String] = { _ in [] },
             edit: (Trunk, TrunkValidator) -> Edit) async throws {
        let (settings, validator) = try Self.prepare(connection: connection, profile: profile, options: options, check: check)
        let endpoint = try await Endpoint.resolveForCommand(settings: settings)
        do {
            try await change(endpoint: endpoint, settings: settings, validator: validator, edit: edit)
        } catch {
            await endpoint.stop()
            throw error
        }
        await endpoint.stop()
    }

    /// What every runbook command settles before reading anything: the settings and the
    /// validator of the API version, values `check` refuses (exit 1), read-only mode (exit 5) and
    /// a question that cannot be asked (exit 2).
    static func prepare(connection: ConnectionOptions, profile: String?, options: RunbookOptions,
                        check: (TrunkValidator) -> [String]) throws -> (ResolvedSettings, TrunkValidator) {
        try connection.validateEndpointChoice()
        var flags = connection.settings
        flags.profile = profile
        let settings = try Startup.prepare(flags).settings
        try APIVersionOptions.validate(apiVersion: settings.apiVersion, tokenURL: connection.tokenURL)
        let validator = TrunkValidator(rules: TrunkRules.forVersion(settings.apiVersion) ?? .v20260416)
        let refusals = check(validator)
        if !refusals.isEmpty { throw Self.end(CommandExit.refused, refusals + ["Nothing was sent."]) }
        if settings.readOnly && !options.dryRun {
            let origin = settings.origins["read_only"].map { " (\($0 == "flag" ? "--read-only" : $0))" } ?? ""
            throw Self.end(CommandExit.readOnly, ["Read-only mode is on\(origin): nothing was sent. (--dry-run shows the change.)"])
        }
        if settings.ticketRequired && options.ticket == nil && !options.dryRun {
            let origin = settings.origins["ticket"].map { " (\($0))" } ?? ""
            throw Self.end(CommandExit.usage, ["A ticket is required for changes\(origin): give --ticket ID (and --reason). Nothing was sent."])
        }
        if !options.yes && !options.dryRun && isatty(0) == 0 {
            throw Self.end(CommandExit.usage, ["Standard input is not a terminal, so trunks cannot ask before sending: "
                                               + "add --yes to send without asking, or --dry-run to only show the change."])
        }
        return (settings, validator)
    }

    /// The client a runbook command reads and sends with (retries said on standard error).
    static func client(_ endpoint: Endpoint, settings: ResolvedSettings, connection: ConnectionOptions) -> DidwwClient {
        DidwwClient(baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, apiVersion: settings.apiVersion,
                    transport: CurlTransport(), timeout: connection.timeout, readOnly: settings.readOnly,
                    tokenService: APIVersionOptions.tokenService(connection.tokenURL, baseURL: endpoint.baseURL,
                                                                 readOnly: settings.readOnly),
                    retryObserver: { notice in Console.error(notice.summary) })
    }

    /// The service changes are sent through: a lost answer settled by reading, and every change
    /// written to the audit trail as made by `trunks COMMAND` with the ticket and reason.
    static func auditedService(_ client: DidwwClient, endpoint: Endpoint, settings: ResolvedSettings, command: String,
                               options: RunbookOptions) -> AuditingTrunkService {
        let environment = ProcessInfo.processInfo.environment
        return AuditingTrunkService(
            SettlingTrunkService(ClientTrunkService(client: client)), log: AuditLog(file: XDGPaths(environment: environment).auditFile),
            identity: AuditIdentity(environment: environment, profile: settings.profile?.name ?? endpoint.label),
            context: AuditContext(command: "trunks \(command)", ticket: options.ticket, reason: options.reason),
            onAuditFailure: { Console.error("warning: " + $0) })
    }

    /// Reads the trunk, checks and reviews the draft, asks, and sends through the audited service.
    private func change(endpoint: Endpoint, settings: ResolvedSettings, validator: TrunkValidator,
                        edit: (Trunk, TrunkValidator) -> Edit) async throws {
        let client = Self.client(endpoint, settings: settings, connection: connection)
        let base = try await readTrunk(client: client, pageSize: settings.pageSize)
        let draft: Trunk
        switch edit(base, validator) {
        case .refused(let reasons):
            throw Self.end(CommandExit.refused, reasons + ["Nothing was sent."])
        case .draft(let trunk, let notes):
            notes.forEach(Console.line)
            draft = trunk
        }
        let problems = Self.problems(base: base, draft: draft, validator: validator)
        problems.warnings.forEach { Console.error("warning: " + $0) }
        if !problems.errors.isEmpty { throw Self.end(CommandExit.refused, problems.errors + ["Nothing was sent."]) }
        let diff = DraftDiff(original: base, draft: draft)
        guard let body = diff.patchDocument() else {
            Console.line("Nothing to change: \(Self.title(base)) already has these values. Nothing was sent.")
            return
        }
        Console.line("Changes to \(Self.title(base)):")
        ReviewText.plainLines(diff, body: body, width: Self.width()).forEach(Console.line)
        if options.dryRun {
            Console.line("Dry run: nothing was sent.")
            return
        }
        // The review dialog's rule: a change that blocks a live trunk needs the word typed.
        if !options.yes { try confirm(word: ReviewState(diff: diff, body: body, fromForm: false).confirmWord) }
        let service = Self.auditedService(client, endpoint: endpoint, settings: settings, command: command, options: options)
        try await send(diff, shown: body, service: service)
    }

    /// The one trunk `trunk` names (exit 2 when none or several do, 4 when reading fails).
    private func readTrunk(client: DidwwClient, pageSize: Int) async throws -> Trunk {
        let found: [Trunk]
        do {
            found = try await CheckedTrunks(client: client, pageSize: pageSize).read(trunk)
        } catch let error as CheckedTrunks.NotFound {
            throw Self.end(CommandExit.usage, ["Error: \(error.description)"])
        } catch {
            throw Self.end(CommandExit.network, ["Error: " + Self.message(error)])
        }
        guard found.count == 1, let only = found.first else {
            throw Self.end(CommandExit.usage, ["Error: \(found.count) trunks are named \(trunk); give one of their ids: "
                                               + found.map(\.id).joined(separator: ", ")])
        }
        return only
    }

    /// Asks on the terminal: y, or `word` when the change needs a word typed ("block").
    private func confirm(word: String?) throws {
        try Self.confirm(word.map { "Type \($0) to send (anything else cancels): " } ?? "Send? [y/N] ", expecting: word)
    }

    /// Asks `question` on standard error and reads the answer: `expecting` typed when given,
    /// else y; anything else ends with status 1.
    static func confirm(_ question: String, expecting: String?) throws {
        // The review goes to standard output, which may be a pipe: it is out before the question.
        fflush(nil)
        StandardStreams.error(question)
        let answer = (readLine(strippingNewline: true) ?? "").trimmingWhitespace().lowercased()
        let confirmed = expecting.map { answer == $0 } ?? (answer == "y" || answer == "yes")
        if !confirmed { throw Self.end(CommandExit.refused, ["Not confirmed: nothing was sent."]) }
    }

    /// Reads the trunk again, stops at a field someone else changed, else sends the PATCH of the
    /// user's fields and says how it ended.
    private func send(_ diff: DraftDiff, shown: JSONValue, service: any TrunkService) async throws {
        let fresh: Trunk
        do {
            fresh = try await service.trunk(id: diff.original.id)
        } catch {
            throw Self.end(CommandExit.network, ["Nothing was sent: the trunk could not be read again first: " + Self.message(error)])
        }
        let rebase = DraftRebase(diff, fresh: fresh)
        if !rebase.conflicts.isEmpty {
            let lines = rebase.conflicts.map { conflict in
                let field = FieldTable.field(conflict.key)
                return "Conflict: someone changed \(conflict.key.rawValue) (\(field.label)) since it was read: theirs "
                    + "\(Self.shown(conflict.theirs, field)), yours \(Self.shown(conflict.mine, field)) "
                    + "(it was \(Self.shown(conflict.base, field)))."
            }
            throw Self.end(CommandExit.conflict, lines + ["Nothing was sent. Run the command again to change the trunk as it is now."])
        }
        if !rebase.othersChanged.isEmpty {
            Console.line("Others changed \(rebase.othersChanged.map(\.rawValue).joined(separator: ", ")) meanwhile; "
                         + "the PATCH carries only your fields.")
        }
        if !rebase.alreadyThere.isEmpty {
            Console.line("\(rebase.alreadyThere.map(\.rawValue).joined(separator: ", ")) already had your value.")
        }
        guard let body = rebase.diff.patchDocument() else {
            Console.line("Nothing to send: the trunk already has your changes.")
            return
        }
        if body != shown {
            Console.line("The trunk changed meanwhile; the PATCH sent is now:")
            ReviewText.plainLines(rebase.diff, body: body, width: Self.width()).forEach(Console.line)
        }
        let receipt: ChangeReceipt<Trunk>
        do {
            receipt = try await service.update(id: fresh.id, body: body.encoded())
        } catch {
            throw Self.failure(error)
        }
        let now = rebase.diff.changes.map { change in
            "\(change.field.label) \(Self.shown(receipt.value.value(change.key), change.field))"
        }
        Console.line("Sent: \(Self.title(receipt.value)) now has " + now.joined(separator: "; ") + "."
                     + (receipt.settlement.map { " (\($0))" } ?? ""))
    }
}
