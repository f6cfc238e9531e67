/// How the list's columns share the pane's width. Which columns show depends on the width alone
/// (each has a standard width; the last in `priority` give way first as the pane narrows); how
/// wide each is depends on what the rows in view hold: every column gets the room its widest
/// content needs, up to a cap, sharing the spare width evenly while there is not enough; what is
/// left after that stays empty at the end of the row, so one very long name cannot push the
/// other columns across the screen. Pure: `ListPane` measures and draws.
enum ListColumnLayout {
    /// The standard widths, in the order the columns give way as the pane narrows (last first);
    /// the name has at least `minimumNameWidth`.
    static let priority: [(ListColumn, Int)] = [
        (.status, 8), (.authentication, 10), (.limit, 16), (.sipIps, 19), (.capacity, 9),
        (.encryption, 10), (.created, 10),
    ]
    static let minimumNameWidth = 16

    /// The most a column takes, however wide its content and the pane: a cut name or address
    /// ends in "…" (the detail shows it whole). 48 holds a full IPv6 subnet with its "+N".
    static func cap(_ column: ListColumn) -> Int {
        switch column {
        case .name: 48
        case .sipIps: 48
        case .limit, .spent, .usedShare: 24
        case .status, .authentication: 12
        case .capacity, .encryption, .created: 10
        }
    }

    /// The columns shown in a pane `width` columns wide inside its border, in display order,
    /// at their standard widths (the name taking what is left).
    static func chosen(width: Int) -> [(ListColumn, Int)] {
        let available = width - 2
        var chosen: [(ListColumn, Int)] = []
        var used = 0
        for (column, columnWidth) in priority {
            guard available - used - (columnWidth + 1) - 1 >= minimumNameWidth else { break }
            chosen.append((column, columnWidth))
            used += columnWidth + 1
        }
        let name = max(4, available - used - 1)
        return inDisplayOrder([(ListColumn.name, name)] + chosen)
    }

    /// The columns shown at `width`, each as wide as `needs` says it needs (the widest text in
    /// view, heading included; a column missing from `needs` keeps its standard width), within
    /// the room there is. The widths and their one-space gaps never exceed `width - 2` (the
    /// selection marker's two columns).
    static func layout(width: Int, needs: [ListColumn: Int]) -> [(ListColumn, Int)] {
        let standard = chosen(width: width)
        let budget = width - 2 - standard.count
        var widths: [Int] = []
        var targets: [Int] = []
        for (column, base) in standard {
            let need = max(1, needs[column] ?? base)
            let floor = column == .name ? min(need, minimumNameWidth) : min(need, base)
            widths.append(floor)
            targets.append(max(floor, min(need, cap(column))))
        }
        // The name first, then the others in the order they give way: each round widens every
        // column still short of its target by one.
        let order = standard.indices.sorted { rank(standard[$0].0) < rank(standard[$1].0) }
        var spare = budget - widths.reduce(0, +)
        if spare < 0, let name = standard.firstIndex(where: { $0.0 == .name }) {
            widths[name] = max(4, widths[name] + spare)
        }
        while spare > 0 {
            let short = order.filter { widths[$0] < targets[$0] }
            guard !short.isEmpty else { break }
            for index in short where spare > 0 {
                widths[index] += 1
                spare -= 1
            }
        }
        return zip(standard, widths).map { ($0.0.0, $0.1) }
    }

    /// The name first, then `priority`'s order.
    private static func rank(_ column: ListColumn) -> Int {
        column == .name ? -1 : priority.firstIndex { $0.0 == column } ?? priority.count
    }

    private static func inDisplayOrder(_ columns: [(ListColumn, Int)]) -> [(ListColumn, Int)] {
        let order = ListColumn.drawn
        return columns.sorted { order.firstIndex(of: $0.0)! < order.firstIndex(of: $1.0)! }
    }
}
