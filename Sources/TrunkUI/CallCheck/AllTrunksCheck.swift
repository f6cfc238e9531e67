import Foundation
import TrunkModel

/// "Which trunks would accept this call?": the call check on every loaded trunk, one answer per
/// trunk with its verdict and the rule that decided it, allowed first, then those that cannot be
/// decided, then the refused; in the list's order within each. Pure.
public enum AllTrunksCheck {
    /// One trunk's answer.
    public struct Answer: Equatable, Sendable {
        public var trunkID: String
        public var name: String
        public var verdict: CallCheck.Verdict
        /// The rule that decided: the first to refuse, or the first that cannot be decided; nil when allowed.
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

    /// The answers for `call` on `trunks`.
    public static func answers(_ call: CallCheck.Call, on trunks: [Trunk]) -> Answers {
        var allowed: [Answer] = []
        var unknown: [Answer] = []
        var refused: [Answer] = []
        for trunk in trunks {
            let report = CallCheck.evaluate(call, on: trunk)
            let verdict = report.verdict
            let deciding = report.firstRefusal ?? report.checks.first { $0.outcome == .unknown }
            let answer = Answer(trunkID: trunk.id, name: trunk.name ?? "(no name)", verdict: verdict,
                                deciding: verdict == .allowed ? nil : deciding)
            switch verdict {
            case .allowed: allowed.append(answer)
            case .unknown: unknown.append(answer)
            case .refused: refused.append(answer)
            }
        }
        var answers = Answers()
        answers.allowed = allowed.count
        answers.unknown = unknown.count
        answers.rows = allowed + unknown + refused
        return answers
    }
}
