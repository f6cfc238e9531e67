import ScreenKit
import TrunkModel

/// Draws the DID set editor: the linked DIDs by number, the count, and while adding the typed
/// part of a number with the account's matching DIDs to pick from.
enum DidEditorPane {
    static func draw(_ state: AppState, _ editor: DidEditorState, in inner: Rect, grid: inout Grid) {
        guard let form = state.form else { return }
        let field = FieldTable.field(editor.key)
        grid.line(header(state, editor, field), in: inner, row: 0, role: .header)
        let flag = DidLinkRule.everyDidSwitch(for: editor.key)
        if let flag, form.draft.value(flag) == .bool(true) {
            grid.line("   \(FieldTable.field(flag).label) is on: every eligible DID is allowed, none may be listed",
                      in: inner, row: 1, role: .warning)
        } else {
            let purpose = editor.key == .dids ? "DIDs this trunk may send as caller ID (CLI)"
                                              : "DIDs that may place emergency calls through this trunk"
            grid.line("   " + purpose + " · Tab: " + FieldTable.field(editor.otherKey).label, in: inner, row: 1, role: .muted)
        }
        let candidates = state.didCandidates(editor)
        let shownCandidates = editor.input == nil ? 0 : max(1, min(AppState.didCandidateLimit, candidates.count))
        var top = 2
        if let truncation = state.accountDidsTruncation, case .loaded = state.accountDids {
            for line in TextWrap.wrapHanging("   ⚠ " + truncation.warning, width: inner.width).prefix(3) {
                grid.line(line, in: inner, row: top, role: .warning)
                top += 1
            }
        }
        let inputRow = inner.height - 3
        let rows = max(0, inputRow - shownCandidates - top)
        if editor.awaitingLinks {
            grid.line("   reading the trunk's linked DIDs…", in: inner, row: top, role: .muted)
        } else if editor.items.isEmpty {
            grid.line("   (none linked — a adds: type part of a number)", in: inner, row: top, role: .muted)
        }
        let scroll = Viewport.scrollOffset(selection: editor.selected, current: 0, rows: rows, count: editor.items.count)
        for row in 0..<rows where scroll + row < editor.items.count {
            let index = scroll + row
            let selected = index == editor.selected && editor.input == nil
            let line = didLine(state.resolved(editor.items[index]), marker: selected ? " ▶ " : "   ",
                               base: selected ? .selection : .text, selected: selected)
            line.draw(in: &grid, rect: inner, row: top + row)
        }
        if let input = editor.input {
            drawCandidates(state, editor, candidates, firstRow: inputRow - shownCandidates, rows: shownCandidates, in: inner, grid: &grid)
            let label = " add: "
            let count = candidates.isEmpty ? "" : "   \(candidates.count) match\(candidates.count == 1 ? "" : "es") · ↑↓ pick · Enter links"
            grid.line(label + input.text + count, in: inner, row: inputRow, role: .input)
            let before = String(input.characters.prefix(input.cursor))
            grid.cursor = (inner.row + inputRow, inner.column + DisplayWidth.of(label) + DisplayWidth.of(before))
        }
        if let error = editor.error {
            grid.line(" ✗ " + error, in: inner, row: inner.height - 2, role: .fieldError)
        } else if let issue = state.validator.issues(editor.key, in: form.draft.setting(editor.key, .dids(editor.items))).first {
            grid.line((issue.severity == .error ? " ✗ " : " ⚠ ") + issue.message, in: inner, row: inner.height - 2,
                      role: issue.severity == .error ? .fieldError : .warning)
        }
        let hint = editor.input == nil
            ? " a add · d unlink · Tab other set · Esc done (back to the form)"
            : " type digits · ↑↓ pick · Enter links · Esc stops adding"
        grid.line(hint, in: inner, row: inner.height - 1, role: .keyHint)
    }

    /// "CLI DIDs: 2 linked (+1 −0) · 64 on the account".
    private static func header(_ state: AppState, _ editor: DidEditorState, _ field: TrunkField) -> String {
        var text = " \(field.label): \(editor.items.count) linked"
        if let form = state.form {
            let diff = DraftDiff(original: form.original, draft: form.draft.setting(editor.key, .dids(editor.items)))
            let change = diff.didChanges(editor.key)
            if !change.added.isEmpty || !change.removed.isEmpty { text += " (+\(change.added.count) −\(change.removed.count))" }
        }
        switch state.accountDids {
        case .loaded(let all):
            text += state.accountDidsTruncation.map { " · \($0.readOfTotal) DIDs read" } ?? " · \(all.count) on the account"
        case .loading, .notLoaded: text += " · loading the account's DIDs…"
        case .failed: text += " · the account's DIDs could not be read"
        }
        if editor.items.count > 1 && editor.input == nil { text += " · at \(editor.selected + 1)" }
        return text
    }

    private static func drawCandidates(_ state: AppState, _ editor: DidEditorState, _ candidates: [DidRef],
                                       firstRow: Int, rows: Int, in inner: Rect, grid: inout Grid) {
        guard rows > 0 else { return }
        grid.popUp(Rect(row: inner.row + firstRow, column: inner.column, height: rows, width: inner.width))
        if candidates.isEmpty {
            let why: String
            switch state.accountDids {
            case .loading, .notLoaded: why = "loading the account's DIDs…"
            case .failed(let reason): why = "the account's DIDs could not be read: \(reason)"
            case .loaded:
                why = state.accountDidsTruncation.map { "no unlinked DID among the \(AccountDidList.Truncation.grouped($0.read)) read matches" }
                    ?? "no unlinked DID of the account matches"
            }
            grid.line("     " + why, in: inner, row: firstRow, role: .muted)
            return
        }
        let scroll = Viewport.scrollOffset(selection: editor.candidate, current: 0, rows: rows, count: candidates.count)
        for row in 0..<rows where scroll + row < candidates.count {
            let index = scroll + row
            let highlighted = index == editor.candidate
            didLine(candidates[index], marker: highlighted ? "   → " : "     ", base: highlighted ? .selection : .dialog,
                    selected: highlighted).draw(in: &grid, rect: inner, row: firstRow + row)
        }
    }

    /// "+4930123456  blocked  Line 3".
    static func didLine(_ did: DidRef, marker: String, base: StyleRole, selected: Bool) -> StyledLine {
        var pieces: [(String, StyleRole)] = [(marker + did.shownNumber, base)]
        if did.terminated == true { pieces.append(("  terminated", selected ? base : .warning)) }
        else if did.blocked == true { pieces.append(("  blocked", selected ? base : .warning)) }
        if let note = did.note, !note.isEmpty { pieces.append(("  " + note, selected ? base : .muted)) }
        return StyledLine(pieces)
    }
}
