import ScreenKit

/// The `?` overlay, generated from the key map in force: the keys of the pane in focus first,
/// then the global keys and the `:` commands, then the other panes' keys while room remains.
enum HelpOverlay {
    static func draw(_ state: AppState, in body: Rect, grid: inout Grid) {
        let rect = Rect(row: body.row, column: 1, height: body.height, width: body.width - 2)
        let focused = focusContext(state)
        let inner = grid.dialog(rect, title: "Keys: \(focused.rawValue) — any key closes · ⚠ changes live data")
        let columns = max(1, min(3, inner.width / 38))
        let keyWidth = inner.width / columns >= 60 ? 14 : 10
        var lines: [StyledLine] = []
        let order = [focused, .global] + KeyContext.allCases.filter { $0 != focused && $0 != .global }
        for (index, context) in order.enumerated() {
            let bindings = state.keymap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines.append(StyledLine(" " + context.rawValue + (context == focused ? " (here)" : ""), .header))
            for binding in bindings {
                let keys = binding.keys.map(\.displayName).joined(separator: "/")
                lines.append(StyledLine([("   " + DisplayWidth.pad(keys, to: keyWidth), .keyHint),
                                         (" " + binding.description + (binding.dangerous ? " ⚠" : ""), .dialog)]))
            }
            if index == 1 { lines += commandLines(state, keyWidth: keyWidth) }
        }
        let perColumn = inner.height
        let columnWidth = inner.width / columns
        for (index, line) in lines.enumerated() {
            let column = index / perColumn, row = index % perColumn
            guard column < columns else { break }
            let area = Rect(row: inner.row, column: inner.column + column * columnWidth, height: inner.height, width: columnWidth - 1)
            line.draw(in: &grid, rect: area, row: row)
        }
    }

    private static func commandLines(_ state: AppState, keyWidth: Int) -> [StyledLine] {
        let usageWidth = min(24, state.commandRegistry.commands.map { DisplayWidth.of($0.usage) }.max() ?? keyWidth)
        return [StyledLine(" Commands (: then Tab completes)", .header)] + state.commandRegistry.commands.map { command in
            StyledLine([("   " + DisplayWidth.pad(command.usage, to: max(keyWidth, usageWidth)), .keyHint), (" " + command.help, .dialog)])
        }
    }

    /// The key context of what has the focus.
    static func focusContext(_ state: AppState) -> KeyContext {
        if state.review != nil { return .review }
        if let form = state.form {
            if case .list? = form.editor { return .listEditor }
            if case .didSet? = form.editor { return .didEditor }
            return .form
        }
        return state.focus == .detail ? .detail : .list
    }
}
