import ScreenKit

extension AppState {
    /// Rows one wheel step scrolls.
    static let wheelRows = 3

    /// A click or wheel turn (only with `--mouse`): a click on a list row selects it, the wheel
    /// scrolls the list or the detail pane under the pointer. Ignored while a dialog, form, prompt
    /// or overlay is open, so a stray click never answers a question.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        guard isBrowsing else { return [] }
        let body = Rect(row: 1, column: 0, height: terminalSize.rows - 2, width: terminalSize.columns)
        guard body.height > 0, event.row >= body.row, event.row < body.row + body.height else { return [] }
        let split = body.width >= Screen.splitWidth
        let listWidth = split ? body.width * 11 / 20 : body.width
        let overList = split ? event.column < listWidth : focus == .list
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
            guard overList, let position = listPosition(atScreenRow: event.row, bodyHeight: body.height) else {
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

    /// The position in `visible` drawn at screen row `row` (the list's box starts at row 1; its
    /// first line is the column header), or nil when that row shows no trunk.
    private func listPosition(atScreenRow row: Int, bodyHeight: Int) -> Int? {
        let rows = bodyHeight - 2 - 1
        let firstTrunkRow = 1 + 1 + 1
        guard rows > 0, row >= firstTrunkRow, row < firstTrunkRow + rows else { return nil }
        let scroll = ListPane.scrollOffset(selection: selection, current: listScroll, rows: rows, count: visible.count)
        let position = scroll + row - firstTrunkRow
        return position < visible.count ? position : nil
    }
}
