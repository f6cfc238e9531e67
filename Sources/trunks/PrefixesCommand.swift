import ArgumentParser
import Foundation
import TrunkModel
import TrunkUI

/// `trunks prefixes NAME|ID add|remove|replace P…`: changes one trunk's destination prefixes,
/// through the same review, read-again check and audit line as `trunks set`.
struct PrefixesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prefixes",
        abstract: "Add, remove or replace destination prefixes of one trunk (as trunks set dst_prefixes=…).",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) prefixes NAME|ID
                 add|remove|replace PREFIX…|- [--dry-run] [--yes] [--ticket T] [--reason R]
        """,
        discussion: """
        add puts the prefixes after those the trunk has (one it has already is left alone), remove \
        takes them out, replace makes them the whole list. A prefix is digits only, without + or 00. \
        - reads the prefixes from standard input, split on commas, spaces and newlines (then --yes \
        or --dry-run is needed, since the terminal cannot be asked). Reviewed, checked against a \
        change made meanwhile and audited as trunks set is.

        \(RunbookOptions.exitStatuses)
        """)

    /// What to do with the prefixes given.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case add, remove, replace
    }

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice
    @OptionGroup var runbook: RunbookOptions

    @Argument(help: ArgumentHelp("The trunk, by id or exact name.", valueName: "name|id"))
    var trunk: String
    @Argument(help: ArgumentHelp("add, remove or replace.", valueName: "add|remove|replace"))
    var action: Action
    @Argument(help: ArgumentHelp("The prefixes (digits), or - to read them from standard input.", valueName: "prefix"))
    var prefixes: [String] = []

    func validate() throws {
        if prefixes.isEmpty { throw ValidationError("Give the prefixes to \(action.rawValue), or - to read them from standard input.") }
        if prefixes == ["-"], !runbook.yes, !runbook.dryRun {
            throw ValidationError("- reads the prefixes from standard input, so trunks cannot ask before sending: "
                                  + "add --yes to send without asking, or --dry-run to only show the change.")
        }
    }

    func run() async throws {
        let given = prefixes == ["-"] ? ListInput.split(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
            : prefixes.flatMap(ListInput.split)
        if given.isEmpty { throw ValidationError("No prefixes were given on standard input.") }
        let action = self.action
        let change = RunbookChange(command: "prefixes \(action.rawValue)", trunk: trunk, connection: connection,
                                   profile: profileChoice.profile, options: runbook)
        try await change.run(check: { validator in
            given.compactMap { validator.itemIssue($0, for: .dstPrefixes).map { TerminalSafeText.line($0.message) } }
        }) { base, _ in
            let (list, notes) = Self.apply(action, given, to: base.dstPrefixes ?? [])
            return .draft(base.setting(.dstPrefixes, .list(list)), notes: notes)
        }
    }

    /// The list after `action` with `given`, and notes on prefixes that were there already or not at all.
    static func apply(_ action: Action, _ given: [String], to current: [String]) -> ([String], [String]) {
        switch action {
        case .replace:
            return (given, [])
        case .add:
            let present = Set(current)
            let there = given.filter(present.contains)
            var added: [String] = [], seen = present
            for prefix in given where seen.insert(prefix).inserted { added.append(prefix) }
            return (current + added, there.isEmpty ? [] : ["Already in the list: " + there.joined(separator: ", ")])
        case .remove:
            let removing = Set(given)
            let absent = given.filter { !current.contains($0) }
            return (current.filter { !removing.contains($0) }, absent.isEmpty ? [] : ["Not in the list: " + absent.joined(separator: ", ")])
        }
    }
}
