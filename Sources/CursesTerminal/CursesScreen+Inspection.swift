import CNcursesw
import ScreenKit

/// What curses holds for one cell, read back for tests.
struct ScreenCellContent: Equatable {
    /// The characters of the cell (a wide character's continuation repeats it).
    var text: String
    /// The colour pair.
    var pair: Int16
    /// The attribute bits, colour bits excluded.
    var attributes: attr_t
}

extension CursesScreen {
    /// The text curses holds in `row`, each wide character once, trailing spaces removed.
    /// Reads curses' window, not the terminal; for tests. Loop thread only.
    func screenLine(_ row: Int) -> String {
        guard isActive, let window = trunks_stdscr(), row >= 0, row < currentSize.rows else { return "" }
        let columns = currentSize.columns
        var buffer = [wchar_t](repeating: 0, count: columns + 1)
        guard mvwinnwstr(window, Int32(row), 0, &buffer, Int32(columns)) != ERR else { return "" }
        var line = Self.string(from: buffer)
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// The whole curses window as text, one line per row (tests).
    func screenText() -> String {
        (0..<currentSize.rows).map(screenLine).joined(separator: "\n")
    }

    /// The glyph, colour pair and attributes curses holds at (`row`, `column`); for tests.
    func screenCell(row: Int, column: Int) -> ScreenCellContent? {
        guard isActive, let window = trunks_stdscr() else { return nil }
        var glyph = cchar_t()
        guard mvwin_wch(window, Int32(row), Int32(column), &glyph) != ERR else { return nil }
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&glyph, &characters, &attributes, &pair, nil) != ERR else { return nil }
        return ScreenCellContent(text: Self.string(from: characters), pair: pair,
                                 attributes: attributes & ~trunks_a_color())
    }

    /// The foreground and background curses holds for colour `pair` (tests).
    func pairColors(_ pair: Int16) -> (foreground: Int32, background: Int32) {
        var foreground: Int32 = 0
        var background: Int32 = 0
        extended_pair_content(Int32(pair), &foreground, &background)
        return (foreground, background)
    }

    /// Where curses leaves the cursor (tests).
    var screenCursor: (row: Int, column: Int) {
        guard let window = trunks_stdscr() else { return (0, 0) }
        return (Int(trunks_getcury(window)), Int(trunks_getcurx(window)))
    }

    private static func string(from characters: [wchar_t]) -> String {
        var scalars = String.UnicodeScalarView()
        for character in characters {
            if character == 0 { break }
            if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
