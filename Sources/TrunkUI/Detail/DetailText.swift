import ScreenKit
import TrunkModel

/// What the detail pane says about a trunk, line by line: the health summary, then the groups as
/// the DIDWW panel groups them. The reducer scrolls by it and `DetailPane` draws it.
enum DetailText {
    /// Every line of the trunk at `width` columns: the health summary, then the groups.
    static func lines(for trunk: Trunk, state: AppState, width: Int, focused: Bool = true) -> [StyledLine] {
        let revealed = focused && state.detailView.reveals(trunk.id, at: state.now)
        let rows = DetailRows(trunk: trunk, width: width, revealed: revealed,
                              secondsLeft: state.detailView.secondsLeft(at: state.now),
                              isFullyRead: state.detail?.id == trunk.id,
                              isReading: state.requests.isOpen(.detail(trunkID: trunk.id)))
        return healthLines(for: trunk, width: width) + groupLines(rows)
    }

    /// The health summary: each finding wrapped at `width`, marked `!` (a problem) or `i`.
    static func healthLines(for trunk: Trunk, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let findings = TrunkHealth.findings(trunk)
        if findings.isEmpty {
            lines.append(StyledLine([(" ✓ ", .ok), ("No problems found", .muted)]))
        }
        for finding in findings {
            let wrapped = TextWrap.wrap(finding.text, width: max(8, width - 4))  // a space before the border
            for (index, part) in wrapped.enumerated() {
                let sign = index > 0 ? "   " : (finding.isProblem ? " ! " : " i ")
                lines.append(StyledLine([(sign, finding.isProblem ? .warning : .muted),
                                         (part, finding.isProblem ? .warning : .text)]))
            }
        }
        return lines
    }

    /// The groups of `rows`' trunk, each under its heading, fields in the panel's order.
    static func groupLines(_ rows: DetailRows) -> [StyledLine] {
        var lines: [StyledLine] = []
        let type = rows.trunk.authenticationMethod?.type
        for group in FieldGroup.allCases {
            lines.append(.blank)
            lines.append(StyledLine(" " + group.rawValue, .header))
            var section: String?
            for field in FieldTable.fields(in: group, for: type) {
                if field.section != section, let name = field.section {
                    lines.append(StyledLine("  " + name, .title))
                }
                section = field.section
                lines += rows.lines(for: field)
            }
            lines += rows.extraLines(after: group)
        }
        return lines
    }
}
