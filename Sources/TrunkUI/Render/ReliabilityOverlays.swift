import Foundation
import ScreenKit
import TrunkModel

/// What reliability adds to a frame: the read-only and stale badges, the three-way conflict
/// dialog, the restore-drafts dialog, the typed confirmation prompt and the `:audit` overlay.
enum ReliabilityOverlays {
    /// The three-way conflict choice over the review dialog.
    static func drawReviewExtras(_ state: AppState, _ review: ReviewState, in body: Rect, grid: inout Grid) {
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

    /// "NOT ON DISK", "READ-ONLY" and "STALE" at the right of the header.
    static func drawBadges(_ state: AppState, grid: inout Grid) {
        var badges: [(String, StyleRole)] = []
        if state.storageProblem != nil { badges.append((" ✗ NOT ON DISK ", .error)) }
        if (state.listError != nil && state.loadedAt != nil) || (state.detailError != nil && state.detail != nil) {
            let age = state.loadedAt.map { Screen.age(state.now.timeIntervalSince($0)) } ?? "earlier"
            badges.append((" STALE: last good data \(age) ", .warning))
        }
        if state.readOnly { badges.append((" READ-ONLY ", .readOnlyBadge)) }
        var x = grid.columns
        for (text, role) in badges.reversed() {
            x -= DisplayWidth.of(text)
            guard x >= 0 else { return }
            grid.write(text, row: 0, column: x, role: role)
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
            lines.append(StyledLine([("      base   ", .muted), (shown(conflict.base, field), .dialog)]))
            lines.append(StyledLine([("      theirs ", .muted), (shown(conflict.theirs, field), conflict.choice == .theirs ? .diffAdded : .dialog)]))
            lines.append(StyledLine([("      mine   ", .muted), (shown(conflict.mine, field), conflict.choice == .mine ? .diffAdded : .dialog)]))
        }
        if let notice = review.notice { lines.append(StyledLine("  " + notice, .muted)) }
        let ready = review.conflicts.allSatisfy { $0.choice != nil }
        let footer = "  t theirs · m mine · ↑↓ field · " + (ready ? "y save (reads again first)" : "decide every field, then y")
            + " · n or Esc back"
        let contentWidth = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(footer)) + 1
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 2, title: title, in: body,
                                    minimumWidth: 60)
        let inner = grid.dialog(rect, title: title)
        // When not every field fits, the one being decided stays in sight.
        let rows = max(0, inner.height - 2)
        let scroll = min(max(0, selectedLines.upperBound - rows), selectedLines.lowerBound)
        for row in 0..<rows where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        grid.line(footer, in: inner, row: inner.height - 1, role: .keyHint)
    }

    static func drawRestore(_ state: AppState, selected: Int, in body: Rect, grid: inout Grid) {
        let count = state.restorable.count
        let title = "Unsaved draft\(count == 1 ? "" : "s") from an earlier session"
        var lines: [StyledLine] = []
        var selectedLines = 0..<0
        for (index, draft) in state.restorable.enumerated() {
            let marker = index == selected ? "▶ " : "  "
            let saved = Screen.age(state.now.timeIntervalSince(draft.savedAt))
            let first = lines.count
            lines.append(StyledLine([(marker + (draft.trunkName ?? draft.trunkID), index == selected ? .selection : .header),
                                     ("  saved \(saved)", .muted)]))
            for summary in draft.summaries { lines.append(StyledLine("      " + summary, .dialog)) }
            if index == selected { selectedLines = first..<lines.count }
        }
        let footer = " y restore into the form (sends nothing) · d delete · ↑↓ choose · Esc later"
        let contentWidth = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(footer)) + 1
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 2, title: title, in: body)
        let inner = grid.dialog(rect, title: title)
        // The rows above the blank line and the footer; the selected draft is always in them.
        let rows = max(0, inner.height - 2)
        var scroll = max(0, selectedLines.upperBound - rows)
        scroll = min(scroll, selectedLines.lowerBound)
        for row in 0..<rows where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        grid.line(KeyHintLine.fit(footer, width: inner.width), in: inner, row: inner.height - 1, role: .keyHint)
    }

    static func drawAudit(_ lines: [String], in body: Rect, grid: inout Grid) {
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

    private static func shown(_ value: FieldValue, _ field: TrunkField) -> String {
        field.isSecret && value != .null ? "••••••••" : value.display(for: field)
    }
}
