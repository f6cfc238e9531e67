import ScreenKit
import TrunkModel

/// What the detail pane says about a trunk, line by line: the health summary, then the groups as
/// the DIDWW panel groups them. The reducer scrolls by it and `DetailPane` draws it.
enum DetailText {
    /// Every line of the trunk at `width` columns: the health summary, then the groups.
    static func lines(for trunk: Trunk, state: AppState, width: Int, focused: Bool = true) -> [StyledLine] {
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
        let revealed = focused && state.detailView.reveals(trunk.id, at: state.now)
        let rows = DetailRows(trunk: trunk, width: width, revealed: revealed,
                              secondsLeft: state.detailView.secondsLeft(at: state.now),
                              isFullyRead: state.detail?.id == trunk.id,
                              isReading: state.requests.isOpen(.detail(trunkID: trunk.id)))
        let type = trunk.authenticationMethod?.type
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
