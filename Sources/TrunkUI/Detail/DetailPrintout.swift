import TrunkModel

/// The detail pane's words as plain lines for `trunks show`: the health summary, then the groups
/// as the pane shows them (the destination policy in words), without key hints. Pure.
public enum DetailPrintout {
    /// Every line of `trunk` (read on its own, with its DIDs) at `width` columns; secrets masked
    /// unless `revealSecrets`. Lines carry no trailing spaces.
    public static func lines(for trunk: Trunk, width: Int, revealSecrets: Bool) -> [String] {
        var lines: [String] = []
        let findings = TrunkHealth.findings(trunk)
        if findings.isEmpty { lines.append(" ✓ No problems found") }
        for finding in findings {
            for (index, part) in TextWrap.wrap(finding.text, width: max(8, width - 4)).enumerated() {
                lines.append((index > 0 ? "   " : (finding.isProblem ? " ! " : " i ")) + part)
            }
        }
        let rows = DetailRows(trunk: trunk, width: width, revealed: revealSecrets, secondsLeft: 0,
                              isFullyRead: true, keyHints: false)
        let type = trunk.authenticationMethod?.type
        for group in FieldGroup.allCases {
            lines.append("")
            lines.append(" " + group.rawValue)
            var section: String?
            for field in FieldTable.fields(in: group, for: type) {
                if field.section != section, let name = field.section { lines.append("  " + name) }
                section = field.section
                lines += rows.lines(for: field).map(\.text)
            }
            lines += rows.extraLines(after: group).map(\.text)
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}
