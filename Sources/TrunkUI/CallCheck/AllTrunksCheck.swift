import FoundationEssentials
import TrunkModel

/// "Which trunks would accept this call?": the call check on every loaded trunk, one answer per
/// trunk with its verdict and the rule that decided it, allowed first, then those that cannot be
/// decided, then the refused; in the list's order within each. Pure.
public enum AllTrunksCheck {
    /// One trunk's answer.
    public struct Answer: Equatable, Sendable {
        public var trunkID: String
        public var name: String
        /// Where the trunk was in the list's trunks when it was checked (to find it again fast).
        public var position: Int
        public var verdict: CallCheck.Verdict
        /// The rule that decided: the first to refuse, or the first that cannot be decided; nil
        /// when allowed. Its detail is empty: `words(of:call:trunk:)` says it for a row shown.
        public var deciding: CallCheck.RuleResult?
    }

    /// Every trunk's answer, and how many allow the call.
    public struct Answers: Equatable, Sendable {
        public var rows: [Answer] = []
        public var allowed = 0
        public var unknown = 0

        /// No answers.
        public init() {}
    }

    /// The answers for `call` on `trunks`: the outcomes of every rule, without their words.
    public static func answers(_ call: CallCheck.Call, on trunks: [Trunk]) -> Answers {
        var answers = Answers()
        answers.rows.reserveCapacity(trunks.count)
        trunks.withUnsafeBufferPointer { buffer in
            for position in buffer.indices {
                let report = CallCheck.outcomes(call, on: buffer[position])
                let verdict = report.verdict
                let deciding = verdict == .allowed ? nil
                    : report.firstRefusal ?? report.checks.first { $0.outcome == .unknown }
                answers.rows.append(Answer(trunkID: buffer[position].id, name: buffer[position].name ?? "(no name)",
                                           position: position, verdict: verdict, deciding: deciding))
                if verdict == .allowed { answers.allowed += 1 } else if verdict == .unknown { answers.unknown += 1 }
            }
        }
        // Sorting moves the answers in place (no copies); the position keeps the list's order within each verdict.
        answers.rows.sort { (rank($0.verdict), $0.position) < (rank($1.verdict), $1.position) }
        return answers
    }

    /// Allowed first, then the undecided, then the refused.
    private static func rank(_ verdict: CallCheck.Verdict) -> Int {
        switch verdict {
        case .allowed: 0
        case .unknown: 1
        case .refused: 2
        }
    }

    /// The words of the rule that decided `answer`, checked again in full on `trunk`.
    public static func words(of answer: Answer, call: CallCheck.Call, trunk: Trunk) -> CallCheck.RuleResult? {
        guard let deciding = answer.deciding else { return nil }
        return CallCheck.evaluate(call, on: trunk).checks.first { $0.rule == deciding.rule && $0.outcome == deciding.outcome }
            ?? deciding
    }
}
