import ScreenKit

/// The audit trail (`:audit`) over the panes, the newest lines at the bottom, the selected line
/// marked; the footer says where the selection is and which ticket's lines are shown.
enum AuditOverlay {
    static func draw(_ trail: AuditTrailState, in body: Rect, grid: inout Grid) {
        let title = "Audit trail" + (trail.ticket.map { " of ticket \($0)" } ?? "") + " (newest last)"
        let width = AuditTrailLayout.wrapWidth(bodyWidth: body.width)
        let room = AuditTrailLayout.rows(bodyRows: body.height)
        let footer = footerText(trail)
        let top = AuditTrailLayout.top(trail, width: width, rows: room)
        var rows: [(text: String, selected: Bool)] = []
        if trail.shown.isEmpty {
            rows = TextWrap.wrap(trail.emptyText, width: width, continuationIndent: 2).map { ($0, false) }
        }
        var drawn = 0
        for index in trail.shown.indices.dropFirst(top) where rows.count < room {
            let selected = index == trail.selection
            for (offset, line) in AuditTrailLayout.lines(trail.entries[trail.shown[index]], width: width).enumerated() {
                rows.append(((offset == 0 ? (selected ? "▶ " : "  ") : "  ") + line, selected))
            }
            drawn += 1
        }
        // A trail that does not fit whole keeps the tallest frame as the selection moves.
        let scrolls = top > 0 || rows.count > room || top + drawn < trail.shown.count
        rows = Array(rows.prefix(room))
        // Lines that wrap take the whole width, so the frame does not shift as the selection moves.
        let wraps = rows.count > drawn && drawn > 0
        let contentWidth = wraps ? body.width : max(rows.map { DisplayWidth.of($0.text) + 2 }.max() ?? 0, DisplayWidth.of(footer) + 1)
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: (scrolls ? room : rows.count) + 1, title: title,
                                    in: body, minimumWidth: 60, margin: 0)
        let inner = grid.dialog(rect, title: title)
        for (row, line) in rows.prefix(max(0, inner.height - 1)).enumerated() {
            grid.line(" " + line.text, in: inner, row: row, role: line.selected ? .selection : .dialog)
        }
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }

    /// "line 3 of 12 · trunks audit prints the whole trail", with the ticket when filtered.
    static func footerText(_ trail: AuditTrailState) -> String {
        guard !trail.shown.isEmpty else { return " trunks audit prints the whole trail" }
        let place = " line \(trail.selection + 1) of \(trail.shown.count)"
        if let ticket = trail.ticket { return place + " · ticket \(ticket) only · t every line" }
        return place + " · trunks audit prints the whole trail"
    }
}
