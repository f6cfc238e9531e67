import ScreenKit
import TrunkModel

/// The delete confirmation: what will be deleted, and a field where the name must be typed.
enum DeleteDialog {
    static func draw(_ state: AppState, _ deletion: DeleteState, in body: Rect, grid: inout Grid) {
        let width = min(body.width - 2, 72)
        let rect = Rect(row: body.row + max(0, body.height / 2 - 5), column: (body.width - width) / 2, height: 9, width: width)
        let inner = grid.dialog(rect, title: "Delete trunk")
        grid.line(" This deletes the trunk on the server; it cannot be undone.", in: inner, row: 0, role: .warning)
        grid.line(" Type its name exactly to delete it:", in: inner, row: 1, role: .dialog)
        grid.line("   " + deletion.expected, in: inner, row: 2, role: .header)
        grid.line("   " + deletion.summary, in: inner, row: 3, role: .muted)
        let label = " name: "
        grid.line(label + deletion.input.text, in: inner, row: 4, role: .input)
        if !deletion.sending {
            let before = String(deletion.input.characters.prefix(deletion.input.cursor))
            grid.cursor = (inner.row + 4, inner.column + DisplayWidth.of(label) + DisplayWidth.of(before))
        }
        if let error = deletion.error {
            grid.line(" ✗ " + error, in: inner, row: 5, role: .fieldError)
        } else if !deletion.input.text.isEmpty && deletion.input.text == deletion.expected {
            grid.line(" ✓ the name matches: Enter deletes", in: inner, row: 5, role: .ok)
        }
        let footer = deletion.sending ? " deleting…" : " Enter deletes when the name matches · Esc keeps the trunk"
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }
}
