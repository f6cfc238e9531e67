import ScreenKit

/// `/` in the detail pane, as in less and tig: the text shown (the trunk, or its raw JSON) is
/// searched as the words are typed, the first match from the top of the view is scrolled into
/// view and marked, and `n`/`N` step through the matches.
extension AppState {
    /// The lines the detail pane shows now, as text: the raw JSON when it is open, else the trunk.
    var detailSearchText: [String] {
        if let raw = detailView.rawJSON {
            return RawJSONText.lines(raw, revealSecrets: detailView.reveals(raw.trunkID, at: now))
        }
        guard let trunk = detailTrunk else { return [] }
        return DetailText.lines(for: trunk, state: self, width: Viewport.detailInnerSize(of: self).columns).map(\.text)
    }

    /// The first line of that text in view.
    private var detailTextScroll: Int {
        get { detailView.rawJSON?.scroll ?? detailScroll }
        set {
            if detailView.rawJSON != nil { detailView.rawJSON?.scroll = newValue } else { detailScroll = newValue }
        }
    }

    /// How many lines of that text the pane shows at once (the raw JSON has a heading row).
    private var detailTextRows: Int {
        max(1, Viewport.detailInnerSize(of: self).rows - (detailView.rawJSON != nil ? 1 : 0))
    }

    /// `/`: the search line opens on the last search, selected, so typing starts a new one.
    mutating func openDetailSearch() {
        guard detailTrunk != nil else { return }
        detailView.searchLine = SearchLine(origin: detailTextScroll, previous: detailView.search)
    }

    /// A key on the detail's search line.
    mutating func detailSearchKey(_ key: Key) -> [Effect] {
        guard let line = detailView.searchLine else { return [] }
        switch searchLineOutcome(key, line) {
        case .kept:
            detailView.searchLine = nil
            if let search = detailView.search {
                let matches = search.matches(in: detailSearchText)
                if let current = search.current, matches.indices.contains(current) {
                    message = matchMessage(current, of: matches.count, wrapped: false, backwards: false, in: .detail)
                } else {
                    message = StatusMessage("Not found: \(search.words)", .warning)
                }
            }
        case .cancelled:
            detailView.searchLine = nil
            detailView.search = line.previous
            detailTextScroll = line.origin
        case .typed(let edited):
            detailView.searchLine = edited
            findInDetail(edited.input.text, from: edited.origin)
        case .ignored:
            break
        }
        return []
    }

    /// Searches for `words` as they are typed: the first match on or after line `origin` (the
    /// top of the view when the line opened) is shown; with none, the view goes back there.
    private mutating func findInDetail(_ words: String, from origin: Int) {
        guard !words.isEmpty else {
            detailView.search = nil
            detailTextScroll = origin
            return
        }
        var search = TextSearch(words: words)
        let lines = detailSearchText
        let matches = search.matches(in: lines)
        if let first = TextSearch.step(from: nil, in: matches, backwards: false, line: origin) {
            search.current = first.index
            bringIntoView(line: matches[first.index].line, of: lines.count)
        } else {
            detailTextScroll = origin
        }
        detailView.search = search
    }

    /// `n` (or `N`, `backwards`): the next (previous) match, scrolled into view and marked.
    mutating func stepDetailSearch(backwards: Bool) {
        guard var search = detailView.search, !search.words.isEmpty else {
            let key = keymap.key(for: .search, in: .detail).map { $0.displayName + " " } ?? ""
            message = StatusMessage("Nothing searched for yet: \(key)searches the text")
            return
        }
        let lines = detailSearchText
        let matches = search.matches(in: lines)
        guard let step = TextSearch.step(from: search.current, in: matches, backwards: backwards, line: detailTextScroll) else {
            message = StatusMessage("Not found: \(search.words)", .warning)
            return
        }
        search.current = step.index
        detailView.search = search
        bringIntoView(line: matches[step.index].line, of: lines.count)
        message = matchMessage(step.index, of: matches.count, wrapped: step.wrapped, backwards: backwards, in: .detail)
    }

    /// Scrolls just enough to bring `line` into view: left where it is when the line shows,
    /// else with the line a third of the way down.
    private mutating func bringIntoView(line: Int, of count: Int) {
        let rows = detailTextRows
        let limit = max(0, count - rows)
        let scroll = min(detailTextScroll, limit)
        guard line < scroll || line >= scroll + rows else {
            detailTextScroll = scroll
            return
        }
        detailTextScroll = min(limit, max(0, line - rows / 3))
    }
}
