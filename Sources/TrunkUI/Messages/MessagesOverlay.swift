import ScreenKit

/// Draws the `:messages` overlay (`MessagesText` says what it holds) over the body, with the
/// position and keys on its bottom row.
enum MessagesOverlay {
    static func draw(_ state: AppState, scroll: Int, in body: Rect, grid: inout Grid) {
        let inner = grid.dialog(body, title: MessagesText.title)
        let rows = max(0, inner.height - 1)
        let lines = MessagesText.lines(state.messageLog, width: inner.width)
        let top = min(max(0, scroll), max(0, lines.count - rows))
        for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            line.draw(in: &grid, rect: inner, row: row)
        }
        let footer = MessagesText.footer(state, top: top, shown: min(rows, lines.count - top), total: lines.count, width: inner.width)
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }
}
