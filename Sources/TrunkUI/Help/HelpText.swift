import ScreenKit

/// What the `?` overlay says and how it is laid out, generated from the key map in force: the
/// keys of the pane in focus first, then the global keys and the `:` commands, then the other
/// panes' keys, then each question's, prompt's and overlay's keys in the words of its status-bar
/// hint. Every description is shown whole (wrapped under itself when long); what does not
/// fit scrolls with the list's movement keys. The reducer scrolls by it and `HelpOverlay` draws it.
enum HelpText {
    /// A column is at least this wide; narrower terminals get one column.
    static let minimumColumnWidth = 60

    /// Where the overlay's text goes for a body of `body`: the columns and the rows of each.
    struct Geometry: Equatable {
        var inner: Rect
        var columns: Int
        var columnWidth: Int
        /// Rows of text per column (the inner height less the footer row).
        var rows: Int
        /// Lines visible at once.
        var capacity: Int { columns * rows }
    }

    /// The fewest columns (at most three, each at least `minimumColumnWidth` wide) that hold
    /// every line of `state`'s help in `body`; the most that fit when none does (it scrolls).
    static func geometry(_ state: AppState, in body: Rect) -> Geometry {
        let inner = body.inset(1)
        let most = max(1, min(3, inner.width / minimumColumnWidth))
        let rows = max(1, inner.height - 1)
        let columns = (1...most).first { count in
            lines(state, width: inner.width / count - 1).count <= count * rows
        } ?? most
        return Geometry(inner: inner, columns: columns, columnWidth: inner.width / columns, rows: rows)
    }

    /// The body a terminal of `size` gives the overlay (everything between header and status line).
    static func body(for size: ScreenSize) -> Rect {
        Rect(row: 1, column: 0, height: size.rows - 2, width: size.columns)
    }

    /// The largest useful scroll offset for `state` at its terminal size.
    static func maxScroll(_ state: AppState) -> Int {
        let geometry = geometry(state, in: body(for: state.screenSize))
        return max(0, columnsKeptTidy(lines(state, width: geometry.columnWidth - 1), layout: geometry).count - geometry.capacity)
    }

    /// In several columns: no column starts with a blank line, no entry is cut between two
    /// columns (its wrapped lines stay under it) and no heading is left at the bottom of one
    /// without its first entry. When the text scrolls, the first page is laid out so; a page
    /// further down starts wherever the scroll puts it.
    static func columnsKeptTidy(_ lines: [StyledLine], layout: Geometry) -> [StyledLine] {
        guard layout.columns > 1 else { return lines }
        var units: [[StyledLine]] = []
        for line in lines {
            if let last = units.last, isContinuation(line) || (last.count == 1 && last[0].isHeading && !line.isBlank) {
                units[units.count - 1].append(line)
            } else {
                units.append([line])
            }
        }
        var tidy: [StyledLine] = []
        var heading: StyledLine?
        for unit in units {
            var row = tidy.count % layout.rows
            if unit.count == 1 && unit[0].isBlank && row == 0 { continue }
            if row > 0 && row + unit.count > layout.rows && unit.count <= layout.rows {
                tidy += Array(repeating: StyledLine.blank, count: layout.rows - row)
                row = 0
            }
            // A column that starts inside a section says which section it continues.
            if row == 0, !tidy.isEmpty, !unit[0].isHeading, let heading {
                let name = heading.pieces[0].text.components(separatedBy: " (")[0]
                tidy.append(StyledLine(name + " (continued)", .header))
            }
            if unit[0].isHeading { heading = unit[0] }
            tidy += unit
        }
        // Tidying never pushes what fitted on one page onto a second.
        return lines.count <= layout.capacity && tidy.count > layout.capacity ? lines : tidy
    }

    /// A description's wrapped second (third…) line, drawn under the description by `entry`.
    static func isContinuation(_ line: StyledLine) -> Bool {
        line.pieces.count == 1 && line.pieces[0].role == .dialog && !line.isBlank
    }

    /// The bottom row: the scroll position and keys when the text is longer than the overlay.
    static func footer(_ state: AppState, top: Int, shown: Int, total: Int, width: Int = .max) -> String {
        guard shown < total else { return " any key closes" }
        let full = " lines \(top + 1)–\(top + shown) of \(total) · \(scrollKeys(state)) scroll · any other key closes"
        // Narrow: the status line below names the scroll keys.
        return DisplayWidth.of(full) <= width ? full : " lines \(top + 1)–\(top + shown) of \(total) · any other key closes"
    }

    /// Every line of the overlay for columns `width` wide, in order.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let focused = focusContext(state)
        let keyWidth = min(14, state.keymap.bindings.map { DisplayWidth.of(keyNames($0)) }.max() ?? 10)
        var lines: [StyledLine] = []
        let order = [focused, .global] + KeyContext.allCases.filter { $0 != focused && $0 != .global && !$0.isPrompt }
        for (index, context) in order.enumerated() where !hidden(context, state) {
            let bindings = state.keymap.bindings(in: context).filter { !(state.readOnly && AppState.changesData($0.command)) }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(" " + context.rawValue + (context == focused ? " (here)" : ""), .header))
            for binding in bindings {
                lines += entry(keyNames(binding), binding.description + (binding.dangerous ? " ⚠" : ""), keyWidth: keyWidth, width: width)
            }
            if context == .list { lines += filterTokenLines(width: width) }
            if index == 1 { lines += commandLines(state, width: width) }
        }
        return lines + promptLines(state, width: width)
    }

    /// Each question, prompt and overlay: its name, then its keys (every key of each binding)
    /// and what the keys it does not bind do, wrapped under it. (Not the "too small" screen: it
    /// names its own keys, and the help is never seen while it holds them.)
    private static func promptLines(_ state: AppState, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = [.blank, StyledLine(" Questions, prompts and overlays (while one is open)", .header)]
        for context in KeyContext.allCases where context.isPrompt && context != .tooSmall && !hidden(context, state) {
            let items = state.keymap.promptHintItems(in: context, allKeys: true)
            guard !items.isEmpty else { continue }
            let name = context.rawValue + ":"
            let wrapped = TextWrap.wrap(name + " " + items.joined(separator: " · "), width: max(12, width - 3), continuationIndent: 2)
            for (index, line) in wrapped.enumerated() {
                if index == 0 && line.hasPrefix(name) {
                    lines.append(StyledLine([("   ", .dialog), (name, .title), (String(line.dropFirst(name.count)), .dialog)]))
                } else {
                    lines.append(StyledLine("   " + line, .dialog))
                }
            }
        }
        return lines
    }

    /// True for a context read-only mode never opens (the form, the review, the typed
    /// confirmations): its keys are left out of the help, as the changing keys are.
    private static func hidden(_ context: KeyContext, _ state: AppState) -> Bool {
        state.readOnly && context.changesData
    }

    /// The overlay's title: the pane whose keys come first, and how keys that change data are told.
    static func title(_ state: AppState) -> String {
        let focused = focusContext(state)
        return "Keys: \(focused.rawValue) first · " + (state.readOnly ? "read-only: keys that change data are hidden" : "⚠ changes live data")
    }

    private static func keyNames(_ binding: KeyBinding) -> String {
        binding.keys.map(\.displayName).joined(separator: "/")
    }

    /// One key (or usage) and its description, wrapped under the description's column.
    private static func entry(_ keys: String, _ description: String, keyWidth: Int, width: Int) -> [StyledLine] {
        let keyColumn = max(keyWidth, DisplayWidth.of(keys))
        let indent = 3 + keyColumn + 1
        let wrapped = TextWrap.wrap(description, width: max(12, width - indent))
        return wrapped.enumerated().map { offset, text in
            guard offset == 0 else { return StyledLine(String(repeating: " ", count: indent) + text, .dialog) }
            // Only the key names in the key role (keycaps), not a band of padding beside them.
            let padding = String(repeating: " ", count: keyColumn - DisplayWidth.of(keys))
            return StyledLine([("   ", .dialog), (keys, .keyHint), (padding + " " + text, .dialog)])
        }
    }

    private static func commandLines(_ state: AppState, width: Int) -> [StyledLine] {
        let usageWidth = min(24, state.commandRegistry.commands.map { DisplayWidth.of($0.usage) }.max() ?? 10)
        return [.blank, StyledLine(" Commands (: then Tab completes)", .header)] + state.commandRegistry.commands.flatMap { command in
            entry(command.usage, command.help, keyWidth: usageWidth, width: width)
        }
    }

    /// The status-line hint while the overlay is open.
    static func hint(_ state: AppState) -> String {
        " \(scrollKeys(state)) scroll the help · any other key closes it"
    }

    /// The list's movement keys, which scroll the overlay ("j k PgDn PgUp" by default).
    static func scrollKeys(_ state: AppState) -> String {
        [Command.moveDown, .moveUp, .pageDown, .pageUp].compactMap { state.keymap.key(for: $0, in: .list)?.displayName }
            .joined(separator: " ")
    }

    /// The `key:value` tokens of the list's `/` filter (`FilterQuery.keys`): most are sent to the
    /// server, those it has no filter for ("local") narrow the loaded trunks only.
    private static func filterTokenLines(width: Int) -> [StyledLine] {
        let nameWidth = min(14, FilterQuery.keys.map { DisplayWidth.of($0.name) + 1 }.max() ?? 8)
        return [.blank, StyledLine(" Filter tokens (typed in /; Enter sends them to the server)", .header)]
            + FilterQuery.keys.flatMap { key in entry(key.name + ":", key.help, keyWidth: nameWidth, width: width) }
    }

    /// The key context of what has the focus.
    static func focusContext(_ state: AppState) -> KeyContext {
        if state.modals.contains(.review) { return .review }
        if let form = state.form {
            if case .list? = form.editor { return .listEditor }
            if case .didSet? = form.editor { return .didEditor }
            return .form
        }
        return state.pane == .detail ? .detail : .list
    }
}
