import ScreenKit
import TrunkModel

/// The delete confirmation: what will be deleted, and a field where the name must be typed.
enum DeleteDialog {
    static func draw(_ state: AppState, _ deletion: DeleteState, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, 72)
        let text = width - 3
        var lines: [(String, StyleRole)] = []
        lines += TextWrap.wrap("This deletes the trunk on the server; it cannot be undone.", width: text).map { (" " + $0, .warning) }
        lines += TextWrap.wrap("Type its name exactly to delete it:", width: text).map { (" " + $0, .dialog) }
        lines += TextWrap.wrap(deletion.expected, width: text - 2).map { ("   " + $0, .header) }
        lines += TextWrap.wrap(deletion.summary, width: text - 2).map { ("   " + $0, .muted) }
        let inputRow = lines.count
        var status: [(String, StyleRole)] = [("", .dialog)]
        if let error = deletion.error {
            status = TextWrap.wrapHanging("✗ " + error, width: text).map { (" " + $0, .fieldError) }
        } else if !deletion.input.text.isEmpty && deletion.input.text == deletion.expected {
            status = [(" ✓ the name matches: Enter deletes", .ok)]
        }
        let footer = KeyHintLine.wrap(deletion.sending ? " deleting…" : " Enter deletes when the name matches · Esc keeps the trunk",
                                      width: width - 2)
        let height = min(max(0, body.height - 2), lines.count + 1 + status.count + footer.count + 2)
        let rect = Rect(row: body.row + max(0, (body.height - height) / 2), column: body.column + (body.width - width) / 2,
                        height: height, width: width)
        let inner = grid.dialog(rect, title: "Delete trunk")
        for (row, line) in lines.enumerated() { grid.line(line.0, in: inner, row: row, role: line.1) }
        let label = " name: "
        grid.line(label + deletion.input.text, in: inner, row: inputRow, role: .input)
        if !deletion.sending {
            let before = String(deletion.input.characters.prefix(deletion.input.cursor))
            grid.cursor = (inner.row + inputRow, inner.column + DisplayWidth.of(label) + DisplayWidth.of(before))
        }
        for (offset, line) in status.enumerated() { grid.line(line.0, in: inner, row: inputRow + 1 + offset, role: line.1) }
        for (offset, line) in footer.enumerated() {
            grid.line(line, in: inner, row: inner.height - footer.count + offset, role: .keyHint)
        }
    }
}
