import ScreenKit

/// Where the panes go for a terminal size: side by side from `Screen.splitWidth` columns,
/// list above detail when narrower but tall, one pane at a time when small.
enum Layout {
    /// Narrower than `splitWidth`, this many rows or more stack the list above the detail.
    static let stackHeight = 40

    /// The pane rectangles (nil when a pane is not shown) for `state` at `rows` × `columns`.
    static func panes(_ state: AppState, rows: Int, columns: Int) -> (list: Rect?, right: Rect?) {
        let body = Rect(row: 1, column: 0, height: max(0, rows - 2), width: columns)
        if columns >= Screen.splitWidth {
            let listWidth = columns * 11 / 20
            return (Rect(row: body.row, column: 0, height: body.height, width: listWidth),
                    Rect(row: body.row, column: listWidth, height: body.height, width: columns - listWidth))
        }
        if state.form != nil { return (nil, body) }
        if rows >= stackHeight {
            let listHeight = body.height * 9 / 20
            return (Rect(row: body.row, column: 0, height: listHeight, width: columns),
                    Rect(row: body.row + listHeight, column: 0, height: body.height - listHeight, width: columns))
        }
        return state.focus == .detail ? (nil, body) : (body, nil)
    }
}
