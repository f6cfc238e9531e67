import ScreenKit
import TrunkModel

/// "Quit?": over a form with unsaved changes it says truly what becomes of them (the draft stays
/// on disk and is offered at the next start, unless it cannot be written or holds nothing
/// storable); asked by Ctrl-C anywhere else, it says nothing is unsaved.
enum QuitDialog {
    static func draw(_ state: AppState, in body: Rect, grid: inout Grid) {
        let keys = " " + state.keymap.promptHintItems(in: .quitQuestion, allKeys: true).joined(separator: " · ")
        let natural = self.lines(state)
        let width = max(natural.map { DisplayWidth.of($0.text) }.max() ?? 0, DisplayWidth.of(keys)) + 1
        let frame = DialogFrame.rect(contentWidth: width, contentHeight: natural.count + 1, title: "Quit?", in: body)
        // Narrower than its longest line: each line wraps under its text.
        let lines = natural.flatMap { line in
            TextWrap.wrapHanging(String(line.text.dropFirst()), width: frame.width - 3).map { (text: " " + $0, role: line.role) }
        }
        let rect = DialogFrame.rect(contentWidth: frame.width - 2, contentHeight: lines.count + 1, title: "Quit?", in: body,
                                    minimumWidth: frame.width, maximumWidth: frame.width)
        let inner = grid.dialog(rect, title: "Quit?")
        for (row, line) in lines.enumerated() { grid.line(line.text, in: inner, row: row, role: line.role) }
        grid.line(keys, in: inner, row: inner.height - 1, role: .keyHint)
    }

    /// What the user is told, line by line, about the changes in the open form.
    static func lines(_ state: AppState) -> [(text: String, role: StyleRole)] {
        guard let form = state.form, form.isDirty else { return [(" Quit trunks? Nothing is unsaved.", .dialog)] }
        var lines: [(text: String, role: StyleRole)] = [(" The form has unsaved changes.", .dialog)]
        let stored = StoredDraft(form: form, at: state.now)
        if stored == nil {
            lines.append((" They cannot be kept as a draft: quitting discards them.", .warning))
            return lines
        }
        if state.storageProblem != nil {
            lines.append((" ✗ Drafts cannot be written to disk here: quitting loses them.", .error))
            return lines
        }
        lines.append((" They stay on disk as a draft; trunks offers it at the next start.", .dialog))
        let secret = DraftDiff(original: form.original, draft: form.draft).changes.contains { $0.field.isSecret }
        if secret || !form.pendingText.isEmpty {
            lines.append((" Not kept: " + [secret ? "a typed secret" : nil, form.pendingText.isEmpty ? nil : "text that does not parse"]
                .compactMap { $0 }.joined(separator: " and ") + ".", .warning))
        }
        return lines
    }
}
