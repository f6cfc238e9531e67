import CNcursesw
import Glibc
import ScreenKit

extension CursesScreen {
    /// Shows `grid`: writes only the cells that differ from the previous frame (all of them after
    /// a size change, `invalidate()` or `setTheme`), places the cursor, then one `doupdate`.
    /// Wide characters are written once and cover their continuation cell. Loop thread only.
    public func draw(_ grid: Grid) {
        guard isActive, let window = trunks_stdscr() else { return }
        let previous = previousFrame.flatMap { $0.rows == grid.rows && $0.columns == grid.columns ? $0 : nil }
        if previous == nil { werase(window) }
        let rows = min(grid.rows, currentSize.rows)
        let columns = min(grid.columns, currentSize.columns)
        var written = 0
        for row in 0..<max(0, rows) {
            written += drawRow(row, of: grid, previous: previous, columns: columns, window: window)
        }
        placeCursor(grid.cursor, window: window)
        wnoutrefresh(window)
        doupdate()
        previousFrame = grid
        lastDrawCellCount = written
    }

    /// Forgets the last frame and has curses clear and repaint the whole terminal on the next
    /// `draw` (Ctrl-L, after something else wrote on the screen). Loop thread only.
    public func invalidate() {
        previousFrame = nil
        guard isActive else { return }
        clearok(trunks_curscr(), true)
    }

    private func drawRow(_ row: Int, of grid: Grid, previous: Grid?, columns: Int,
                         window: UnsafeMutablePointer<WINDOW>) -> Int {
        func changed(_ column: Int) -> Bool {
            previous.map { $0[row, column] != grid[row, column] } ?? true
        }
        var written = 0
        var column = 0
        while column < columns {
            let cell = grid[row, column]
            if cell.isContinuation {
                if changed(column) {
                    var blank = cell
                    blank.text = " "
                    written += put(blank, span: 1, row: row, column: column, window: window)
                }
                column += 1
                continue
            }
            let wide = DisplayWidth.of(cell.text) == 2 && column + 1 < columns
                && grid[row, column + 1].isContinuation
            let span = wide ? 2 : 1
            if changed(column) || (wide && changed(column + 1)) {
                written += put(cell, span: span, row: row, column: column, window: window)
            }
            column += span
        }
        return written
    }

    /// Writes `cell` over `span` columns; returns the number of curses cells written. When the C
    /// library's width disagrees with the grid's, the cell is padded or replaced by U+FFFD so
    /// that curses and the grid agree on where every later cell is.
    private func put(_ cell: Cell, span: Int, row: Int, column: Int,
                     window: UnsafeMutablePointer<WINDOW>) -> Int {
        let entry = palette.entry(for: cell.role, on: cell.surface)
        let attributes = Self.cursesAttributes(entry.attributes)
        var scalars = Array(cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)))
        if scalars.isEmpty { scalars = [" "] }
        let cursesWidth = Int(wcwidth(wchar_t(bitPattern: scalars[0].value)))
        var padding = 0
        if cursesWidth == 1 && span == 2 {
            padding = 1
        } else if cursesWidth != span {
            scalars = ["\u{FFFD}"]
            padding = span - 1
        }
        putGlyph(scalars, row: row, column: column, attributes: attributes, pair: entry.pair, window: window)
        for offset in 0..<padding {
            putGlyph([" "], row: row, column: column + 1 + offset, attributes: attributes,
                     pair: entry.pair, window: window)
        }
        return 1 + padding
    }

    private func putGlyph(_ scalars: [Unicode.Scalar], row: Int, column: Int, attributes: attr_t,
                          pair: Int16, window: UnsafeMutablePointer<WINDOW>) {
        var characters = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var glyph = cchar_t()
        setcchar(&glyph, &characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &glyph)
    }

    private func placeCursor(_ cursor: (row: Int, column: Int)?, window: UnsafeMutablePointer<WINDOW>) {
        if let cursor, cursor.row >= 0, cursor.row < currentSize.rows,
           cursor.column >= 0, cursor.column < currentSize.columns {
            leaveok(window, false)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            showCursor(true)
        } else {
            leaveok(window, true)
            showCursor(false)
        }
    }

    private func showCursor(_ shown: Bool) {
        guard cursorShown != shown else { return }
        cursorShown = shown
        curs_set(shown ? 1 : 0)
    }

    /// The curses attribute bits for `attributes`.
    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = trunks_a_normal()
        if attributes.contains(.bold) { result |= trunks_a_bold() }
        if attributes.contains(.dim) { result |= trunks_a_dim() }
        if attributes.contains(.underline) { result |= trunks_a_underline() }
        if attributes.contains(.reverse) { result |= trunks_a_reverse() }
        if attributes.contains(.italic) { result |= trunks_a_italic() }
        return result
    }
}
