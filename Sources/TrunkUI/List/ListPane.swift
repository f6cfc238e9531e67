import FoundationEssentials
import ScreenKit
import TrunkModel

/// Draws the trunk list: columns hide by priority as the pane narrows and share its width by
/// what the rows in view hold (`ListColumnLayout`); a cut name keeps what tells it from its
/// neighbours (`NameCut`).
enum ListPane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        grid.box(rect, title: title(state), focused: focused)
        let inner = rect.inset(1)
        guard inner.height > 1, inner.width > 10 else { return }
        let rows = inner.height - 1
        guard !state.visible.isEmpty else {
            drawHeader(ListColumnLayout.chosen(width: inner.width), state: state, inner: inner, grid: &grid)
            let failed = state.listError != nil && state.trunks.isEmpty
            for (offset, text) in TextWrap.wrap(emptyText(state).trimmingWhitespace(), width: inner.width - 4).enumerated() where 2 + offset < inner.height {
                grid.line("  " + text, in: inner, row: 2 + offset, role: failed ? .error : .muted)
            }
            return
        }
        let laid = ListRows.layout(state, width: inner.width, rows: rows)
        let (shown, candidates, cells, columns) = (laid.shown, laid.candidates, laid.cells, laid.columns)
        let scroll = shown.lowerBound
        drawHeader(columns, state: state, inner: inner, grid: &grid)
        // What the filter matched follows the last column.
        let reasonColumn = inner.column + 2 + columns.reduce(0) { $0 + $1.1 + 1 }
        if laid.reasonWidth > 0 {
            grid.write(ListRows.reasonHeading, row: inner.row, column: reasonColumn, role: .header, limit: laid.reasonWidth)
        }
        for (row, position) in shown.enumerated() {
            var texts = cells[row]
            if let name = candidates.firstIndex(of: .name), let width = columns.first(where: { $0.0 == .name })?.1 {
                let neighbours = [position - 1, position + 1].filter(state.visible.indices.contains)
                    .map { state.trunks[state.visible[$0]].name ?? "" }
                texts[name].0 = NameCut.cut(texts[name].0, width: width, neighbours: neighbours)
            }
            let selected = position == state.selection
            drawRow(texts, columns: columns, inner: inner, row: row + 1, selected: selected, grid: &grid)
            if laid.reasonWidth > 0, let reason = laid.reasons[row] {
                grid.write(DisplayWidth.truncate(reason, to: laid.reasonWidth), row: inner.row + row + 1,
                           column: reasonColumn, role: selected ? .selection : .muted, limit: laid.reasonWidth)
            }
            if !state.marks.isEmpty, state.marks.contains(state.trunks[state.visible[position]].id) {
                drawMark(inner: inner, row: row + 1, selected: selected, grid: &grid)
            }
        }
        if state.visible.count > rows {
            let marker = " \(scroll + 1)–\(min(scroll + rows, state.visible.count)) of \(state.visible.count) "
            let width = DisplayWidth.of(marker)
            if width + 4 < rect.width {
                grid.write(marker, row: rect.bottom - 1, column: rect.right - width - 2, role: focused ? .title : .header)
            }
        }
    }

    private static func title(_ state: AppState) -> String {
        var text = "Trunks"
        if !state.filter.isEmpty { text += " · /\(state.filter) (\(state.visible.count))" }
        return text
    }

    static func emptyText(_ state: AppState) -> String {
        if let preparation = state.demoPreparation { return "  " + preparation.text }
        if state.loading && state.trunks.isEmpty {
            return state.activeRetryNote == nil ? "  loading trunks…" : "  loading trunks… retrying (the status line says why)"
        }
        if let error = state.listError, state.trunks.isEmpty { return "  could not load trunks: \(error) — r retries" }
        let filtered = !state.filter.isEmpty || !state.serverQuery.filters.isEmpty
        if state.trunks.isEmpty && !filtered { return "  no trunks on this account — n creates one" }
        let shown = state.filter.isEmpty ? state.serverQuery.filters.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ") : state.filter
        return "  no trunk matches \(shown) — Esc clears the filter"
    }

    /// The columns shown at `width` at their standard widths (see `ListColumnLayout.chosen`).
    static func layout(width: Int) -> [(ListColumn, Int)] {
        ListColumnLayout.chosen(width: width)
    }

    private static func drawHeader(_ columns: [(ListColumn, Int)], state: AppState, inner: Rect, grid: inout Grid) {
        var text = "  "
        for (column, width) in columns {
            text += DisplayWidth.pad(ListRows.label(column, state: state), to: width) + " "
        }
        grid.line(text, in: inner, row: 0, role: .header)
    }

    /// One trunk's row: `cells` in the order of `columns` (as `ListColumnLayout` gives both).
    private static func drawRow(_ cells: [(String, StyleRole)], columns: [(ListColumn, Int)], inner: Rect,
                                row: Int, selected: Bool, grid: inout Grid) {
        // Cell by cell what `grid.line` of the marker and `pad(text) + " "` per column would draw,
        // without building the padded strings (this runs for every visible row of every frame).
        let y = inner.row + row
        let rowRole: StyleRole = selected ? .selection : .text
        grid.write(selected ? "▶ " : "  ", row: y, column: inner.column, role: rowRole, limit: inner.width)
        var x = 2
        for ((column, width), (text, role)) in zip(columns, cells) {
            let limit = min(width + 1, inner.width - x)
            guard limit > 0 else { break }
            let cellRole = selected ? .selection : role
            let used = grid.write(fitted(text, column, width: width), row: y, column: inner.column + x,
                                  role: cellRole, limit: limit)
            grid.fill(Rect(row: y, column: inner.column + x + used, height: 1, width: limit - used), role: cellRole)
            x += width + 1
        }
        grid.fill(Rect(row: y, column: inner.column + x, height: 1, width: inner.width - x), role: rowRole)
    }

    /// A marked trunk's marker, beside the selection's arrow: a character, so it shows without
    /// colour too.
    private static func drawMark(inner: Rect, row: Int, selected: Bool, grid: inout Grid) {
        grid.write(markCharacter, row: inner.row + row, column: inner.column + 1, role: selected ? .selection : .title, limit: 1)
    }

    /// The character that marks a marked trunk's row.
    static let markCharacter = "*"

    /// A cell's text within `width`: SIP addresses keep their "+N" when the first is cut.
    private static func fitted(_ text: String, _ column: ListColumn, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        if column == .sipIps, let plus = text.lastRange(of: " +") {
            let count = String(text[plus.lowerBound...])
            if DisplayWidth.of(count) + 2 <= width {
                return DisplayWidth.truncate(String(text[..<plus.lowerBound]), to: width - DisplayWidth.of(count)) + count
            }
        }
        return DisplayWidth.truncate(text, to: width)
    }
}
