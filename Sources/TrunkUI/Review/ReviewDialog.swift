import ScreenKit
import TrunkModel

/// The review dialog: every changed field old → new and the exact PATCH body. Only `y` sends.
enum ReviewDialog {
    static func draw(_ state: AppState, _ review: ReviewState, in body: Rect, grid: inout Grid) {
        let title = review.isCreate
            ? "Review new trunk \(review.diff.draft.name ?? "")"
            : "Review changes to \(review.diff.original.name ?? review.diff.original.id)"
        // Below 100 columns the dialog takes the whole width (all there is); wider, it is as wide
        // as its longest line between 60 columns and four fifths of the screen. It is as tall as
        // its lines plus the buttons and the footer, and scrolls when they do not fit.
        let narrow = body.width < 100
        let widest = narrow ? body.width - 4 : min(body.width - 2, max(60, body.width * 4 / 5))
        let lines = ReviewText.lines(review.diff, body: review.body, width: widest - 2, resolve: state.resolved)
        let widestFooter = footer(review, held: state.heldKeys.count, scrolls: false)
        let contentWidth = narrow ? widest : max(lines.map(\.width).max() ?? 0, DisplayWidth.of(widestFooter)) + 2
        let frame = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 3, title: title, in: body,
                                     minimumWidth: narrow ? widest : 60, maximumWidth: widest)
        var footerLines = KeyHintLine.wrap(widestFooter, width: frame.width - 2)
        let rect = DialogFrame.rect(contentWidth: contentWidth, contentHeight: lines.count + 2 + footerLines.count, title: title,
                                    in: body, minimumWidth: narrow ? widest : 60, maximumWidth: widest)
        if narrow {
            // A margin inside the form pane, so no row marker or cut-off text shows beside the dialog.
            grid.fill(Rect(row: rect.row, column: rect.column - 1, height: rect.height, width: rect.width + 2), role: .text)
        }
        let inner = grid.dialog(rect, title: title)
        if lines.count > inner.height - 2 - footerLines.count {
            footerLines = KeyHintLine.wrap(footer(review, held: state.heldKeys.count, scrolls: true), width: inner.width)
        }
        let rows = inner.height - 2 - footerLines.count
        let scroll = min(review.scroll, max(0, lines.count - rows))
        for row in 0..<max(0, rows) where scroll + row < lines.count {
            lines[scroll + row].draw(in: &grid, rect: inner, row: row)
        }
        drawButtons(review, in: inner, row: inner.height - 1 - footerLines.count, grid: &grid)
        for (offset, line) in footerLines.enumerated() {
            grid.line(line, in: inner, row: inner.height - footerLines.count + offset, role: .keyHint)
        }
    }

    /// The key hints under the buttons ("· ↑↓ scroll" when the lines do not fit).
    private static func footer(_ review: ReviewState, held: Int, scrolls: Bool) -> String {
        if review.sending {
            let waiting = held == 0 ? "" : " · \(held == 1 ? "1 key waits" : "\(held) keys wait") for the answer (Esc drops)"
            return (review.isCreate ? "  creating…" : "  sending…") + waiting
        }
        let scroll = scrolls ? " · ↑↓ scroll" : ""
        return review.confirmWord.map { "  type \($0) below, then y sends · Esc or Enter back" + scroll }
            ?? "  y send · n, Esc or Enter back" + (review.fromForm ? " to the form" : "") + scroll
    }

    /// "[ Cancel ]  [ y Send ]": the focus is on Cancel (Enter cancels); only y sends.
    private static func drawButtons(_ review: ReviewState, in inner: Rect, row: Int, grid: inout Grid) {
        guard row >= 0 else { return }
        grid.line("", in: inner, row: row, role: .dialog)
        let send = review.isCreate ? "[ y Create ]" : "[ y Send ]"
        let cancel = "[ Cancel ]"
        let total = DisplayWidth.of(cancel) + 3 + DisplayWidth.of(send)
        let column = inner.column + max(0, (inner.width - total) / 2)
        let x = grid.write(cancel, row: inner.row + row, column: column, role: .selection)
        grid.write(send, row: inner.row + row, column: column + x + 3, role: .dialog)
    }
}
