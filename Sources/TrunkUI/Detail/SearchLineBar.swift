import ScreenKit

/// The detail's `/` search line in the status row: the text (selected while it is the last
/// search's, which typing replaces), then how many matches and the line's keys.
enum SearchLineBar {
    static func draw(_ state: AppState, _ line: SearchLine, row: Int, grid: inout Grid) {
        let input = line.input
        grid.write("/", row: row, column: 0, role: .input)
        grid.write(input.text, row: row, column: 1, role: input.isSelected ? .selection : .input)
        grid.cursor = (row, 1 + DisplayWidth.of(String(input.characters.prefix(input.cursor))))
        let x = 2 + DisplayWidth.of(input.text)
        guard x < grid.columns else { return }
        grid.write(note(state), row: row, column: x, role: .muted, limit: grid.columns - x)
    }

    /// "match 2 of 14 · Enter keeps · Esc goes back", or "not found · …".
    static func note(_ state: AppState) -> String {
        let keys = state.keymap.hintItems(in: .searchLine)
        guard let search = state.detailView.search else { return keys.joined(separator: " · ") }
        let matches = search.matches(in: state.detailSearchText)
        let found = search.current.map { "match \($0 + 1) of \(matches.count)" } ?? "not found"
        return ([found] + keys).joined(separator: " · ")
    }
}
