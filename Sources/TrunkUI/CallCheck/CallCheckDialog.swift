import ScreenKit
import TrunkModel

/// The call check drawn over the panes: the fields at the top (the one with the cursor marked ›,
/// a value that cannot be used says why beside it), then the verdict and every rule, or, for all
/// loaded trunks, one line per trunk with its verdict and deciding rule (the highlighted one
/// marked ›). Marks, not colours alone, say every outcome.
enum CallCheckDialog {
    static func draw(_ state: AppState, _ check: CallCheckState, in body: Rect, grid: inout Grid) {
        let rect = CallCheckLayout.rect(in: body)
        let title = check.shownTrunkID == nil ? "Which trunks would accept this call?" : "Would this call pass?"
        let inner = grid.dialog(rect, title: title)
        guard inner.height > 0, inner.width > 0 else { return }
        drawFields(state, check, in: inner, grid: &grid)
        let rule = String(repeating: "─", count: max(0, inner.width))
        grid.line(rule, in: inner, row: CallCheckField.allCases.count, role: .border)
        let top = CallCheckLayout.fieldRows
        let rows = CallCheckLayout.scrollingRows(inner: inner)
        let width = CallCheckLayout.textWidth(inner: inner)
        if check.shownTrunkID != nil {
            guard let report = state.callCheckReport(check) else {
                grid.line(" The trunk is no longer loaded.", in: inner, row: top, role: .warning)
                return
            }
            let answer = CallCheckText.answer(report, numberTyped: check.inputs.hasNumber, width: width)
            let lines = answer.rules
            let rows = max(1, rows + 1 - answer.verdict.count)
            let scroll = min(check.scroll, max(0, lines.count - rows))
            for (offset, line) in answer.verdict.enumerated() where offset > 0 {
                grid.line(" " + line.0, in: inner, row: top + offset, role: line.1)
            }
            drawVerdict(answer.verdict[0], more: lines.count - scroll - rows, above: scroll, in: inner, row: top, grid: &grid)
            let first = top + answer.verdict.count
            for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
                grid.line(" " + line.0, in: inner, row: first + offset, role: line.1)
            }
        } else {
            let answers = check.answers
            let scroll = min(check.scroll, max(0, answers.rows.count - rows))
            drawVerdict(CallCheckText.allTrunksLine(answers, numberTyped: check.inputs.hasNumber),
                        more: answers.rows.count - scroll - rows, above: scroll, in: inner, row: top, grid: &grid)
            for (offset, answer) in answers.rows.dropFirst(scroll).prefix(rows).enumerated() {
                let selected = scroll + offset == check.selection
                let deciding = state.trunkForCallCheck(answer).flatMap {
                    AllTrunksCheck.words(of: answer, call: check.inputs.call, trunk: $0)
                } ?? answer.deciding
                let text = (selected ? "›" : " ") + CallCheckText.answerLine(answer, deciding: deciding)
                grid.line(DisplayWidth.truncate(text, to: inner.width), in: inner, row: top + 1 + offset,
                          role: selected ? .selection : CallCheckText.role(answer.verdict))
            }
        }
    }

    /// The verdict line, with how many lines are above or below the view at its right.
    private static func drawVerdict(_ verdict: (String, StyleRole), more below: Int, above: Int, in inner: Rect, row: Int,
                                    grid: inout Grid) {
        var scrolled: [String] = []
        if above > 0 { scrolled.append("↑\(above)") }
        if below > 0 { scrolled.append("↓\(below) more") }
        let note = scrolled.isEmpty ? "" : " " + scrolled.joined(separator: " ") + " "
        let room = inner.width - DisplayWidth.of(note)
        grid.line(" " + DisplayWidth.truncate(verdict.0, to: max(0, room - 1)), in: inner, row: row, role: verdict.1)
        if !note.isEmpty { grid.write(note, row: inner.row + row, column: inner.right - DisplayWidth.of(note), role: .muted) }
    }

    private static func drawFields(_ state: AppState, _ check: CallCheckState, in inner: Rect, grid: inout Grid) {
        let labelWidth = 12
        for field in CallCheckField.allCases {
            let row = field.rawValue
            let focused = field == check.field
            let label = (focused ? "›" : " ") + field.label.padded(toLength: labelWidth - 1)
            grid.line(label, in: inner, row: row, role: focused ? .title : .muted)
            var x = inner.column + labelWidth
            let end = inner.right - 1
            let room = { max(0, end - x) }
            if let input = check.inputs.input(field) {
                let shown = DisplayWidth.truncate(input.text, to: max(0, room() - 1))
                let used = grid.write(shown, row: inner.row + row, column: x, role: .input, limit: room())
                if focused {
                    let before = String(input.characters.prefix(input.cursor))
                    grid.cursor = (inner.row + row, min(end, x + DisplayWidth.of(before)))
                }
                x += used + 2
                if let problem = check.inputs.problem(field) {
                    grid.write("✗ " + problem + " (left out)", row: inner.row + row, column: x, role: .fieldError, limit: room())
                } else if let note = note(field, check) {
                    grid.write(note, row: inner.row + row, column: x, role: .muted, limit: room())
                }
            } else {
                let value = switchValue(field, check, state)
                let used = grid.write(value, row: inner.row + row, column: x, role: .text, limit: room())
                x += used + 2
                if focused { grid.write(switchHint(field, check, state), row: inner.row + row, column: x, role: .keyHint, limit: room()) }
            }
        }
    }

    /// A word beside a typed value: how the user field is read, what an empty one means.
    private static func note(_ field: CallCheckField, _ check: CallCheckState) -> String? {
        let empty = check.inputs.input(field)?.text.trimmingWhitespace().isEmpty ?? true
        switch field {
        case .user where !empty: return check.inputs.userIsTwilioSid ? "a Twilio account SID" : "a SIP username"
        case .user: return "SIP username or Twilio account SID"
        case .number where empty: return "as dialled, tech prefix included"
        case .sourceIP where empty: return "of the SIP request"
        case .mediaIP where empty: return "of the RTP (optional)"
        case .cli where empty: return "caller ID"
        default: return nil
        }
    }

    private static func switchValue(_ field: CallCheckField, _ check: CallCheckState, _ state: AppState) -> String {
        if field == .emergency { return check.inputs.emergency ? "yes" : "no" }
        let count = GroupedNumber.text(state.trunks.count)
        if check.allTrunks, let id = check.openedTrunkID {
            return (state.trunkForCallCheck(id)?.name ?? id) + ", from all loaded trunks (\(count))"
        }
        if check.allTrunks { return "all loaded trunks (\(count))" }
        guard let id = check.trunkID else { return "none" }
        return state.trunkForCallCheck(id)?.name ?? id
    }

    private static func switchHint(_ field: CallCheckField, _ check: CallCheckState, _ state: AppState) -> String {
        let toggle = state.keymap.key(for: .toggleField, in: .callCheck)?.displayName ?? "Space"
        let close = state.keymap.key(for: .close, in: .callCheck)?.displayName ?? "Esc"
        if field == .emergency { return toggle + " switches" }
        if check.allTrunks && check.openedTrunkID != nil { return close + ": back to all trunks" }
        return toggle + (check.allTrunks ? ": one trunk" : ": all trunks")
    }
}
