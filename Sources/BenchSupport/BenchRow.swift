/// One line of the benchmark table: what was measured, the figure, the budget and the verdict.
public struct BenchRow: Equatable, Sendable {
    /// What was measured, e.g. "filter keystroke over 10,000 trunks (p99)".
    public var what: String
    /// The measured figure with its unit, e.g. "1.42 ms".
    public var figure: String
    /// The budget in words, e.g. "< 5 ms".
    public var budget: String
    /// True when the figure is within the budget; nil when it could not be measured.
    public var passed: Bool?
    /// Extra facts: the comparison figure, the sample count, why a row failed.
    public var note: String

    /// A row; `passed` nil means "not measured" (say why in `note`).
    public init(what: String, figure: String, budget: String, passed: Bool?, note: String = "") {
        self.what = what
        self.figure = figure
        self.budget = budget
        self.passed = passed
        self.note = note
    }

    /// "pass", "FAIL" or "n/a".
    public var verdict: String {
        switch passed {
        case true?: return "pass"
        case false?: return "FAIL"
        case nil: return "n/a"
        }
    }
}

/// Renders benchmark rows as a Markdown table (readable in a terminal and in BENCHMARKS.md).
public enum BenchTable {
    /// The header and one line per row, cells padded so the columns line up.
    public static func markdown(_ rows: [BenchRow]) -> String {
        let header = ["what", "figure", "budget", "result", "note"]
        let body = rows.map { [$0.what, $0.figure, $0.budget, $0.verdict, $0.note] }
        let widths = header.indices.map { column in
            ([header] + body).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
        }
        let rule = "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |"
        return ([line(header), rule] + body.map(line)).joined(separator: "\n")
    }

    /// A duration in milliseconds with two decimals below 10 ms, none above.
    public static func milliseconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
    }
}
