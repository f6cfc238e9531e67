import ScreenKit

/// The `/` line in the status row: the text, then what it does (tokens understood, mistakes).
enum FilterLineBar {
    static func draw(_ state: AppState, _ input: TextInput, row: Int, grid: inout Grid) {
        grid.write("/", row: row, column: 0, role: .input)
        // The filter the line opened on is shown selected: typing replaces it.
        grid.write(input.text, row: row, column: 1, role: input.isSelected ? .selection : .input)
        grid.cursor = (row, 1 + DisplayWidth.of(String(input.characters.prefix(input.cursor))))
        let x = 2 + DisplayWidth.of(input.text)
        guard x < grid.columns else { return }
        let query = FilterQuery.parse(input.text)
        let (note, role) = explanation(query, matches: state.visible.count, keymap: state.keymap)
        grid.write(note, row: row, column: x, role: role, limit: grid.columns - x)
    }

    /// "⚠ colour: is not a filter …" for mistakes, else the count, the token a known value typed
    /// as a word stands for ("status:blocked narrows exactly"), and what keeping the filter
    /// (Enter) will do; the keys are the filter line's in `keymap`.
    static func explanation(_ query: FilterQuery, matches: Int, keymap: Keymap) -> (String, StyleRole) {
        if let problem = query.problems.last { return ("⚠ " + problem, .warning) }
        var text = "\(matches) match\(matches == 1 ? "" : "es")"
        let suggested = query.suggestedTokens
        if !suggested.isEmpty {
            text += " · " + suggested.joined(separator: " ") + " narrows exactly"
        }
        let sent = query.serverTokens
        if !sent.isEmpty, let keep = keymap.key(for: .keepFilter, in: .filterLine) {
            text += " · \(keep.displayName) asks the server for " + sent.map { "\($0.key):\($0.value)" }.joined(separator: " ")
        } else if query.tokens.isEmpty && suggested.isEmpty {
            let keys = keymap.hintItems(in: .filterLine).joined(separator: " · ")
            text += (keys.isEmpty ? "" : " · " + keys) + " · " + FilterQuery.keys.map { $0.name + ":" }.joined(separator: " ")
        }
        return (text, .muted)
    }
}
