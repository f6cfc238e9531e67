import ArgumentParser
import FoundationEssentials
import TrunkModel
import TrunkUI

/// `trunks prefixes NAME|ID add|remove|replace P…`: changes one trunk's destination prefixes,
/// through the same review, read-again check and audit line as `trunks set`.
struct PrefixesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prefixes",
        abstract: "Add, remove or replace destination prefixes of one trunk, or of every trunk a filter matches.",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) prefixes NAME|ID
                 add|remove|replace PREFIX…|- [--dry-run] [--yes] [--ticket T] [--reason R]
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) prefixes --all-matching FILTER
                 add|remove|replace PREFIX…|- [--output text|json] [--dry-run] [--yes] [--ticket T] [--reason R]
        """,
        discussion: """
        add puts the prefixes after those the trunk has (one it has already is left alone), remove \
        takes them out, replace makes them the whole list. A prefix is digits only, without + or 00. \
        - reads the prefixes from standard input, split on commas, spaces and newlines (then --yes \
        or --dry-run is needed, since the terminal cannot be asked). Reviewed, checked against a \
        change made meanwhile and audited as trunks set is.

        \(RunbookOptions.allMatching) Each trunk keeps its other prefixes (but with replace).

        \(RunbookOptions.exitStatuses)
        """)

    /// What to do with the prefixes given.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case add, remove, replace
    }

    @OptionGroup var target: ChangeTarget
    @Argument(help: ArgumentHelp("add, remove or replace.", valueName: "add|remove|replace"),
              completion: .list(Action.allCases.map(\.rawValue)))
    var actionWord: String?
    @Argument(help: ArgumentHelp("The prefixes (digits), or - to read them from standard input.", valueName: "prefix"))
    var prefixes: [String] = []

    /// The trunk named, the action and the prefixes: with --all-matching no trunk is named, so
    /// the words move up by one (a first word that is no action is a trunk given as well).
    var given: (trunk: String?, action: String?, prefixes: [String]) {
        guard target.allMatching.filter != nil, let first = target.trunk, Action(rawValue: first) != nil else { return (target.trunk, actionWord, prefixes) }
        return (nil, first, (actionWord.map { [$0] } ?? []) + prefixes)
    }

    /// The action given (a usage error when none or another word).
    var action: Action {
        get throws {
            guard let word = given.action else { throw ValidationError("Give add, remove or replace, then the prefixes.") }
            guard let action = Action(rawValue: word) else {
                throw ValidationError("\(TerminalSafeText.line(word)) is not add, remove or replace.")
            }
            return action
        }
    }

    func validate() throws {
        try target.allMatching.validate(trunk: given.trunk != nil)
        let action = try self.action
        let prefixes = given.prefixes
        if prefixes.isEmpty { throw ValidationError("Give the prefixes to \(action.rawValue), or - to read them from standard input.") }
        if prefixes == ["-"], !target.runbook.yes, !target.runbook.dryRun {
            throw ValidationError("- reads the prefixes from standard input, so trunks cannot ask before sending: "
                                  + "add --yes to send without asking, or --dry-run to only show the change.")
        }
    }

    func run() async throws {
        let prefixes = given.prefixes
        let listed = prefixes == ["-"] ? ListInput.split(String(decoding: StandardStreams.readInput(), as: UTF8.self))
            : prefixes.flatMap(ListInput.split)
        if listed.isEmpty { throw ValidationError("No prefixes were given on standard input.") }
        let action = try self.action
        let check = { (validator: TrunkValidator) in
            listed.compactMap { validator.itemIssue($0, for: .dstPrefixes).map { TerminalSafeText.line($0.message) } }
        }
        if let filter = target.allMatching.filter {
            let change = AllMatchingChange(command: "prefixes \(action.rawValue)", filter: filter, connection: target.connection,
                                           profile: target.profileChoice.profile, options: target.runbook, format: target.allMatching.output)
            let edit = PrefixEdit(PrefixEdit.Action(rawValue: action.rawValue) ?? .add, listed)
            try await change.run(check: check, edit: { _ in .prefixes(edit) })
            return
        }
        let change = RunbookChange(command: "prefixes \(action.rawValue)", trunk: given.trunk ?? "", connection: target.connection,
                                   profile: target.profileChoice.profile, options: target.runbook)
        try await change.run(check: check) { base, _ in
            let (list, notes) = PrefixEdit(PrefixEdit.Action(rawValue: action.rawValue) ?? .add, listed).apply(to: base.dstPrefixes ?? [])
            return .draft(base.setting(.dstPrefixes, .list(list)), notes: notes)
        }
    }
}
