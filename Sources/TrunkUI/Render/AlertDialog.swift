import ScreenKit

/// A failure in a dialog over everything else; any key closes it.
enum AlertDialog {
    static func draw(_ alert: AlertState, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, 72)
        let lines = alert.text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrap.wrap(String($0), width: width - 4) }
        let height = min(body.height, lines.count + 4)
        let rect = Rect(row: body.row + max(0, (body.height - height) / 2), column: (body.width - width) / 2,
                        height: height, width: width)
        let inner = grid.dialog(rect, title: alert.title)
        for (row, line) in lines.prefix(inner.height - 2).enumerated() {
            grid.line((row == 0 ? " ✗ " : "   ") + line, in: inner, row: row, role: row == 0 ? .error : .dialog)
        }
        grid.line(" any key closes this", in: inner, row: inner.height - 1, role: .keyHint)
    }
}
