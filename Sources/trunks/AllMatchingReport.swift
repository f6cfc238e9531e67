import FoundationEssentials
import ScreenKit
import TrunkModel
import TrunkUI

/// What `--all-matching` prints: the review (standard output, or standard error under
/// `--output json` so that standard output holds the JSON alone), the results table or the
/// results as JSON (docs/json-output.md), and the notes on standard error.
struct AllMatchingReport {
    var command: String
    var filter: String
    var format: AllMatchingOptions.Format
    var dryRun: Bool

    /// No trunk matches: said, and under `--output json` an empty result.
    func nothingMatches() {
        Console.error("No trunk matches \(filter): nothing was sent.")
        if format == .json { print(json(items: [], counts: counts([]), status: CommandExit.done)) }
    }

    /// The review: what the change is and to which trunks, the counts, the trunks grouped by
    /// identical change, the exact body of one PATCH; then the trunks it is not valid for, named
    /// on standard error.
    func review(_ change: BulkChange) {
        let n = change.items.count
        let toError = format == .json
        func say(_ text: String) { if toError { Console.error(text) } else { Console.line(text) } }
        say("\(BulkChangeWords.verb(change.edit)) the \(n) trunk\(n == 1 ? "" : "s") matching \(filter):")
        say(change.countsText(alreadyWord: BulkChangeWords.already(change.edit)))
        for group in BulkChangeWords.groups(change) {
            say("")
            say("\(group.items.count) trunk\(group.items.count == 1 ? "" : "s"): \(group.summary)")
            group.items.forEach { item in
                say("  " + RunbookChange.title(item.trunk) + (BulkChangeWords.detail(of: item, in: change).map { "  (\($0))" } ?? ""))
            }
        }
        if let first = change.changing.first, let body = change.body(of: first) {
            say("")
            say("The PATCH of each trunk, e.g. \(RunbookChange.title(first.trunk)):")
            say("  PATCH /v3/voice_out_trunks/\(first.trunk.id)")
            ReviewText.masked(body).text(pretty: true).split(separator: "\n").forEach { say("  " + $0) }
            say("")
            say("One trunk at a time: each is read again just before its PATCH, and one someone changed meanwhile is "
                + "skipped, never overwritten.")
        }
        // On a terminal the review above names them already; a script's log gets them on standard error.
        let refused = change.items.filter { $0.refused != nil }
        if !refused.isEmpty, toError || !OutputTerminal.stdoutIsTerminal {
            let them = refused.count == 1 ? "1 trunk, which is" : "\(refused.count) trunks, which are"
            Console.error("The change is not valid for \(them) not sent:")
            refused.forEach { Console.error("  \(RunbookChange.title($0.trunk)): \($0.refused ?? "")") }
        }
    }

    /// Nothing is sent: a dry run, or no trunk changes.
    func unsent(_ change: BulkChange) {
        let status = change.refusedCount > 0 ? CommandExit.refused : CommandExit.done
        let say: String
        if dryRun {
            say = "Dry run: nothing was sent."
        } else if change.refusedCount == change.items.count {
            say = "Nothing was sent: the change is not valid for any trunk matching."
        } else {
            say = "Nothing to send: every trunk matching is \(BulkChangeWords.already(change.edit))"
                + (change.refusedCount > 0 ? " or the change is not valid for it." : ".")
        }
        if format == .json { Console.error(say) } else { Console.line(say) }
        guard format == .json else { return }
        let items = change.items.map { item -> JSONValue in
            let result = item.refused != nil ? "refused" : item.changes ? (dryRun ? "would_change" : "changed") : "already_so"
            return row(item, result: result, change: item.changes ? BulkChangeWords.summary(of: item, in: change) : nil,
                       reason: item.refused.map { "not valid for it: " + $0 })
        }
        print(json(items: items, counts: counts(items), status: status))
    }

    /// The results: a table (✓ done, ✗ failed and why, – skipped and why) and the line the list
    /// shows at the end, or the JSON.
    func results(_ sending: BulkSending, statuses: [String: Int32]) {
        let change = sending.change
        let changed = sending.outcomes.values.filter { $0 == .changed }.count
        let summary = "\(changed) of \(change.items.count) \(BulkChangeWords.done(change.edit)) · " + sending.progressText
        let status = statuses.values.max() ?? CommandExit.done
        switch format {
        case .text:
            // Names are cut to keep the table readable; the id beside each is whole.
            let names = change.items.map { TerminalSafeText.line($0.trunk.name ?? "(no name)") }
            let width = min(names.map(DisplayWidth.of).max() ?? 0, 32)
            for (item, name) in zip(change.items, names) {
                guard let (sign, text) = BulkChangeWords.result(of: item, in: sending) else { continue }
                Console.line(sign + " " + DisplayWidth.pad(DisplayWidth.truncate(name, to: width), to: width) + "  "
                             + item.trunk.id + "  " + text)
            }
            Console.line(summary)
        case .json:
            Console.error(summary)
            let items = change.items.map { item -> JSONValue in
                let (result, reason) = Self.result(sending.outcomes[item.trunk.id], status: statuses[item.trunk.id])
                let made = item.changes && sending.outcomes[item.trunk.id] != .alreadySo
                return row(item, result: result, change: made ? BulkChangeWords.summary(of: item, in: change) : nil, reason: reason)
            }
            print(json(items: items, counts: counts(items), status: status))
        }
        let ended = Set(statuses.values)
        if ended.contains(CommandExit.conflict) {
            Console.error("A trunk changed meanwhile was skipped, not overwritten, or the outcome of a change is not known: "
                          + "run the command again to change the trunks as they are now (those already so are left alone).")
        }
        if ended.contains(CommandExit.network) {
            Console.error("Some trunks failed and were not changed: run the command again to try them once more.")
        }
    }

    /// A trunk's result word and reason in the JSON.
    static func result(_ outcome: BulkSending.Outcome?, status: Int32?) -> (String, String?) {
        switch outcome {
        case .changed?: return ("changed", nil)
        case .alreadySo?: return ("already_so", nil)
        case .failed(let why)?:
            switch status {
            case CommandExit.conflict?: return ("unknown", why)
            case CommandExit.refused?: return ("refused", why)
            default: return ("failed", why)
            }
        case .skipped(let why)?:
            return (status == CommandExit.refused ? "refused" : status == CommandExit.conflict ? "conflict" : "skipped", why)
        case nil: return ("skipped", nil)
        }
    }

    private func row(_ item: BulkChange.Item, result: String, change: String?, reason: String?) -> JSONValue {
        .object(["id": .string(item.trunk.id), "name": item.trunk.name.map(JSONValue.string) ?? .null, "result": .string(result),
                 "change": change.map(JSONValue.string) ?? .null, "reason": reason.map(JSONValue.string) ?? .null])
    }

    /// How many trunks ended with each result (every result word, 0 when none).
    private func counts(_ items: [JSONValue]) -> [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Self.results.map { ($0, 0) })
        for item in items { if let result = item["result"]?.string { counts[result, default: 0] += 1 } }
        return counts
    }

    /// The result words of the JSON.
    static let results = ["changed", "already_so", "would_change", "conflict", "unknown", "refused", "failed", "skipped"]

    private func json(items: [JSONValue], counts: [String: Int], status: Int32) -> String {
        let document = JSONValue.object([
            "command": .string("trunks \(command)"), "filter": .string(filter), "dry_run": .bool(dryRun),
            "exit_status": .int(Int(status)), "matched": .int(items.count),
            "counts": .object(counts.mapValues { JSONValue.int($0) }), "trunks": .array(items),
        ])
        return TerminalSafeText.json(document.text())
    }
}
