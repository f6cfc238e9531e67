import ScreenKit

/// Where the call check goes and how its rows are shared, for a body rectangle: the reducer
/// scrolls by it and the dialog draws by it, so they agree. Pure.
enum CallCheckLayout {
    /// The widest the dialog grows: rules read as lines, not as a banner across a wide screen.
    static let maximumWidth = 118
    /// The tallest the dialog grows.
    static let maximumHeight = 40
    /// Rows above the answer: one per field, then the rule under them.
    static let fieldRows = CallCheckField.allCases.count + 1

    /// The dialog's rectangle (border included) in `body`: the whole body on a small terminal,
    /// centred and capped on a large one.
    static func rect(in body: Rect) -> Rect {
        let width = body.width <= 84 ? body.width : min(maximumWidth, body.width - 4)
        let height = body.height <= 24 ? body.height : min(maximumHeight, body.height - 2)
        return Rect(row: body.row + (body.height - height) / 2, column: body.column + (body.width - width) / 2,
                    height: height, width: width)
    }

    /// The body of a terminal of `rows` × `columns` (between the header and the status line).
    static func body(rows: Int, columns: Int) -> Rect {
        Rect(row: 1, column: 0, height: max(0, rows - 2), width: columns)
    }

    /// The room inside the border for a terminal of `rows` × `columns`.
    static func inner(rows: Int, columns: Int) -> Rect {
        rect(in: body(rows: rows, columns: columns)).inset(1)
    }

    /// The rows of the answer that scroll (below the fields and the verdict line).
    static func scrollingRows(inner: Rect) -> Int {
        max(1, inner.height - fieldRows - 1)
    }

    /// The width the answer's text wraps at (a space of margin on each side).
    static func textWidth(inner: Rect) -> Int {
        max(8, inner.width - 2)
    }
}
