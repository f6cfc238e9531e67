import ScreenKit

/// The `:` line in the status row, with Tab-completion candidates on the row above it.
enum CommandLineBar {
    /// Draws the line and places the cursor; the candidate row covers the body's last row.
    static func draw(_ state: AppState, _ input: TextInput, row: Int, grid: inout Grid) {
        grid.write(":" + input.text, row: row, column: 0, role: .input)
        grid.cursor = (row, 1 + DisplayWidth.of(String(input.characters.prefix(input.cursor))))
        if let completion = state.commandCompletion, completion.candidates.count > 1, row > 0 {
            drawCandidates(completion, row: row - 1, grid: &grid)
        } else if let usage = usageHint(state, input.text) {
            let x = 2 + DisplayWidth.of(input.text)
            if x < grid.columns { grid.write(usage, row: row, column: x, role: .muted, limit: grid.columns - x) }
        }
    }

    private static func drawCandidates(_ completion: CommandCompletion, row: Int, grid: inout Grid) {
        grid.fill(Rect(row: row, column: 0, height: 1, width: grid.columns), role: .statusBar)
        var x = 1
        for (index, candidate) in completion.candidates.enumerated() {
            let text = " " + candidate + " "
            let width = DisplayWidth.of(text)
            if x + width > grid.columns - 8 {
                let rest = completion.candidates.count - index
                grid.write("+\(rest) more", row: row, column: x, role: .muted, limit: grid.columns - x)
                return
            }
            grid.write(text, row: row, column: x, role: index == completion.index ? .selection : .statusBar)
            x += width + 1
        }
    }

    /// "NAME-OR-ID — jump to a trunk" after a command name the user has typed in full.
    static func usageHint(_ state: AppState, _ text: String) -> String? {
        let name = String(text.prefix { $0 != " " })
        guard let command = state.commandRegistry.command(named: name) else {
            guard text.isEmpty else { return nil }
            return [Command.complete, .runCommand, .cancel].compactMap { state.keymap.hintItem(for: $0, in: .commandLine) }
                .joined(separator: " · ")
        }
        let typedArgument = text.dropFirst(name.count).contains { $0 != " " }
        if typedArgument { return nil }
        if command.name == "ticket", state.ticketRequired, state.auditTicket == nil {
            return "ID [REASON] — required before changes are sent · Esc skips for now"
        }
        return (command.argument.isEmpty ? "" : command.argument + " — ") + command.help
    }
}
