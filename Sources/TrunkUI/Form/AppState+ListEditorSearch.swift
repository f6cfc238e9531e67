import ScreenKit

/// `/` in a list editor (prefixes, SIP or RTP addresses): the selection follows the first item
/// that holds the typed text, and `n`/`N` select the next and previous such item, so one prefix
/// among hundreds is found and deleted without paging.
extension AppState {
    /// A key on the list editor's search line.
    mutating func listSearchKey(_ key: Key, _ line: SearchLine, _ editor: inout ListEditorState) {
        switch searchLineOutcome(key, line) {
        case .kept:
            editor.searchLine = nil
            guard let search = editor.search else { return }
            let lines = search.matches(in: editor.items, onePerLine: true).map(\.line)
            if let index = lines.firstIndex(of: editor.selected) {
                message = matchMessage(index, of: lines.count, wrapped: false, backwards: false, in: .listEditor)
            } else {
                message = StatusMessage("No item holds \(search.words)", .warning)
            }
        case .cancelled:
            editor.searchLine = nil
            editor.search = line.previous
            editor.selected = ListCursor.clamped(line.origin, count: editor.items.count)
        case .typed(let edited):
            editor.searchLine = edited
            let words = edited.input.text
            editor.search = words.isEmpty ? nil : TextSearch(words: words)
            let matches = editor.search?.matches(in: editor.items, onePerLine: true) ?? []
            let first = TextSearch.step(from: nil, in: matches, backwards: false, line: edited.origin)
            editor.selected = first.map { matches[$0.index].line } ?? ListCursor.clamped(edited.origin, count: editor.items.count)
        case .ignored:
            break
        }
    }

    /// `n` (`N`, `backwards`): the next (previous) item after (before) the selected one that holds
    /// the searched text, going round at the end.
    mutating func stepListSearch(_ editor: inout ListEditorState, backwards: Bool) {
        guard let search = editor.search else {
            let key = keymap.key(for: .search, in: .listEditor).map { $0.displayName + " " } ?? ""
            message = StatusMessage("Nothing searched for yet: \(key)finds an item")
            return
        }
        let matches = search.matches(in: editor.items, onePerLine: true)
        let here = matches.firstIndex { $0.line == editor.selected }
        let from = backwards ? editor.selected : editor.selected + 1
        guard let step = TextSearch.step(from: here, in: matches, backwards: backwards, line: from) else {
            message = StatusMessage("No item holds \(search.words)", .warning)
            return
        }
        editor.selected = matches[step.index].line
        message = matchMessage(step.index, of: matches.count, wrapped: step.wrapped, backwards: backwards, in: .listEditor)
    }
}
