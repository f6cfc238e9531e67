import ScreenKit

extension AppState {
    /// Rows one wheel step scrolls.
    static let wheelRows = 3

    /// A click or wheel turn (only with `--mouse`): a click on a list row selects it, the wheel
    /// scrolls the list or the detail pane under the pointer. Ignored while a dialog, form, prompt
    /// or overlay is open, so a stray click never answers a question.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        guard isBrowsing else { return [] }
        let panes = Layout.panes(self, rows: terminalSize.rows, columns: terminalSize.columns)
        let inList = panes.list.map { Self.rect($0, holds: event) } ?? false
        let inRight = panes.right.map { Self.rect($0, holds: event) } ?? false
        guard inList || inRight else { return [] }
        let overList = inList
        let split = panes.list != nil && panes.right != nil
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelRows : -Self.wheelRows
            if overList {
                let keep = focus
                focus = .list
                moveSelection(by: delta)
                focus = keep
            } else {
                for _ in 0..<Self.wheelRows { _ = detailCommand(delta > 0 ? .moveDown : .moveUp) }
            }
        case .click:
            guard overList, let list = panes.list, let position = listPosition(atScreenRow: event.row, in: list) else {
                if split && !overList, selectedTrunk != nil { focus = .detail }
                return []
            }
            focus = .list
            moveSelection(by: position - selection)
        }
        return []
    }

    /// True when no dialog, form, prompt or overlay is waiting for keys.
    var isBrowsing: Bool {
        !showHelp && !confirmQuit && !copyPending && commandInput == nil && review == nil && form == nil
            && filterInput == nil && deletion == nil && alert == nil
    }

    /// The position in `visible` drawn at screen row `row` of the list pane `list` (its box's
    /// first inner line is the column header), or nil when that row shows no trunk.
    private func listPosition(atScreenRow row: Int, in list: Rect) -> Int? {
        let rows = list.height - 2 - 1
        let firstTrunkRow = list.row + 1 + 1
        guard rows > 0, row >= firstTrunkRow, row < firstTrunkRow + rows else { return nil }
        let scroll = ListPane.scrollOffset(selection: selection, current: listScroll, rows: rows, count: visible.count)
        let position = scroll + row - firstTrunkRow
        return position < visible.count ? position : nil
    }

    private static func rect(_ rect: Rect, holds event: MouseEvent) -> Bool {
        event.row >= rect.row && event.row < rect.bottom && event.column >= rect.column && event.column < rect.right
    }
}
