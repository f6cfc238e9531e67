import ScreenKit

/// Where the panes go for a terminal size and the preview setting: side by side, the list above
/// the detail, or one pane at a time. The one place the thresholds live; the reducer (scrolling,
/// the mouse) and the renderer both read it, so they always agree, and the reducer never asks a
/// view.
enum Viewport {
    /// How the body is shared.
    enum Arrangement: Equatable {
        /// List on the left, detail (or form) on the right.
        case sideBySide
        /// List above, detail below (a form takes the whole body).
        case stacked
        /// One pane at a time: the list, or the detail / form opened from it.
        case single
    }

    /// The smallest terminal that shows the preview, one way or the other.
    struct Thresholds: Equatable {
        /// From this many columns the detail stands beside the list.
        var sideBySideColumns: Int
        /// Narrower than that, from this many rows the detail stands below the list.
        var stackedRows: Int
    }

    /// The smallest terminal the screens are drawn at; below it the screen says so and only quit
    /// acts (see `AppState.isTooSmall`).
    static let minimum = ScreenSize(rows: 16, columns: 60)
    /// Narrower than this the compact layout applies: the header keeps what matters most and
    /// the status line names fewer keys. (No preview shows there in any setting: the thresholds
    /// start at 120 columns or 40 rows.)
    static let compactBelowColumns = 80

    /// True below `minimum`: the "too small" screen is drawn instead.
    static func isTooSmall(rows: Int, columns: Int) -> Bool {
        rows < minimum.rows || columns < minimum.columns
    }

    /// True when the compact layout applies at `columns`.
    static func isCompact(columns: Int) -> Bool {
        columns < compactBelowColumns
    }

    /// `preview: auto`: a preview only where the list keeps its room. Side by side the list gets
    /// 55 % of the width: 88 columns at 160 show the name and five of the seven columns (66 at
    /// 120 showed three; a full-width list from 110 shows all seven). Stacked, the list gets 45 %
    /// of the body: at 50 rows 18 trunk rows (a whole 80×24 list shows 19) above 25 lines of
    /// detail, the health summary and the first groups; at 40 rows only 14 above 19.
    static let auto = Thresholds(sideBySideColumns: 160, stackedRows: 50)
    /// `preview: on`: wherever a preview fits at all.
    static let on = Thresholds(sideBySideColumns: 120, stackedRows: 40)

    /// The thresholds of `mode`; nil for `off` (never a preview).
    static func thresholds(_ mode: PreviewMode) -> Thresholds? {
        switch mode {
        case .auto: return auto
        case .on: return on
        case .off: return nil
        }
    }

    /// How `mode` shares a terminal of `rows` × `columns`.
    static func arrangement(_ mode: PreviewMode, rows: Int, columns: Int) -> Arrangement {
        guard let limits = thresholds(mode) else { return .single }
        if columns >= limits.sideBySideColumns { return .sideBySide }
        if rows >= limits.stackedRows { return .stacked }
        return .single
    }

    /// True when the detail preview stands beside or below the list for `state` at this size.
    static func showsPreview(_ state: AppState, rows: Int, columns: Int) -> Bool {
        let panes = panes(state, rows: rows, columns: columns)
        return panes.list != nil && panes.right != nil && state.form == nil
    }

    /// The pane rectangles (nil when a pane is not shown) for `state` at `rows` × `columns`.
    static func panes(_ state: AppState, rows: Int, columns: Int) -> (list: Rect?, right: Rect?) {
        let body = Rect(row: 1, column: 0, height: max(0, rows - 2), width: columns)
        switch arrangement(state.preview, rows: rows, columns: columns) {
        case .sideBySide:
            let listWidth = columns * 11 / 20
            return (Rect(row: body.row, column: 0, height: body.height, width: listWidth),
                    Rect(row: body.row, column: listWidth, height: body.height, width: columns - listWidth))
        case .stacked where state.form == nil:
            let listHeight = body.height * 9 / 20
            return (Rect(row: body.row, column: 0, height: listHeight, width: columns),
                    Rect(row: body.row + listHeight, column: 0, height: body.height - listHeight, width: columns))
        case .stacked, .single:
            if state.form != nil { return (nil, body) }
            return state.pane == .detail ? (nil, body) : (body, nil)
        }
    }

    /// The first row a list of `count` rows shows in `rows` lines so that `selection` is in
    /// sight, moving as little as possible from `current`.
    static func scrollOffset(selection: Int, current: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var offset = min(current, max(0, count - rows))
        if selection < offset { offset = selection }
        if selection >= offset + rows { offset = selection - rows + 1 }
        return max(0, offset)
    }

    /// The rows and columns of trunk text the pane shows for `state` at its screen size (inside
    /// its border), as `Viewport` places the pane.
    static func detailInnerSize(of state: AppState) -> (rows: Int, columns: Int) {
        let size = state.terminalSize
        let pane = Viewport.panes(state, rows: size.rows, columns: size.columns).right
            ?? Rect(row: 1, column: 0, height: max(0, size.rows - 2), width: size.columns)
        return (max(1, pane.height - 2), max(1, pane.width - 2))
    }

}
