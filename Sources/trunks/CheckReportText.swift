import FoundationEssentials
import TrunkModel

/// `trunks check` in words: one trunk's rules each on a line (✓ pass, ✗ refuses, i to know,
/// ? cannot be decided), or one line per trunk when several were checked.
enum CheckReportText {
    /// The mark of an outcome.
    static func mark(_ outcome: CallCheck.Outcome) -> String {
        switch outcome {
        case .pass: return "✓"
        case .fail: return "✗"
        case .info: return "i"
        case .unknown: return "?"
        }
    }

    /// The mark of a verdict.
    static func mark(_ verdict: CallCheck.Verdict) -> String {
        switch verdict {
        case .allowed: return "✓"
        case .refused: return "✗"
        case .unknown: return "?"
        }
    }

    /// The lines to print (each goes through `Console.line`, which makes names terminal-safe).
    static func lines(_ reports: [CallCheck.Report], call: CallCheck.Call) -> [String] {
        guard !reports.isEmpty else { return ["No trunks to check."] }
        if reports.count == 1 { return detailed(reports[0]) }
        var lines = reports.map { report -> String in
            let deciding = report.firstRefusal ?? report.checks.first { $0.outcome == .unknown }
            let why = deciding.map { " — \($0.rule): \($0.detail)" } ?? ""
            return "\(mark(report.verdict)) \(report.verdict.rawValue.padded(toLength: 8)) \(name(report))\(why)"
        }
        let allowing = reports.filter { $0.verdict == .allowed }.count
        lines.append("")
        lines.append("\(allowing) of \(reports.count) trunks would accept this call (--trunk NAME shows every rule).")
        return lines
    }

    /// One trunk: its name, the verdict, each rule on a line, and the CLI the call carries.
    static func detailed(_ report: CallCheck.Report) -> [String] {
        let width = report.checks.map(\.rule.count).max() ?? 0
        var lines = ["\(name(report)) (\(report.trunkID))", "\(mark(report.verdict)) \(report.summary)", ""]
        for check in report.checks {
            lines.append("  \(mark(check.outcome)) \(check.rule.padded(toLength: width))  \(check.detail)")
        }
        lines.append("")
        lines.append("CLI the call carries: " + (report.cli ?? "not known"))
        return lines
    }

    private static func name(_ report: CallCheck.Report) -> String {
        report.trunkName ?? "(no name)"
    }
}
