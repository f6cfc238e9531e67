import ScreenKit
import TrunkModel

/// The comparison drawn over the panes: how many fields differ and how many are chosen, the two
/// trunks' names over their columns ("from" the one copied from, "into" the target), then one
/// line per field under its group's heading. Marks, not colours alone, say each state: `›` the
/// cursor, `≠` a field that differs (`?` one not read yet), `✓` a field chosen for copying and
/// `-` one that is never copied (a credential, or set by the server).
enum CompareDialog {
    static func draw(_ state: AppState, _ view: CompareState, in body: Rect, grid: inout Grid) {
        let comparison = state.comparison(view)
        let lines = comparison?.lines(differingOnly: view.differingOnly) ?? []
        let rect = CompareLayout.rect(in: body, lines: lines.count)
        let inner = grid.dialog(rect, title: "Compare two trunks")
        guard inner.height > 0, inner.width > 0 else { return }
        guard let comparison else {
            grid.line(" A compared trunk is no longer loaded.", in: inner, row: 0, role: .warning)
            return
        }
        let rows = CompareLayout.listRows(inner: inner)
        var scroll = min(view.scroll, max(0, lines.count - rows))
        // After a resize the cursor stays in view (the next move scrolls from here too).
        if let cursor = lines.firstIndex(where: { $0.row?.field.key == view.cursor }) {
            if cursor >= scroll + rows { scroll = cursor - rows + 1 }
            if cursor < scroll { scroll = cursor }
        }
        drawSummary(comparison, view, below: lines.count - scroll - rows, above: scroll, in: inner, grid: &grid)
        drawHeadings(view, in: inner, grid: &grid)
        grid.line(String(repeating: "─", count: inner.width), in: inner, row: 2, role: .border)
        let top = CompareLayout.headRows
        if lines.isEmpty {
            let all = state.keymap.key(for: .differingOnly, in: .compare).map { ": \($0.displayName) shows every field" } ?? ""
            grid.line(" No field differs\(all).", in: inner, row: top, role: .muted)
            return
        }
        if let note = cursorNote(state, view, comparison) {
            grid.line(" " + note.0, in: inner, row: inner.height - 1, role: note.1)
        }
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            switch line {
            case .group(let group):
                grid.line(" " + group.rawValue, in: inner, row: top + offset, role: .header)
            case .field(let row):
                drawRow(row, view, in: inner, row: top + offset, grid: &grid)
            }
        }
    }

    /// "3 of 24 fields differ (≠) · 1 chosen (✓)" ("fields" left out where it does not fit), with
    /// how many lines are above or below the view.
    private static func drawSummary(_ comparison: TrunkComparison, _ view: CompareState, below: Int, above: Int,
                                    in inner: Rect, grid: inout Grid) {
        let count = comparison.differingCount
        let rest = " · \(view.chosen.count) chosen (✓)" + (view.differingOnly ? " · only ≠ shown" : "")
        var scrolled: [String] = []
        if above > 0 { scrolled.append("↑\(above)") }
        if below > 0 { scrolled.append("↓\(below)") }
        let note = scrolled.isEmpty ? "" : " " + scrolled.joined(separator: " ") + " "
        let room = max(0, inner.width - DisplayWidth.of(note))
        let texts = [" \(count) of \(comparison.rows.count) fields differ (≠)" + rest, " \(count) of \(comparison.rows.count) differ (≠)" + rest]
        let text = texts.first { DisplayWidth.of($0) <= room } ?? DisplayWidth.truncate(texts[1], to: room)
        grid.line(text, in: inner, row: 0, role: count > 0 ? .text : .ok)
        if !note.isEmpty { grid.write(note, row: inner.row, column: inner.right - DisplayWidth.of(note), role: .muted) }
    }

    /// The column headings: "Field", then each trunk's name after "from" or "into".
    private static func drawHeadings(_ view: CompareState, in inner: Rect, grid: inout Grid) {
        let label = CompareLayout.labelWidth(inner: inner)
        let value = CompareLayout.valueWidth(inner: inner)
        var x = inner.column + CompareLayout.gutter
        grid.fill(Rect(row: inner.row + 1, column: inner.column, height: 1, width: inner.width), role: .dialog)
        grid.write(DisplayWidth.pad("Field", to: label), row: inner.row + 1, column: x, role: .muted)
        x += label + 1
        for side in [CompareState.Side.left, .right] {
            let word = side == view.target ? "into " : "from "
            let name = DisplayWidth.truncate(view.name(side), to: max(0, value - 5))
            grid.write(word, row: inner.row + 1, column: x, role: side == view.target ? .warning : .muted, limit: value)
            grid.write(name, row: inner.row + 1, column: x + 5, role: .title, limit: max(0, value - 5))
            x += value + 1
        }
    }

    /// One field: the marks, its label and both values, each cut with an ellipsis to its column.
    private static func drawRow(_ row: TrunkComparison.Row, _ view: CompareState, in inner: Rect, row y: Int, grid: inout Grid) {
        let key = row.field.key
        let selected = key == view.cursor
        let label = CompareLayout.labelWidth(inner: inner)
        let value = CompareLayout.valueWidth(inner: inner)
        let differs = row.outcome == .differs
        let difference = differs ? "≠" : row.outcome == .unknown ? "?" : " "
        let choice = view.chosen.contains(key) ? "✓" : CompareCopy.neverCopied(key) != nil ? "-" : " "
        let pieces: [(String, StyleRole)] = [
            ((selected ? "›" : " "), .text),
            (difference, differs ? .warning : .muted),
            (choice, view.chosen.contains(key) ? .ok : .muted),
            (" " + DisplayWidth.pad(row.field.label, to: label) + " ", .text),
            (DisplayWidth.pad(row.left.text, to: value) + " ", valueRole(row.left, differs: differs)),
            (DisplayWidth.pad(row.right.text, to: value), valueRole(row.right, differs: differs)),
        ]
        grid.fill(Rect(row: inner.row + y, column: inner.column, height: 1, width: inner.width), role: selected ? .selection : .dialog)
        var x = 0
        for (text, role) in pieces where x < inner.width {
            x += grid.write(text, row: inner.row + y, column: inner.column + x, role: selected ? .selection : role,
                            limit: inner.width - x)
        }
    }

    /// What copying the field under the cursor would do: why it is not copied, that it is the
    /// same on both, or which way it goes.
    static func cursorNote(_ state: AppState, _ view: CompareState, _ comparison: TrunkComparison) -> (String, StyleRole)? {
        guard let row = comparison.rows.first(where: { $0.field.key == view.cursor }) else { return nil }
        let label = row.field.label
        if let reason = state.copyRefusal(view.cursor, view) {
            return ("\(label) is not copied: \(reason)", view.chosen.contains(view.cursor) ? .warning : .muted)
        }
        if row.outcome == .same { return ("\(label) is the same on both", .muted) }
        let way = "from \(view.name(view.source)) into \(view.name(view.target))"
        return (view.chosen.contains(view.cursor) ? "✓ \(label) is copied \(way)" : "\(label) can be copied \(way)", .muted)
    }

    /// A value's role: its own, or the warning role where the field differs (the `≠` says it too).
    private static func valueRole(_ value: TrunkComparison.Value, differs: Bool) -> StyleRole {
        differs && value.role == .text ? .warning : value.role
    }
}
