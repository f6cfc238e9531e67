import ArgumentParser
import TrunkUI

/// `--all-matching FILTER` and its `--output`: the runbook commands' way to change every trunk a
/// filter matches instead of the one NAME|ID names.
struct AllMatchingOptions: ParsableArguments {
    /// How the results are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .customLong("all-matching"),
            help: ArgumentHelp("Every trunk this filter matches instead of NAME|ID, in the / filter's language "
                               + "(as trunks list --filter): one review, one question, then one trunk at a time.",
                               valueName: "filter"),
            completion: .custom { _, _, prefix in AllMatchingOptions.filterCompletions(prefix) })
    var filter: String?
    @Option(help: ArgumentHelp("With --all-matching: text (the results as a table) or json (docs/json-output.md).",
                               valueName: "text|json"))
    var output: Format = .text

    /// Exactly one of `trunk` and `--all-matching` (a usage error otherwise), a filter that is
    /// understood and not empty, and `--output json` only with `--all-matching`.
    func validate(trunk given: Bool) throws {
        guard let filter else {
            if !given { throw ValidationError("Give the trunk (NAME|ID) or --all-matching FILTER.") }
            if output == .json { throw ValidationError("--output json goes with --all-matching.") }
            return
        }
        if given { throw ValidationError("Give either NAME|ID or --all-matching FILTER, not both.") }
        let query = FilterQuery.parse(filter)
        if !query.problems.isEmpty { throw ValidationError("--all-matching: " + query.problems.joined(separator: "; ")) }
        if query.isEmpty {
            throw ValidationError("--all-matching: the filter is empty, and an empty filter would match every trunk; "
                                  + "give at least one word or key:value token.")
        }
    }

    /// Completions of the filter's last word: its `key:value` tokens and `key:` for keys that
    /// take any text, after the words already typed.
    static func filterCompletions(_ typed: String) -> [String] {
        let stem = typed.lastIndex(of: " ").map { String(typed[...$0]) } ?? ""
        let word = String(typed.dropFirst(stem.count))
        let tokens = FilterQuery.keys.flatMap { key in key.values.map { $0.map { "\(key.name):\($0)" } } ?? ["\(key.name):"] }
        return tokens.filter { $0.hasPrefix(word.lowercased()) }.map { stem + $0 }
    }
}
