import ScreenKit
import TrunkModel

/// The small input overlays of the detail pane: the number tester (`t`) and the typed
/// confirmation of regenerate credentials (`R`). Drawn over the bottom of the pane. Pure.
enum DetailOverlays {
    static func drawTester(_ tester: NumberTesterState, trunk: Trunk, in inner: Rect, grid: inout Grid) {
        let policy = PrefixPolicy(trunk: trunk)
        let answer = NumberTester.evaluate(tester.input.text, on: trunk)
        var body: [(String, StyleRole)] = []
        body.append((policy.summary(naming: 6), .muted))
        if let answer {
            let role: StyleRole
            switch answer.verdict {
            case .allowed?: role = .ok
            case .refused?: role = .error
            case .unknown?: role = .warning
            case nil: role = .muted
            }
            body.append((answer.sign + answer.reason, role))
            for line in answer.more { body.append(("  " + line, .muted)) }
            if let note = answer.note { body.append(("  " + note, .muted)) }
        } else {
            body.append(("Type a number as dialled (+44 20…, 0044…, 4420…)", .muted))
        }
        for line in tester.history { body.append((line, .muted)) }
        let width = max(8, inner.width - 4)
        body = body.flatMap { line in TextWrap.wrapHanging(line.0, width: width).map { ($0, line.1) } }
        let prompt = " Number: "
        let rect = overlayRect(rows: body.count + 3, in: inner)
        let area = grid.dialog(rect, title: "Test a number · Enter keeps the answer · Esc closes")
        grid.line(prompt + tester.input.text, in: area, row: 0, role: .input)
        grid.cursor = (area.row, area.column + DisplayWidth.of(prompt)
                       + DisplayWidth.of(String(tester.input.characters.prefix(tester.input.cursor))))
        for (index, line) in body.enumerated() {
            grid.line(" " + line.0, in: area, row: index + 1, role: line.1)
        }
    }

    static func drawRegenerate(_ confirm: RegenerateState, trunk: Trunk, in inner: Rect, grid: inout Grid) {
        let width = max(8, inner.width - 4)
        let warning = "The SIP username and password change at once; devices using the old ones stop "
            + "registering until they are updated. Nothing is sent before the name matches."
        var body: [(String, StyleRole)] = TextWrap.wrap(warning, width: width).map { ($0, .text) } + [("", .text)]
        let prompt = " Type the trunk name to confirm: "
        if confirm.sending {
            body += TextWrap.wrap("Regenerating… (Esc hides this; the answer still arrives)", width: width).map { ($0, .muted) }
        } else if let error = confirm.error {
            body += TextWrap.wrapHanging("✗ " + error, width: width).map { ($0, .error) }
        } else {
            body += KeyHintLine.wrap("Enter confirms only when the name matches exactly · Esc cancels", width: width).map { ($0, .keyHint) }
        }
        let rect = overlayRect(rows: body.count + 3, in: inner)
        let area = grid.dialog(rect, title: "Regenerate credentials of \(confirm.expected)?")
        for (index, line) in body.enumerated() {
            grid.line(" " + line.0, in: area, row: index, role: line.1)
        }
        let row = body.count
        grid.line(prompt + confirm.input.text, in: area, row: row, role: .input)
        grid.cursor = (area.row + row, area.column + DisplayWidth.of(prompt)
                       + DisplayWidth.of(String(confirm.input.characters.prefix(confirm.input.cursor))))
    }

    /// A box of `rows` (border included) across the bottom of `inner`.
    private static func overlayRect(rows: Int, in inner: Rect) -> Rect {
        let height = min(inner.height, rows)
        return Rect(row: inner.bottom - height, column: inner.column, height: height, width: inner.width)
    }
}
