import FoundationEssentials
import ScreenKit
import TrunkModel

/// What the review dialog gains when saving needs more than y: the three-way choice for fields
/// someone else changed meanwhile, and the typed confirmation word of a block.
enum ConflictDialog {
    /// The three-way conflict choice over the review dialog.
    static func draw(_ state: AppState, _ review: ReviewState, in body: Rect, grid: inout Grid) {
        if !review.conflicts.isEmpty { drawConflicts(state, review, in: body, grid: &grid) }
    }

    /// The typed confirmation word of a review, on the status line while the review holds the keys.
    static func drawConfirmWord(_ review: ReviewState, in body: Rect, grid: inout Grid) {
        if let word = review.confirmWord, !review.sending {
            let row = body.bottom
            grid.fill(Rect(row: row, column: 0, height: 1, width: grid.columns), role: .statusBar)
            let typed = review.typedWord.text
            let x = grid.write(" ⚠ Type \(word) to confirm, then y: ", row: row, column: 0, role: .warning)
            grid.write(typed, row: row, column: x, role: .input)
            grid.write("  (Esc back)", row: row, column: x + DisplayWidth.of(typed) + 1, role: .muted)
            grid.cursor = (row, x + DisplayWidth.of(typed))
        }
    }

    private static func drawConflicts(_ state: AppState, _ review: ReviewState, in body: Rect, grid: inout Grid) {
        let name = review.diff.original.name ?? review.diff.original.id
        let title = "Someone else changed \(name) meanwhile"
        var lines: [StyledLine] = [StyledLine("  For each field, keep theirs (t) or yours (m):", .dialog), .blank]
        var selectedLines = 0..<0
        for (index, conflict) in review.conflicts.enumerated() {
            if index == review.conflictSelection { selectedLines = lines.count..<(lines.count + 4) }
            let field = FieldTable.field(conflict.key)
            let marker = index == review.conflictSelection ? "▶ " : "  "
            let pick = conflict.choice.map { $0 == .theirs ? "keep theirs" : "use mine" } ?? "undecided"
            lines.append(StyledLine([(marker + field.label + ": ", .header), ("[\(pick)]", conflict.choice == nil ? .warning : .ok)]))
            lines.append(StyledLine([("      base   ", .muted), (conflict.base.masked(for: field), .dialog)]))
            lines.append(StyledLine([("      theirs ", .muted), (conflict.theirs.masked(for: field), conflict.choice == .theirs ? .diffAdded : .dialog)]))
            lines.append(StyledLine([("      mine   ", .muted), (conflict.mine.masked(for: field), conflict.choice == .mine ? .diffAdded : .dialog)]))
        }
        if let notice = review.notice { lines.append(StyledLine("  " + notice, .muted)) }
        let ready = review.conflicts.allSatisfy { $0.choice != nil }
        let footer = "  t theirs · m mine · ↑↓ field · " + (ready ? "y save (reads again first)" : "decide every field, then y")
            + " · n or Esc back"
        let contentWidth = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(footer)) + 1
        let frame = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 2, title: title, in: body,
                                     minimumWidth: 60)
        let footerLines = KeyHintLine.wrap(footer, width: frame.width - 2)
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 1 + footerLines.count, title: title,
                                    in: body, minimumWidth: 60)
        let inner = grid.dialog(rect, title: title)
        // When not every field fits, the one being decided stays in sight.
        let rows = max(0, inner.height - 1 - footerLines.count)
        let scroll = min(max(0, selectedLines.upperBound - rows), selectedLines.lowerBound)
        for row in 0..<rows where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        for (offset, line) in footerLines.enumerated() {
            grid.line(line, in: inner, row: inner.height - footerLines.count + offset, role: .keyHint)
        }
    }
}
