import FoundationEssentials
import TrunkModel

/// "Would this trunk take a call to this number?" in words, as the number tester overlay shows
/// it: the call check (`CallCheck`) with only the number known, so a blocked trunk, a reached
/// 24-hour limit or a capacity of 0 refuses as the destination policy does. Pure: a typed text
/// and a trunk give one answer.
enum NumberTester {
    /// How many earlier answers the tester keeps.
    static let historyLimit = 4

    /// One answer: the verdict (nil when the text holds no number yet) and the words.
    struct Answer: Equatable {
        var verdict: CallCheck.Verdict?
        /// Why: the destination policy's words, or the first rule that refuses.
        var reason: String
        /// The other rules that refuse, and the destination's words when another rule decided.
        var more: [String] = []
        /// About the tech prefix, when the trunk has one.
        var note: String?

        /// The mark of the verdict: ✓, ✗, ? (cannot be decided) or … (no number yet).
        var sign: String {
            switch verdict {
            case .allowed?: return "✓ "
            case .refused?: return "✗ "
            case .unknown?: return "? "
            case nil: return "… "
            }
        }

        /// The answer on one line, for the history.
        var line: String {
            sign + reason + (note.map { " · " + $0 } ?? "")
        }
    }

    /// The answer for `typed` on `trunk`; nil when nothing was typed.
    ///
    /// A tech prefix typed in front of the number is stripped first, as DIDWW strips it before
    /// routing; without it the number is checked as if dialled with it, and the answer gives
    /// exactly what to dial: the tech prefix, then the number's E.164 digits (no spaces, no `+` or `00`).
    static func evaluate(_ typed: String, on trunk: Trunk) -> Answer? {
        var number = typed.trimmingWhitespace()
        guard !number.isEmpty else { return nil }
        var techPrefix: (text: String, typed: Bool)?
        if let prefix = trunk.authenticationMethod?.techPrefix, !prefix.isEmpty, trunk.authenticationMethod?.type != .twilio {
            let typed = number.hasPrefix(prefix)
            if typed { number.removeFirst(prefix.count) }
            techPrefix = (prefix, typed)
        }
        guard let digits = PrefixPolicy(trunk: trunk).decide(number)?.number else {
            return Answer(verdict: nil, reason: "type digits; a leading + or 00 is ignored", note: nil)
        }
        let note = techPrefix.map { prefix in
            prefix.typed ? "tech prefix \(prefix.text) stripped before matching"
                : "dial it as \(prefix.text)\(digits): the tech prefix comes first"
        }
        let report = CallCheck.evaluate(CallCheck.Call(number: (techPrefix?.text ?? "") + number), on: trunk)
        let destination = report.checks.first { $0.rule == "dst_prefixes" }
        let destinationWords = destination.map { String($0.detail.dropLast($0.detail.hasSuffix(".") ? 1 : 0)) } ?? ""
        let refusals = report.checks.filter { $0.outcome == .fail }
        switch report.verdict {
        case .allowed:
            return Answer(verdict: .allowed, reason: destinationWords, note: note)
        case .refused where refusals.count == 1 && refusals[0].rule == "dst_prefixes":
            return Answer(verdict: .refused, reason: destinationWords, note: note)
        case .refused:
            let first = refusals[0]
            var more = refusals.dropFirst().filter { $0.rule != "dst_prefixes" }.map { "also \(words($0))" }
            more.append("destination: " + destinationWords)
            return Answer(verdict: .refused, reason: "Refused by " + words(first), more: more, note: note)
        case .unknown:
            let undecided = report.checks.filter { $0.outcome == .unknown }
            return Answer(verdict: .unknown, reason: "Cannot be decided: " + undecided.map(words).joined(separator: "; "),
                          more: ["destination: " + destinationWords], note: note)
        }
    }

    /// "status: the trunk is blocked: it refuses every call."
    private static func words(_ result: CallCheck.RuleResult) -> String {
        "\(result.rule): \(result.detail)"
    }
}
