import FoundationEssentials
import ScreenKit
import TrunkModel

/// The drafts an earlier run left, each with what it changes; one is selected.
enum RestoreDraftsDialog {
    static func draw(_ state: AppState, selected: Int, in body: Rect, grid: inout Grid) {
        let count = state.restorable.count
        let title = "Unsaved draft\(count == 1 ? "" : "s") from an earlier session"
        var lines: [StyledLine] = []
        var selectedLines = 0..<0
        for (index, draft) in state.restorable.enumerated() {
            let marker = index == selected ? "▶ " : "  "
            let saved = Screen.age(state.now.timeIntervalSince(draft.savedAt))
            let first = lines.count
            lines.append(StyledLine([(marker + (draft.trunkName ?? draft.trunkID), index == selected ? .selection : .header),
                                     ("  saved \(saved)", .muted)]))
            for summary in draft.summaries { lines.append(StyledLine("      " + summary, .dialog)) }
            if index == selected { selectedLines = first..<lines.count }
        }
        let footer = " y restore into the form (sends nothing) · d delete · ↑↓ choose · Esc later"
        let contentWidth = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(footer)) + 1
        let frame = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 2, title: title, in: body)
        let footerLines = KeyHintLine.wrap(footer, width: frame.width - 2)
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 1 + footerLines.count, title: title,
                                    in: body)
        let inner = grid.dialog(rect, title: title)
        // The rows above the blank line and the footer; the selected draft is always in them.
        let rows = max(0, inner.height - 1 - footerLines.count)
        var scroll = max(0, selectedLines.upperBound - rows)
        scroll = min(scroll, selectedLines.lowerBound)
        for row in 0..<rows where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        for (offset, line) in footerLines.enumerated() {
            grid.line(line, in: inner, row: inner.height - footerLines.count + offset, role: .keyHint)
        }
    }
}
