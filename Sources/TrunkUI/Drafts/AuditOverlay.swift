import ScreenKit

/// The audit trail (`:audit`) over the panes, the newest lines at the bottom.
enum AuditOverlay {
    static func draw(_ lines: [String], in body: Rect, grid: inout Grid) {
        let title = "Audit trail (newest last)"
        let footer = " any key closes · trunks audit prints the whole trail"
        // Wrapped for the widest frame there is, then as wide and tall as that text needs.
        let wrapped = lines.flatMap { TextWrap.wrap($0, width: max(10, body.width - 4), continuationIndent: 2) }
        let contentWidth = max(wrapped.map { DisplayWidth.of($0) + 2 }.max() ?? 0, DisplayWidth.of(footer) + 1)
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: wrapped.count + 1, title: title, in: body,
                                    minimumWidth: 60, margin: 0)
        let inner = grid.dialog(rect, title: title)
        let rows = max(0, inner.height - 1)
        for (row, text) in wrapped.suffix(rows).enumerated() {
            grid.line(" " + text, in: inner, row: row, role: .dialog)
        }
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }
}
