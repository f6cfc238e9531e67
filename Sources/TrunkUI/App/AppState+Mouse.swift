import ScreenKit

extension AppState {
    /// Rows one wheel step scrolls.
    static let wheelRows = 3

    /// A click or wheel turn (only with `--mouse`): a click on a list row selects it, a click in
    /// the detail pane focuses it, the wheel scrolls the pane under the pointer. Ignored while a
    /// dialog, form, prompt or overlay is open, so a stray click never answers a question.
    /// Uses `Viewport`, the pane geometry the renderer draws by.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        guard isBrowsing else { return [] }
        let panes = Viewport.panes(self, rows: terminalSize.rows, columns: terminalSize.columns)
        let overList = panes.list.map { contains($0, event) } ?? false
        let overDetail = panes.right.map { contains($0, event) } ?? false
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelRows : -Self.wheelRows
            if overList {
                moveSelection(to: selection + delta)
            } else if overDetail {
                for _ in 0..<Self.wheelRows { _ = detailCommand(delta > 0 ? .moveDown : .moveUp) }
            }
        case .click:
            if overList, let list = panes.list, let position = listPosition(atScreenRow: event.row, in: list) {
                focus = .list
                moveSelection(by: position - selection)
            } else if overDetail, selectedTrunk != nil, pane != .detail {
                focusDetail()
                if let id = selectedTrunk?.id { return [readForDetail(id)] }
            }
        }
        return []
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
