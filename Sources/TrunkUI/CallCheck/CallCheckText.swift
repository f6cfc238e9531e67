import FoundationEssentials
import ScreenKit
import TrunkModel

/// The call check in words, as the screen and the summary say it: a mark for every outcome
/// (✓ passes, ✗ refuses, i to know, ? cannot be decided; never colour alone), the verdict in one
/// line, and each rule with the attribute it read and the value it used. Pure.
enum CallCheckText {
    /// The mark of a rule's outcome.
    static func mark(_ outcome: CallCheck.Outcome) -> String {
        switch outcome {
        case .pass: "✓"
        case .fail: "✗"
        case .info: "i"
        case .unknown: "?"
        }
    }

    /// The mark of a verdict.
    static func mark(_ verdict: CallCheck.Verdict) -> String {
        switch verdict {
        case .allowed: "✓"
        case .refused: "✗"
        case .unknown: "?"
        }
    }

    /// The role a verdict is drawn in (the mark says it too).
    static func role(_ verdict: CallCheck.Verdict) -> StyleRole {
        switch verdict {
        case .allowed: .ok
        case .refused: .error
        case .unknown: .warning
        }
    }

    /// The role of a rule's line.
    static func role(_ outcome: CallCheck.Outcome) -> StyleRole {
        switch outcome {
        case .pass: .text
        case .fail: .error
        case .info: .muted
        case .unknown: .warning
        }
    }

    /// The verdict in one line: "✗ Refused by status (also threshold_reached)".
    static func verdictLine(_ report: CallCheck.Report, numberTyped: Bool) -> (String, StyleRole) {
        if !numberTyped && report.verdict != .refused {
            return ("… type the number as dialled for a verdict", .muted)
        }
        var text = mark(report.verdict) + " " + report.summary
        let unchecked = report.checks.filter { $0.outcome == .info && $0.detail.hasPrefix("Not checked") }.map { given($0.rule) }
        if report.verdict == .allowed, !unchecked.isEmpty {
            text += " as far as given (not checked: " + unchecked.joined(separator: ", ") + ")"
        }
        return (text, role(report.verdict))
    }

    /// What the call would have to give for `rule` to be checked: "username" for
    /// `authentication_method.username`.
    static func given(_ rule: String) -> String {
        switch rule {
        case "authentication_method.allowed_sip_ips": "source IP"
        case "authentication_method.username": "username"
        case "authentication_method.twilio_account_sid": "Twilio SID"
        case "authentication_method.tech_prefix", "dst_prefixes": "number"
        case "on_cli_mismatch_action": "CLI"
        case "allowed_rtp_ips": "media IP"
        default: rule
        }
    }

    /// Each rule on its own line, in the order the call meets them: "✗ status: The trunk is blocked…".
    static func ruleLines(_ report: CallCheck.Report) -> [(String, StyleRole)] {
        report.checks.map { check in ("\(mark(check.outcome)) \(check.rule): \(check.detail)", role(check.outcome)) }
    }

    /// The answer for one trunk at `width`: the verdict (wrapped, always in view) and the rules
    /// under it (they scroll).
    static func answer(_ report: CallCheck.Report, numberTyped: Bool, width: Int) -> (verdict: [(String, StyleRole)], rules: [(String, StyleRole)]) {
        let verdict = verdictLine(report, numberTyped: numberTyped)
        let wrapped = TextWrap.wrapHanging(verdict.0, width: max(8, width - 12)).prefix(3).map { ($0, verdict.1) }
        return (Array(wrapped), wrappedRules(report, width: width))
    }

    /// The CLI the call carries, in words.
    static func carriedCLI(_ report: CallCheck.Report) -> String {
        "CLI the call carries: " + (report.cli ?? "not known")
    }

    /// The rules and the carried CLI wrapped to `width`, with a hanging indent after each mark.
    static func wrappedRules(_ report: CallCheck.Report, width: Int) -> [(String, StyleRole)] {
        let lines = ruleLines(report) + [(carriedCLI(report), StyleRole.muted)]
        return lines.flatMap { line in TextWrap.wrapHanging(line.0, width: max(8, width)).map { ($0, line.1) } }
    }

    /// The all-trunks answer in one line: "✓ 3 of 20 loaded trunks would accept this call (2 undecided)".
    static func allTrunksLine(_ answers: AllTrunksCheck.Answers, numberTyped: Bool) -> (String, StyleRole) {
        let total = answers.rows.count
        guard total > 0 else { return ("No trunks are loaded to check.", .muted) }
        let count = "\(GroupedNumber.text(answers.allowed)) of \(GroupedNumber.text(total)) loaded trunk\(total == 1 ? "" : "s")"
        let unknown = answers.unknown > 0 ? " (\(GroupedNumber.text(answers.unknown)) undecided)" : ""
        let role: StyleRole = answers.allowed > 0 ? .ok : (answers.unknown > 0 ? .warning : .error)
        let sign = answers.allowed > 0 ? "✓" : (answers.unknown > 0 ? "?" : "✗")
        let hint = numberTyped ? "" : "; type the number as dialled"
        return ("\(sign) \(count) would accept this call\(unknown)\(hint)", role)
    }

    /// One trunk of the all-trunks answer: "✗ refused  Madrid Callcenter · status: The trunk is blocked…".
    static func answerLine(_ answer: AllTrunksCheck.Answer, deciding: CallCheck.RuleResult?) -> String {
        let verdict = answer.verdict.rawValue.padded(toLength: 7)
        let why = deciding.map { " · \($0.rule)" + ($0.detail.isEmpty ? "" : ": \($0.detail)") } ?? ""
        return "\(mark(answer.verdict)) \(verdict) \(answer.name)\(why)"
    }
}
