import ScreenKit
import TrunkModel

/// Draws one trunk grouped as the DIDWW panel groups it, with a health summary on top, or its raw
/// JSON (`J`), and the number tester or regenerate confirmation over it. Pure.
enum DetailPane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        guard let trunk = state.detailTrunk else {
            grid.box(rect, title: "Detail", focused: focused)
            grid.line("  no trunk selected", in: rect.inset(1), row: 1, role: .muted)
            return
        }
        let view = focused ? state.detailView : DetailViewState()
        let revealed = view.reveals(trunk.id, at: state.now)
        var title = trunk.name ?? trunk.id
        if view.rawJSON != nil { title += " · raw JSON" }
        if revealed { title += " · secrets shown \(view.secondsLeft(at: state.now)) s" }
        grid.box(rect, title: title, focused: focused)
        let inner = rect.inset(1)
        if let raw = view.rawJSON {
            RawJSONView.draw(raw, revealSecrets: revealed, search: view.search, in: inner, grid: &grid)
        } else {
            let lines = DetailText.lines(for: trunk, state: state, width: inner.width, focused: focused)
            let scroll = min(state.detailScroll, max(0, lines.count - inner.height))
            for row in 0..<inner.height where scroll + row < lines.count {
                lines[scroll + row].draw(in: &grid, rect: inner, row: row)
            }
            markFilterMatches(state.filter, trunk: trunk, revealed: revealed, in: lines.map(\.text), scroll: scroll,
                              in: inner, grid: &grid)
            if let search = view.search {
                markMatch(search, in: lines.map(\.text), scroll: scroll, in: inner, grid: &grid)
            }
            drawPosition(scroll: scroll, count: lines.count, in: rect, grid: &grid)
        }
        if let tester = view.tester {
            DetailOverlays.drawTester(tester, trunk: trunk, in: inner, grid: &grid)
        } else if let confirm = view.regenerate {
            DetailOverlays.drawRegenerate(confirm, trunk: trunk, in: inner, grid: &grid)
        }
    }

    /// Marks the search's current match when it is in view: `lines` are drawn from the left of
    /// `area`, the first of them at line `scroll` (`indent` columns in).
    static func markMatch(_ search: TextSearch, in lines: [String], scroll: Int, in area: Rect, indent: Int = 0,
                          grid: inout Grid) {
        guard let current = search.current else { return }
        let matches = search.matches(in: lines)
        guard matches.indices.contains(current) else { return }
        let match = matches[current]
        let row = match.line - scroll
        guard row >= 0, row < area.height, area.width > indent else { return }
        grid.highlight(match, in: lines[match.line], row: area.row + row, column: area.column + indent, limit: area.width - indent)
    }

    /// Marks, as a search match is marked, the values of `trunk` the list's filter matched (an
    /// address, the username, the tech prefix, a prefix, the masked SID…) where the detail shows
    /// them whole: each occurrence standing alone between spaces, commas or the line's ends.
    static func markFilterMatches(_ filter: String, trunk: Trunk, revealed: Bool, in lines: [String], scroll: Int,
                                  in area: Rect, grid: inout Grid) {
        guard !filter.isEmpty else { return }
        let query = FilterQuery.parse(filter)
        var texts: [String] = []
        for found in TrunkSearch.matches(trunk, query) {
            if let text = found.detailText(revealed: revealed), !texts.contains(text) { texts.append(text) }
        }
        for text in texts {
            for match in TextSearch(words: text).matches(in: lines) where standsAlone(match, in: lines[match.line]) {
                let row = match.line - scroll
                guard row >= 0, row < area.height else { continue }
                grid.highlight(match, in: lines[match.line], row: area.row + row, column: area.column, limit: area.width)
            }
        }
    }

    /// True when the characters around `match` are spaces, commas or the line's ends.
    private static func standsAlone(_ match: TextSearch.Match, in line: String) -> Bool {
        let characters = Array(line)
        let before = match.start == 0 ? " " : characters[match.start - 1]
        let after = match.start + match.length >= characters.count ? " " : characters[match.start + match.length]
        return (before == " " || before == ",") && (after == " " || after == ",")
    }

    /// "12–33 of 80" in the bottom border when the text is longer than the pane.
    static func drawPosition(scroll: Int, count: Int, in rect: Rect, grid: inout Grid) {
        let rows = rect.height - 2
        guard count > rows, rect.width > 24 else { return }
        let text = " \(scroll + 1)–\(min(count, scroll + rows)) of \(count) "
        grid.write(text, row: rect.bottom - 1, column: rect.right - 2 - DisplayWidth.of(text), role: .muted)
    }
}
