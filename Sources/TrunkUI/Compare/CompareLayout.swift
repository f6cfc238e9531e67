import ScreenKit

/// Where the comparison goes and how its columns share the width, for a body rectangle: the
/// reducer scrolls by it and the dialog draws by it, so they agree. Pure.
enum CompareLayout {
    /// The widest the dialog grows: two values side by side stay near their labels.
    static let maximumWidth = 150
    /// Rows above the field list: the summary, the column headings and a rule.
    static let headRows = 3
    /// Columns before a field's label: the cursor, the difference mark, the chosen mark, a space.
    static let gutter = 4

    /// The dialog's rectangle (border included) in `body` for a field list of `lines` lines: the
    /// whole body up to 100 columns and 24 rows; on a larger one centred with a margin, no taller
    /// than the list needs.
    static func rect(in body: Rect, lines: Int) -> Rect {
        let width = body.width <= 100 ? body.width : min(maximumWidth, body.width - 4)
        let height = body.height <= 24 ? body.height : min(body.height - 2, max(lines, 1) + headRows + footRows + 2)
        return Rect(row: body.row + (body.height - height) / 2, column: body.column + (body.width - width) / 2,
                    height: height, width: width)
    }

    /// The room inside the border for a terminal of `rows` × `columns` and a list of `lines` lines.
    static func inner(rows: Int, columns: Int, lines: Int) -> Rect {
        rect(in: Rect(row: 1, column: 0, height: max(0, rows - 2), width: columns), lines: lines).inset(1)
    }

    /// Rows below the field list: what copying the field under the cursor would do.
    static let footRows = 1

    /// The lines of the field list in view.
    static func listRows(inner: Rect) -> Int {
        max(1, inner.height - headRows - footRows)
    }

    /// The width of the label column: 26 on a wide dialog, less on a narrow one.
    static func labelWidth(inner: Rect) -> Int {
        inner.width >= 100 ? 26 : max(10, min(22, inner.width / 4))
    }

    /// The width of each value column (a space before each).
    static func valueWidth(inner: Rect) -> Int {
        max(4, (inner.width - gutter - labelWidth(inner: inner) - 2) / 2)
    }
}
