/// A screen as data: rows × columns of cells, wide-character aware, with clipped writes.
///
/// Value type; the UI renders into a fresh grid each frame and the terminal driver copies the
/// cells that differ from the previous frame.
public struct Grid: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Cells in row-major order.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be left (row, column), or nil to hide it.
    public var cursor: (row: Int, column: Int)?

    /// A blank grid of the given size.
    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    /// The cell at `row`, `column`; a blank cell outside the grid.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard contains(row: row, column: column) else { return .blank }
            return cells[row * columns + column]
        }
        set {
            guard contains(row: row, column: column) else { return }
            cells[row * columns + column] = newValue
        }
    }

    /// True when the position lies inside the grid.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    /// Writes `text` from (`row`, `column`) in `role`, clipped at `limit` columns (default: the
    /// right edge). Written cells keep their surface (a dialog stays a dialog). A wide grapheme
    /// that would straddle the limit is replaced by a space; tabs and newlines become spaces.
    /// Returns how far the column advanced (including columns left of the grid), so that writes
    /// can be chained.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: StyleRole = .text,
                               limit: Int? = nil) -> Int {
        guard row >= 0, row < rows else { return 0 }
        let end = min(columns, limit.map { column + $0 } ?? columns)
        if DisplayWidth.isPrintableASCII(text) { return writeASCII(text, row: row, column: column, end: end, role: role) }
        if DisplayWidth.isPlainNarrow(text) { return writeNarrow(text, row: row, column: column, end: end, role: role) }
        return writeGraphemes(text, row: row, column: column, end: end, role: role)
    }

    /// `write` for any text: grapheme by grapheme, each measured.
    mutating func writeGraphemes(_ text: String, row: Int, column: Int, end: Int, role: StyleRole) -> Int {
        var x = column
        for original in text {
            if x >= end { break }
            let character: Character = original == "\t" || original == "\n" || original == "\r\n" ? " " : original
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x < 0 { x += width; continue }
            if width == 2 {
                if x + 1 >= end {
                    put(" ", role: role, row: row, column: x)
                    x += 1
                    break
                }
                put(String(character), role: role, row: row, column: x)
                put("", role: role, row: row, column: x + 1)
            } else {
                put(String(character), role: role, row: row, column: x)
            }
            x += width
        }
        return max(0, x - column)
    }

    /// `write` for printable ASCII: one byte, one cell, no grapheme breaking.
    private mutating func writeASCII(_ text: String, row: Int, column: Int, end: Int, role: StyleRole) -> Int {
        var x = column
        let base = row * columns
        let strings = Self.asciiStrings
        for byte in text.utf8 {
            if x >= end { break }
            if x >= 0 {
                cells[base + x].text = strings[Int(byte)]
                cells[base + x].role = role
            }
            x += 1
        }
        return max(0, x - column)
    }

    /// `write` for `DisplayWidth.isPlainNarrow` text: one scalar, one grapheme, one cell.
    private mutating func writeNarrow(_ text: String, row: Int, column: Int, end: Int, role: StyleRole) -> Int {
        var x = column
        let base = row * columns
        let strings = Self.asciiStrings
        for scalar in text.unicodeScalars {
            if x >= end { break }
            if x >= 0 {
                cells[base + x].text = scalar.value < 0x80 ? strings[Int(scalar.value)] : String(scalar)
                cells[base + x].role = role
            }
            x += 1
        }
        return max(0, x - column)
    }

    /// Sets the text and role of one cell inside the grid, keeping its surface.
    private mutating func put(_ text: String, role: StyleRole, row: Int, column: Int) {
        guard contains(row: row, column: column) else { return }
        cells[row * columns + column].text = text
        cells[row * columns + column].role = role
    }

    /// One-character strings for the ASCII bytes, so that writing ASCII builds no strings.
    private static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Fills a rectangle with spaces in `role`, keeping each cell's surface.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let top = max(0, rect.row), bottom = min(rows, rect.row + rect.height)
        let left = max(0, rect.column), right = min(columns, rect.column + rect.width)
        guard top < bottom, left < right else { return }
        let space = Self.asciiStrings[32]
        for y in top..<bottom {
            for x in left..<right {
                cells[y * columns + x].text = space
                cells[y * columns + x].role = role
            }
        }
    }

    /// Puts every cell of `rect` on `surface` without changing its text or role (a dialog box
    /// marks its area so that roles without a background take the dialog's).
    public mutating func setSurface(_ rect: Rect, _ surface: Surface) {
        let top = max(0, rect.row), bottom = min(rows, rect.row + rect.height)
        let left = max(0, rect.column), right = min(columns, rect.column + rect.width)
        guard top < bottom, left < right else { return }
        for y in top..<bottom {
            for x in left..<right { cells[y * columns + x].surface = surface }
        }
    }

    /// Sets the role of every cell in `rect` without changing its text.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        for y in rect.row..<(rect.row + rect.height) {
            for x in rect.column..<(rect.column + rect.width) where contains(row: y, column: x) {
                cells[y * columns + x].role = role
            }
        }
    }

    /// The text of one row, with trailing spaces removed.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < rows else { return "" }
        var result = ""
        for x in 0..<columns { result += self[row, x].text }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// The whole grid as plain text, one line per row (for snapshots and tests).
    public func plainText() -> String {
        (0..<rows).map(line).joined(separator: "\n")
    }

    /// True when any row contains `text`.
    public func contains(_ text: String) -> Bool {
        (0..<rows).contains { line($0).contains(text) }
    }

    /// One line per row naming each cell's role by the first letter of a stable code (snapshots).
    public func roleMap() -> String {
        (0..<rows).map { y in
            String((0..<columns).map { x in RoleCode.code(for: self[y, x].role) })
        }.joined(separator: "\n")
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }
}

/// Single-character codes for style roles in role-map snapshots.
public enum RoleCode {
    /// The code of `role`: `.` for text, otherwise a letter.
    public static func code(for role: StyleRole) -> Character {
        switch role {
        case .text: return "."
        case .muted: return "m"
        case .header: return "h"
        case .title: return "T"
        case .selection: return "S"
        case .focusBorder: return "F"
        case .border: return "b"
        case .statusBar: return "s"
        case .keyHint: return "k"
        case .ok: return "o"
        case .warning: return "w"
        case .error: return "E"
        case .maskedSecret: return "*"
        case .readOnlyBadge: return "R"
        case .diffAdded: return "+"
        case .diffRemoved: return "-"
        case .fieldError: return "!"
        case .input: return "i"
        case .dialog: return "d"
        }
    }
}
