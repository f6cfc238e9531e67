import ScreenKit

extension AppState {
    /// Rows one wheel step scrolls.
    static let wheelRows = 3

    /// Two clicks on one row at most this many seconds apart are a double click.
    static let doubleClickSeconds = 0.4

    /// A click or wheel turn (only with `--mouse`): a click on a list row selects it and a double
    /// click opens it, a click on a column's header sorts by that column (again: the other way),
    /// a click in the detail pane focuses it, the wheel scrolls the pane under the pointer.
    /// Ignored while a dialog, form, prompt or overlay is open, so a stray click never answers a
    /// question. Uses `Viewport`, the pane geometry the renderer draws by.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        guard isBrowsing else { return [] }
        let previous = lastClick
        lastClick = nil
        let panes = Viewport.panes(self, rows: terminalSize.rows, columns: terminalSize.columns)
        let overList = panes.list.map { contains($0, event) } ?? false
        let overDetail = panes.right.map { contains($0, event) } ?? false
        if event.kind == .click, overList, let list = panes.list {
            if let column = headerColumn(at: event, in: list) { return sortByHeader(column) }
            if let position = listPosition(atScreenRow: event.row, in: list) {
                return clickRow(position, event, after: previous)
            }
            return []
        }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelRows : -Self.wheelRows
            if overList {
                moveSelection(to: selection + delta)
            } else if overDetail {
                for _ in 0..<Self.wheelRows { _ = detailCommand(delta > 0 ? .moveDown : .moveUp) }
            }
        case .click:
            if overDetail, selectedTrunk != nil, pane != .detail {
                focusDetail()
                if let id = selectedTrunk?.id { return [readForDetail(id)] }
            }
        }
        return []
    }

    /// A click on the row showing `position`: selects it; the second of a double click (the same
    /// row, soon after, both with a time) opens it as Enter does.
    private mutating func clickRow(_ position: Int, _ event: MouseEvent, after previous: MouseEvent?) -> [Effect] {
        if let previous, let then = previous.time, let now = event.time, previous.row == event.row,
           now - then >= 0, now - then <= Self.doubleClickSeconds, position == selection, let trunk = selectedTrunk {
            focusDetail()
            detailScroll = 0
            return [readForDetail(trunk.id)]
        }
        focus = .list
        moveSelection(by: position - selection)
        lastClick = event
        return []
    }

    /// `column`'s header was clicked: sort by it, or the other way when the list is sorted by it
    /// (or by what it shows: the spend and its share in the 24-hour column).
    private mutating func sortByHeader(_ column: ListColumn) -> [Effect] {
        message = nil
        if sort.column?.shownIn == column {
            sort.descending.toggle()
        } else {
            sort = ListSort(column: column)
        }
        return applySort()
    }

    /// The column whose header is drawn at the event's cell of the list pane `rect` (the row
    /// under its top border), nil elsewhere.
    private func headerColumn(at event: MouseEvent, in rect: Rect) -> ListColumn? {
        let inner = rect.inset(1)
        guard event.row == inner.row, inner.height > 1 else { return nil }
        var x = inner.column + 2
        for (column, width) in ListRows.layout(self, width: inner.width, rows: inner.height - 1).columns {
            if event.column >= x && event.column < x + width + 1 { return column }
            x += width + 1
        }
        return nil
    }

    /// True when no dialog, form, prompt or overlay is waiting for keys.
    var isBrowsing: Bool {
        modals.isEmpty && form == nil
    }

    private func contains(_ rect: Rect, _ event: MouseEvent) -> Bool {
        event.row >= rect.row && event.row < rect.row + rect.height
            && event.column >= rect.column && event.column < rect.column + rect.width
    }

    /// The position in `visible` drawn at screen row `row` of the list pane `rect` (its box
    /// border, then the column header, then the trunks), or nil when that row shows no trunk.
    private func listPosition(atScreenRow row: Int, in rect: Rect) -> Int? {
        let rows = rect.height - 3
        let firstTrunkRow = rect.row + 2
        guard rows > 0, row >= firstTrunkRow, row < firstTrunkRow + rows else { return nil }
        let scroll = Viewport.scrollOffset(selection: selection, current: listScroll, rows: rows, count: visible.count)
        let position = scroll + row - firstTrunkRow
        return position < visible.count ? position : nil
    }
}
