import ScreenKit

/// The `?` overlay, generated from the key map in force.
enum HelpOverlay {
    static func draw(_ state: AppState, in body: Rect, grid: inout Grid) {
        let rect = Rect(row: body.row, column: 1, height: body.height, width: body.width - 2)
        let inner = grid.dialog(rect, title: "Keys — any key closes")
        var lines: [StyledLine] = []
        for context in KeyContext.allCases {
            let bindings = state.keymap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines.append(StyledLine(" " + context.rawValue, .header))
            for binding in bindings {
                let keys = binding.keys.map(\.displayName).joined(separator: "/")
                lines.append(StyledLine([("   " + DisplayWidth.pad(keys, to: 12), .keyHint),
                                         (" " + binding.description + (binding.dangerous ? "  (changes live data)" : ""), .dialog)]))
            }
        }
        lines.append(StyledLine(" Commands (: then Tab completes)", .header))
        for command in state.commandRegistry.commands {
            lines.append(StyledLine([("   " + DisplayWidth.pad(command.usage, to: 18), .keyHint), (" " + command.help, .dialog)]))
        }
        let columns = inner.width >= 100 ? 2 : 1
        let perColumn = (lines.count + columns - 1) / columns
        let columnWidth = inner.width / columns
        for (index, line) in lines.enumerated() {
            let column = index / perColumn, row = index % perColumn
            guard row < inner.height else { continue }
            let area = Rect(row: inner.row, column: inner.column + column * columnWidth, height: inner.height, width: columnWidth)
            line.draw(in: &grid, rect: area, row: row)
        }
    }
}
