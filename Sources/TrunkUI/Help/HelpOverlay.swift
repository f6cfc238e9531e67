import ScreenKit

/// Draws the `?` overlay (`HelpText` says what it holds and where) over the body, with the
/// scroll position and keys on its bottom row.
enum HelpOverlay {
    /// Draws the overlay for `state` in `body`.
    static func draw(_ state: AppState, in body: Rect, grid: inout Grid) {
        let layout = HelpText.geometry(state, in: body)
        _ = grid.dialog(body, title: HelpText.title(state))
        let all = HelpText.columnsKeptTidy(HelpText.lines(state, width: layout.columnWidth - 1), layout: layout)
        let top = min(max(0, state.helpScroll), max(0, all.count - layout.capacity))
        for (index, line) in all.dropFirst(top).prefix(layout.capacity).enumerated() {
            let column = index / layout.rows, row = index % layout.rows
            let area = Rect(row: layout.inner.row, column: layout.inner.column + column * layout.columnWidth,
                            height: layout.rows, width: layout.columnWidth - 1)
            line.draw(in: &grid, rect: area, row: row)
        }
        let footerRow = layout.inner.height - 1
        grid.line(HelpText.footer(state, top: top, shown: min(layout.capacity, all.count - top), total: all.count,
                                  width: layout.inner.width),
                  in: layout.inner, row: footerRow, role: .keyHint)
    }
}
