extension ListColumn {
    /// Column widths in the order they are given up as the list narrows (last hidden first);
    /// the name takes what is left, at least `minimumNameWidth`.
    static let priority: [(ListColumn, Int)] = [
        (.status, 8), (.authentication, 10), (.limit, 16), (.sipIps, 19), (.capacity, 9),
        (.encryption, 10), (.created, 10),
    ]
    static let minimumNameWidth = 16

    /// The columns that fit `width` (the list pane's inner width), in display order, with the
    /// name taking what is left. Each is drawn `width + 1` cells wide after the two-cell row
    /// marker; the list pane draws by it and a click on the header is placed by it.
    static func layout(width: Int) -> [(ListColumn, Int)] {
        let available = width - 2
        var chosen: [(ListColumn, Int)] = []
        var used = 0
        for (column, columnWidth) in priority {
            guard available - used - (columnWidth + 1) - 1 >= minimumNameWidth else { break }
            chosen.append((column, columnWidth))
            used += columnWidth + 1
        }
        let name = max(4, available - used - 1)
        let all = [(ListColumn.name, name)] + chosen
        let order = ListColumn.drawn
        return all.sorted { order.firstIndex(of: $0.0)! < order.firstIndex(of: $1.0)! }
    }
}
