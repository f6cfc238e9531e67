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
        let lines = changeAndBodyLines(state, review, width: widest - 2)
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

    /// Every changed field, then the request line and its body (secrets masked), for an inner width.
    private static func changeAndBodyLines(_ state: AppState, _ review: ReviewState, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for change in review.diff.changes {
            lines += change.field.widget == .didSet
                ? didChangeLines(change.key, review.diff, state: state, width: width)
                : changeLines(change, width: width)
        }
        lines.append(.blank)
        let request = review.isCreate ? "POST /v3/voice_out_trunks" : "PATCH /v3/voice_out_trunks/\(review.diff.original.id)"
        // A path too long for the line continues on the next, cut anywhere (it has no spaces to break at).
        var rest = Substring(request)
        while !rest.isEmpty {
            let piece = rest.prefix(max(10, width - 2) - (rest.count < request.count ? 2 : 0))
            lines.append(StyledLine((rest.count < request.count ? "    " : "  ") + piece, .muted))
            rest = rest.dropFirst(piece.count)
        }
        // A line wider than the dialog continues on the next, under its own indent.
        for text in masked(review.body).text(pretty: true).split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = text.prefix { $0 == " " }.count
            lines += TextWrap.wrap(String(text), width: width - 2, continuationIndent: indent + 2).map { StyledLine("  " + $0, .dialog) }
        }
        return lines
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

    /// "Name: old → new"; a long list as its count and the items added and removed, so a change
    /// to a 300-prefix list reads as "+ 4420, 33" rather than two clipped lists.
    static func changeLines(_ change: FieldChange, width: Int) -> [StyledLine] {
        let field = change.field
        let label = "  \(field.label): "
        guard case .list = field.widget, change.old.items.count + change.new.items.count > 6 else {
            let old = shown(change.old, field), new = shown(change.new, field)
            let line = StyledLine([(label, .header), (old, .diffRemoved), (" → ", .dialog), (new, .diffAdded)])
            guard line.width > width else { return [line] }
            // Too wide for one line: the label, then the old and the new value each under it.
            return [StyledLine(label, .header)]
                + TextWrap.wrap(old, width: max(10, width - 6)).map { StyledLine("    " + $0, .diffRemoved) }
                + TextWrap.wrap("→ " + new, width: max(10, width - 4), continuationIndent: 2).map { StyledLine("    " + $0, .diffAdded) }
        }
        let old = change.old.items, new = change.new.items
        let added = new.filter { !old.contains($0) }, removed = old.filter { !new.contains($0) }
        var lines = [StyledLine([(label, .header),
                                 ("\(old.count) → \(new.count) entries (\(added.count) added, \(removed.count) removed)", .dialog)])]
        for (sign, items, role) in [("+ ", added, StyleRole.diffAdded), ("− ", removed, StyleRole.diffRemoved)] where !items.isEmpty {
            let wrapped = TextWrap.wrap(items.joined(separator: ", "), width: max(10, width - 8))
            for (index, text) in wrapped.enumerated() {
                lines.append(StyledLine("    " + (index == 0 ? sign : "  ") + text, role))
            }
        }
        return lines
    }

    /// "CLI DIDs: 1 → 2 linked (1 added, 0 removed)", then "link +4930…" / "unlink +3706…" by number.
    static func didChangeLines(_ key: FieldKey, _ diff: DraftDiff, state: AppState, width: Int) -> [StyledLine] {
        let (added, removed) = diff.didChanges(key)
        let old = diff.original.value(key).didCount, new = diff.draft.value(key).didCount
        var lines = [StyledLine([("  \(FieldTable.field(key).label): ", .header),
                                 ("\(old) → \(new) linked (\(added.count) added, \(removed.count) removed)", .dialog)])]
        for (word, dids, role) in [("link   ", added, StyleRole.diffAdded), ("unlink ", removed, StyleRole.diffRemoved)] where !dids.isEmpty {
            let numbers = dids.map { state.resolved($0).shownNumber }.joined(separator: ", ")
            for (index, text) in TextWrap.wrap(numbers, width: max(10, width - 13)).enumerated() {
                lines.append(StyledLine("    " + (index == 0 ? word : "       ") + text, role))
            }
        }
        return lines
    }

    private static func shown(_ value: FieldValue, _ field: TrunkField) -> String {
        field.isSecret && value != .null ? "••••••••" : value.display(for: field)
    }

    /// The body as shown: secrets masked (the body sent is not changed).
    static func masked(_ body: JSONValue) -> JSONValue {
        switch body {
        case .object(let members):
            var copy: [String: JSONValue] = [:]
            for (key, value) in members {
                copy[key] = (key == "twilio_account_sid" || key == "password") && value != .null ? .string("••••••••") : masked(value)
            }
            return .object(copy)
        case .array(let items): return .array(items.map(masked))
        default: return body
        }
    }
}

extension FieldValue {
    /// How many DIDs a DID set holds (0 for a set never read).
    var didCount: Int {
        if case .dids(let refs) = self { return refs.count }
        return 0
    }
}
