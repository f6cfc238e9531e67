import ScreenKit

extension Grid {
    /// Draws a single-line box around `rect` with an optional title in the top border.
    mutating func box(_ rect: Rect, title: String? = nil, focused: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: StyleRole = focused ? .focusBorder : .border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        write("┌" + horizontal + "┐", row: rect.row, column: rect.column, role: role)
        for y in (rect.row + 1)..<(rect.bottom - 1) {
            write("│", row: y, column: rect.column, role: role)
            write("│", row: y, column: rect.right - 1, role: role)
        }
        write("└" + horizontal + "┘", row: rect.bottom - 1, column: rect.column, role: role)
        if let title, rect.width > 6 {
            write(" " + DisplayWidth.truncate(title, to: rect.width - 6) + " ", row: rect.row, column: rect.column + 2,
                  role: focused ? .title : .header)
        }
    }

    /// Clears `rect`, puts it on the dialog surface (roles without a background of their own take
    /// the dialog's there) and draws a boxed dialog; returns the inner area.
    mutating func dialog(_ rect: Rect, title: String) -> Rect {
        popUp(rect)
        box(rect, title: title, focused: true)
        return rect.inset(1)
    }

    /// Clears `rect` onto the dialog surface without a box (a pop-up list inside a pane).
    mutating func popUp(_ rect: Rect) {
        fill(rect, role: .dialog)
        setSurface(rect, .dialog)
    }

    /// Writes `text` padded to the full width of `rect`'s row `row`, in `role`.
    mutating func line(_ text: String, in rect: Rect, row: Int, role: StyleRole = .text) {
        guard row >= 0, row < rect.height else { return }
        // `write(DisplayWidth.pad(text, to: rect.width))` without building the padded string.
        let used = write(DisplayWidth.truncate(text, to: rect.width), row: rect.row + row, column: rect.column, role: role)
        fill(Rect(row: rect.row + row, column: rect.column + used, height: 1, width: rect.width - used), role: role)
    }
}

extension StyledLine {
    /// Draws the pieces from the left of `rect`'s row `row`, clipped to its width.
    func draw(in grid: inout Grid, rect: Rect, row: Int) {
        guard row >= 0, row < rect.height else { return }
        var x = 0
        for piece in pieces where x < rect.width {
            x += grid.write(piece.text, row: rect.row + row, column: rect.column + x, role: piece.role, limit: rect.width - x)
        }
    }
}

extension Grid {
    /// Marks `match` (found in `text`, which is drawn from `column` of `row`) in the selection
    /// role, clipped to `limit` columns from `column`.
    mutating func highlight(_ match: TextSearch.Match, in text: String, row: Int, column: Int, limit: Int) {
        let characters = Array(text)
        guard match.start + match.length <= characters.count else { return }
        let x = DisplayWidth.of(String(characters[0..<match.start]))
        guard x < limit else { return }
        write(String(characters[match.start..<(match.start + match.length)]), row: row, column: column + x, role: .selection,
              limit: limit - x)
    }
}
