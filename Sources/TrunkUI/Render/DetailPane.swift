import ScreenKit
import TrunkModel

/// Draws one trunk grouped as the DIDWW panel groups it, with a health summary on top, or its raw
/// JSON (`J`), and the number tester or regenerate confirmation over it. Pure.
enum DetailPane {
    /// The rows and columns of trunk text the pane shows for `state` at its screen size (inside
    /// its border), as `Viewport` places the pane.
    static func innerSize(of state: AppState) -> (rows: Int, columns: Int) {
        let size = state.terminalSize
        let pane = Viewport.panes(state, rows: size.rows, columns: size.columns).right
            ?? Rect(row: 1, column: 0, height: max(0, size.rows - 2), width: size.columns)
        return (max(1, pane.height - 2), max(1, pane.width - 2))
    }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        guard let trunk = state.detailTrunk else {
            grid.box(rect, title: "Detail", focused: focused)
            grid.line("  no trunk selected", in: rect.inset(1), row: 1, role: .muted)
            return
        }
        let view = focused ? state.detailView : DetailViewState()
        let revealed = view.reveals(trunk.id, at: state.now)
        var title = trunk.name ?? trunk.id
        if view.rawJSON != nil { title += " · raw JSON" }
        if revealed { title += " · secrets shown \(view.secondsLeft(at: state.now)) s" }
        grid.box(rect, title: title, focused: focused)
        let inner = rect.inset(1)
        if let raw = view.rawJSON {
            RawJSONView.draw(raw, revealSecrets: revealed, in: inner, grid: &grid)
        } else {
            let lines = self.lines(for: trunk, state: state, width: inner.width, focused: focused)
            let scroll = min(state.detailScroll, max(0, lines.count - inner.height))
            for row in 0..<inner.height where scroll + row < lines.count {
                lines[scroll + row].draw(in: &grid, rect: inner, row: row)
            }
            drawPosition(scroll: scroll, count: lines.count, in: rect, grid: &grid)
        }
        if let tester = view.tester {
            DetailOverlays.drawTester(tester, trunk: trunk, in: inner, grid: &grid)
        } else if let confirm = view.regenerate {
            DetailOverlays.drawRegenerate(confirm, trunk: trunk, in: inner, grid: &grid)
        }
    }

    /// "12–33 of 80" in the bottom border when the text is longer than the pane.
    static func drawPosition(scroll: Int, count: Int, in rect: Rect, grid: inout Grid) {
        let rows = rect.height - 2
        guard count > rows, rect.width > 24 else { return }
        let text = " \(scroll + 1)–\(min(count, scroll + rows)) of \(count) "
        grid.write(text, row: rect.bottom - 1, column: rect.right - 2 - DisplayWidth.of(text), role: .muted)
    }

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
                              isFullyRead: state.detail?.id == trunk.id)
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
