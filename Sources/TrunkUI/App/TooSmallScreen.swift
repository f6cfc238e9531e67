import TrunkModel
import ScreenKit

/// What a terminal below `Viewport.minimum` shows instead of the panes: the size it has and the
/// size it needs, that nothing is lost, and at the bottom the one key that acts (or, after it,
/// the quit question), each paragraph wrapped to the width it has.
enum TooSmallScreen {
    static func draw(_ state: AppState, grid: inout Grid) {
        let width = max(1, grid.columns - 2)
        var said = paragraphs(state)
        let keys = said.removeLast()
        var bottom = TextWrap.wrap(keys.text, width: width).map { ($0, keys.role) }
        // Too few rows for the keys below the rest: they follow it, as far as there is room.
        if grid.rows - bottom.count < 2 {
            said.append(keys)
            bottom = []
        }
        var rows: [(String, StyleRole)] = []
        for (index, paragraph) in said.enumerated() {
            if index > 0 && grid.rows > 6 { rows.append(("", .muted)) }
            rows += TextWrap.wrap(paragraph.text, width: width).map { ($0, paragraph.role) }
        }
        for (row, line) in rows.prefix(grid.rows - bottom.count).enumerated() {
            grid.write(" " + line.0, row: row, column: 0, role: line.1)
        }
        for (offset, line) in bottom.enumerated() {
            grid.write(" " + line.0, row: grid.rows - bottom.count + offset, column: 0, role: line.1)
        }
    }

    /// The paragraphs said, most important first (a very small terminal shows the first lines);
    /// the last one names the keys.
    static func paragraphs(_ state: AppState) -> [(text: String, role: StyleRole)] {
        let need = Viewport.minimum
        let size = state.screenSize
        var said: [(text: String, role: StyleRole)] = [
            ("Terminal too small: \(size.columns)×\(size.rows); trunks needs at least \(need.columns)×\(need.rows).", .warning),
        ]
        if state.modals.top?.kind == .quitQuestion {
            said += QuitDialog.lines(state).map { ($0.text.trimmingWhitespace(), $0.role) }
            said.append((state.keymap.promptHintItems(in: .quitQuestion, allKeys: true).joined(separator: KeyHintLine.separator), .keyHint))
            return said
        }
        said.append(("Enlarge the window: nothing is lost, the draft, selection and scroll wait.", .muted))
        let keys = state.keymap.promptHintItems(in: .tooSmall).joined(separator: KeyHintLine.separator)
        if let ignored = state.keyIgnoredWhileTooSmall {
            let quit = state.keymap.hintItems(in: .tooSmall).joined(separator: KeyHintLine.separator)
            said.append(("\(ignored.displayName) did nothing: nothing but quit acts until the window is larger · " + quit, .warning))
        } else {
            said.append((keys, .keyHint))
        }
        return said
    }
}
