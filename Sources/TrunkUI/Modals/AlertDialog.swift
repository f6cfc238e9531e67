import ScreenKit

/// A failure in a dialog over everything else; any key closes it.
enum AlertDialog {
    static let footer = " any key closes this"

    static func draw(_ alert: AlertState, in body: Rect, grid: inout Grid) {
        // " ✗ " or three spaces before each line, one column free after it.
        let paragraphs = alert.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let natural = (paragraphs.map { DisplayWidth.of($0) }.max() ?? 0) + 4
        let frame = DialogFrame.rect(contentWidth: max(natural, DisplayWidth.of(footer) + 1), contentHeight: 0,
                                     title: alert.title, in: body, minimumWidth: 40, maximumWidth: 72)
        let lines = paragraphs.flatMap { TextWrap.wrap($0, width: max(10, frame.width - 6)) }
        let rect = DialogFrame.rect(contentWidth: frame.width - 2, contentHeight: lines.count + 2, title: alert.title,
                                    in: body, minimumWidth: frame.width, maximumWidth: frame.width, margin: 0)
        let inner = grid.dialog(rect, title: alert.title)
        for (row, line) in lines.prefix(inner.height - 2).enumerated() {
            grid.line((row == 0 ? " ✗ " : "   ") + line, in: inner, row: row, role: row == 0 ? .error : .dialog)
        }
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }
}
