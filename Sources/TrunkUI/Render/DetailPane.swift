import ScreenKit
import TrunkModel

/// Draws one trunk grouped as the DIDWW panel groups it, with a health summary on top.
enum DetailPane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        guard let trunk = state.detailTrunk else {
            grid.box(rect, title: "Detail", focused: focused)
            grid.line("  no trunk selected", in: rect.inset(1), row: 1, role: .muted)
            return
        }
        grid.box(rect, title: trunk.name ?? trunk.id, focused: focused)
        let inner = rect.inset(1)
        let lines = self.lines(for: trunk, width: inner.width)
        let scroll = min(state.detailScroll, max(0, lines.count - inner.height))
        for row in 0..<inner.height where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
    }

    static func lines(for trunk: Trunk, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let findings = TrunkHealth.findings(trunk)
        if findings.isEmpty {
            lines.append(StyledLine([(" ✓ ", .ok), ("no problems found", .muted)]))
        } else {
            for finding in findings {
                lines.append(StyledLine([(finding.isProblem ? " ! " : " i ", finding.isProblem ? .warning : .muted),
                                         (finding.text, finding.isProblem ? .warning : .text)]))
            }
        }
        lines.append(StyledLine([(" id ", .muted), (trunk.id, .muted)]))
        let labelWidth = min(28, max(14, width / 3))
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
                lines.append(valueLine(field, trunk.value(field.key), labelWidth: labelWidth))
            }
            if group == .termination {
                lines.append(StyledLine([("   ", .text), (PrefixPolicy(trunk: trunk).summary, .muted)]))
            }
        }
        return lines
    }

    private static func valueLine(_ field: TrunkField, _ value: FieldValue, labelWidth: Int) -> StyledLine {
        let label = "   " + DisplayWidth.pad(field.label, to: labelWidth - 3) + " "
        if field.isSecret, value != .null {
            return StyledLine([(label, .muted), ("•••••••• (hidden)", .maskedSecret)])
        }
        if field.key == .dids || field.key == .emergencyDids, value == .null {
            return StyledLine([(label, .muted), ("not loaded (Enter opens the trunk)", .muted)])
        }
        let role: StyleRole = value == .null ? .muted : (field.isWritable ? .text : .muted)
        return StyledLine([(label, .muted), (value.display(for: field), role)])
    }
}

/// Findings a support engineer checks first, one line each with its reason.
enum TrunkHealth {
    struct Finding: Equatable {
        var text: String
        var isProblem: Bool
    }

    static func findings(_ trunk: Trunk) -> [Finding] {
        var found: [Finding] = []
        if trunk.status == .blocked { found.append(Finding(text: "Blocked: outbound calls are refused", isProblem: true)) }
        if trunk.thresholdReached == true {
            found.append(Finding(text: "24-hour limit reached: spent $\(ListPane.money(trunk.spentAmount ?? "?")) of $\(ListPane.money(trunk.thresholdAmount ?? "?"))", isProblem: true))
        }
        let sip = trunk.authenticationMethod?.allowedSipIps ?? []
        if sip.contains(where: { IPNetwork($0)?.isEverything == true }) {
            found.append(Finding(text: "SIP allowed from every address (0.0.0.0/0 or ::/0)", isProblem: true))
        }
        if (trunk.allowedRtpIps ?? []).contains(where: { IPNetwork($0)?.isEverything == true }) {
            found.append(Finding(text: "RTP allowed from every address (0.0.0.0/0 or ::/0)", isProblem: true))
        } else if trunk.allowedRtpIps == nil || trunk.allowedRtpIps?.isEmpty == true {
            found.append(Finding(text: "No RTP IP restriction", isProblem: true))
        }
        if trunk.mediaEncryptionMode == .disabled {
            found.append(Finding(text: "Media encryption off", isProblem: false))
        }
        if let prefix = trunk.authenticationMethod?.techPrefix, !prefix.isEmpty {
            found.append(Finding(text: "Tech prefix \(prefix) must be dialled before every number, emergency calls too (\(prefix)112)", isProblem: false))
        }
        if trunk.authenticationMethod?.type == .ipOnly {
            found.append(Finding(text: "IP-only authentication: only DIDWW support can change it", isProblem: false))
        }
        return found
    }
}
