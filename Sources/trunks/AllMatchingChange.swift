import ArgumentParser
import DidwwClient
import FoundationEssentials
import TrunkModel
import TrunkUI

/// One change to every trunk a filter matches, made from the command line the way the list's
/// `b` and `p` make it for the marked trunks (`BulkChange`, `BulkSending`): read the trunks the
/// filter matches (its server tokens sent as `filter[...]`, the rest matched here), check the
/// change for each, print one review, ask once, then send one trunk at a time, at most 20
/// requests a second, each read again first and skipped when someone changed it meanwhile.
///
/// A trunk the change is not valid for is named and not sent; the others go ahead. The exit
/// status is the highest any trunk ended with: 4 a failure, 3 a conflict or an unknown outcome,
/// 1 not valid (or the server refused the value), else 0.
struct AllMatchingChange {
    /// The subcommand's words, for messages and the audit trail ("block", "prefixes remove").
    var command: String
    var filter: String
    var connection: ConnectionOptions
    var profile: String?
    var options: RunbookOptions
    var format: AllMatchingOptions.Format

    /// Requests start at least this far apart: 20 a second at most, as the list's bulk change sends.
    static let spacing: Duration = .milliseconds(50)

    /// Runs the change: `check` refuses values before anything is read (exit 1), `edit` makes the
    /// change with the validator of the API version in use, `refuse` says why it is not valid for a trunk (as read, and as it would be).
    func run(check: (TrunkValidator) -> [String] = { _ in [] }, edit: (TrunkValidator) -> BulkEdit,
             refuse: ((Trunk, Trunk, TrunkValidator) -> String?)? = nil) async throws {
        let (settings, validator) = try RunbookChange.prepare(connection: connection, profile: profile, options: options, check: check)
        let edit = edit(validator)
        let endpoint = try await Endpoint.resolveForCommand(settings: settings)
        do {
            try await change(endpoint: endpoint, settings: settings, validator: validator, edit: edit, refuse: refuse)
        } catch {
            await endpoint.stop()
            throw error
        }
        await endpoint.stop()
    }

    private func change(endpoint: Endpoint, settings: ResolvedSettings, validator: TrunkValidator, edit: BulkEdit,
                        refuse: ((Trunk, Trunk, TrunkValidator) -> String?)?) async throws {
        let client = RunbookChange.client(endpoint, settings: settings, connection: connection)
        let service = RunbookChange.auditedService(client, endpoint: endpoint, settings: settings, command: command, options: options)
        let trunks = try await matching(service, pageSize: settings.pageSize)
        let report = AllMatchingReport(command: command, filter: filter, format: format, dryRun: options.dryRun)
        guard !trunks.isEmpty else {
            report.nothingMatches()
            return
        }
        let change = BulkChange(trunks, edit) { base, draft in
            if let why = refuse?(base, draft, validator) { return why }
            if case .status = edit { return nil }
            return BulkChange.refusal(of: draft, keys: edit.keys, validator: validator)
        }
        report.review(change)
        let refusedStatus = change.refusedCount > 0 ? CommandExit.refused : CommandExit.done
        if change.changingCount == 0 || options.dryRun {
            report.unsent(change)
            if refusedStatus != CommandExit.done { throw ExitCode(refusedStatus) }
            return
        }
        if !options.yes {
            let words = change.confirmWords.joined(separator: " ")
            let them = "\(change.changingCount) trunk\(change.changingCount == 1 ? "" : "s")"
            try RunbookChange.confirm(words.isEmpty ? "Send to \(them)? [y/N] " : "Type \(words) to send to \(them) (anything else cancels): ",
                                      expecting: words.isEmpty ? nil : words)
        }
        let sent = await send(change, service: service)
        report.results(sent.sending, statuses: sent.statuses)
        let status = sent.statuses.values.max() ?? CommandExit.done
        if status != CommandExit.done { throw ExitCode(status) }
    }

    /// The trunks the filter matches, in the server's order: its server tokens as `filter[...]`,
    /// every page read, then the words and local tokens matched as the list matches them.
    private func matching(_ service: any TrunkService, pageSize: Int) async throws -> [Trunk] {
        let query = FilterQuery.parse(filter)
        let progress = ProgressLine()
        let read: [Trunk]
        do {
            read = try await ReadConnection.everyTrunk(service, pageSize: pageSize, ServerQuery(filters: query.serverFilters),
                                                       progress: progress)
            progress.clear()
        } catch {
            progress.clear()
            throw RunbookChange.end(CommandExit.network, ["Error: " + RunbookChange.message(error), "Nothing was sent."])
        }
        var list = TrunkList(read)
        return list.matching(query, sort: ListSort(by: nil, descending: false)).map { list[$0] }
    }

    /// Sends to the trunks that change, one at a time and paced; what became of each, and the
    /// exit status of each that did not end well (1 not valid or refused by the server, 3 a
    /// conflict or an unknown outcome, 4 a failure).
    private func send(_ change: BulkChange, service: any TrunkService) async -> (sending: BulkSending, statuses: [String: Int32]) {
        var sending = BulkSending(change)
        var statuses: [String: Int32] = [:]
        for item in change.items where item.refused != nil { statuses[item.trunk.id] = CommandExit.refused }
        let progress = ProgressLine()
        let clock = ContinuousClock()
        var nextStart = clock.now
        func paced() async {
            let now = clock.now
            if nextStart > now { try? await Task.sleep(until: nextStart, clock: clock) }
            nextStart = max(now, nextStart) + Self.spacing
        }
        while let id = sending.next() {
            progress.show("Sending: " + sending.progressText)
            await paced()
            let fresh: Trunk
            do {
                fresh = try await service.trunk(id: id)
            } catch {
                sending.answered(id, .failed("not read again: " + RunbookChange.message(error)))
                statuses[id] = CommandExit.network
                continue
            }
            guard let body = sending.read(fresh) else {
                if case .skipped? = sending.outcomes[id] { statuses[id] = CommandExit.conflict }
                continue
            }
            await paced()
            do {
                _ = try await service.update(id: id, body: body.encoded())
                sending.answered(id, .changed)
            } catch {
                let failure = Self.failure(error)
                sending.answered(id, .failed(failure.why))
                statuses[id] = failure.status
            }
        }
        progress.clear()
        return (sending, statuses)
    }

    /// A PATCH that did not succeed: an outcome reading could not settle is 3, the server's
    /// refusal of a value 1, anything else 4; and why, in the results' words.
    static func failure(_ error: Error) -> (status: Int32, why: String) {
        if let settled = error as? SettledChangeError {
            return settled.verdict == .unknown ? (CommandExit.conflict, "not known whether it was applied: " + settled.userMessage)
                : (CommandExit.network, settled.userMessage)
        }
        if let facing = error as? UserFacingError {
            if facing.outcomeUnknown { return (CommandExit.conflict, "not known whether it was applied: " + facing.userMessage) }
            if !facing.fieldErrors.isEmpty || facing.httpStatus == 422 {
                let problems = facing.fieldErrors.map { problem in
                    (problem.field.map { "\($0.rawValue): " } ?? "") + problem.message
                }
                return (CommandExit.refused, "the server refused it: " + (problems.isEmpty ? facing.userMessage : problems.joined(separator: "; ")))
            }
        }
        return (CommandExit.network, RunbookChange.message(error))
    }
}
