import FoundationEssentials
import ScreenKit
import TrunkModel

/// What the list's rows say, cell by cell, and the columns that hold them at a width: the list
/// pane draws by it, and a click on a column's header is placed by it, so both agree.
enum ListRows {
    /// The rows in view, the columns that could be shown, each row's cells in their order, the
    /// columns with the widths the rows in view need (`ListColumnLayout`), and what the filter
    /// matched in each row when it is not the name (`reasons`, drawn last, `reasonWidth` wide;
    /// 0 when no row in view has one).
    struct Layout {
        var shown: Range<Int>
        var candidates: [ListColumn]
        var cells: [[(String, StyleRole)]]
        var columns: [(ListColumn, Int)]
        var reasons: [String?] = []
        var reasonWidth = 0
    }

    /// The heading of the column of reasons.
    static let reasonHeading = "matched"
    /// The most the reasons take: "RTP 2001:db8:2000::/64" whole, a longer value cut.
    static let reasonCap = 24

    /// The layout of the list pane's inner `width` showing `rows` rows of trunks. While the filter
    /// lists rows for something other than their names, the reasons take the end of the row and
    /// the other columns give way as on a narrower pane (the name keeps its minimum).
    static func layout(_ state: AppState, width: Int, rows: Int) -> Layout {
        let scroll = Viewport.scrollOffset(selection: state.selection, current: state.listScroll, rows: rows, count: state.visible.count)
        let shown = scroll..<min(state.visible.count, scroll + rows)
        let reasons = reasons(state, shown: shown)
        let widest = reasons.reduce(0) { max($0, $1.map(DisplayWidth.of) ?? 0) }
        var reasonWidth = widest == 0 ? 0 : min(reasonCap, max(widest, DisplayWidth.of(reasonHeading)))
        // The name keeps its minimum and the status its place: the reasons are cut before that.
        let smallest = 2 + ListColumnLayout.minimumNameWidth + 1 + 8 + 1
        reasonWidth = min(reasonWidth, max(0, width - smallest - 1))
        let rest = reasonWidth == 0 ? width : width - reasonWidth - 1
        let candidates = ListColumnLayout.chosen(width: rest).map(\.0)
        let cells = shown.map { position in candidates.map { cell(state.trunks[state.visible[position]], $0) } }
        let columns = ListColumnLayout.layout(width: rest, needs: needs(candidates, cells: cells, state: state))
        return Layout(shown: shown, candidates: candidates, cells: cells, columns: columns,
                      reasons: reasonWidth == 0 ? [] : reasons, reasonWidth: reasonWidth)
    }

    /// What the filter matched in each row of `shown` when it is not the name (`FilterReason`).
    private static func reasons(_ state: AppState, shown: Range<Int>) -> [String?] {
        guard !state.filter.isEmpty else { return [] }
        let query = FilterQuery.parse(state.filter)
        guard query.namesWhatMatched else { return [] }
        return shown.map { query.reasonLabel(for: state.trunks[state.visible[$0]]) }
    }

    /// The columns of the rows in view need: their widest text, the heading (with its sort
    /// arrow) included.
    private static func needs(_ columns: [ListColumn], cells: [[(String, StyleRole)]], state: AppState) -> [ListColumn: Int] {
        var needs: [ListColumn: Int] = [:]
        for (index, column) in columns.enumerated() {
            let heading = DisplayWidth.of(label(column, state: state))
            needs[column] = cells.reduce(heading) { max($0, DisplayWidth.of($1[index].0)) }
        }
        return needs
    }

    /// The column's heading; the column that shows the sort key names it, with "▲"/"▼".
    static func label(_ column: ListColumn, state: AppState) -> String {
        guard let sorted = state.sort.column, sorted.shownIn == column else { return column.rawValue }
        return sorted.rawValue + (state.sort.descending ? " ▼" : " ▲")
    }

    static func cell(_ trunk: Trunk, _ column: ListColumn) -> (String, StyleRole) {
        if !trunk.unreadable.isEmpty, let found = trunk.unreadable[column.fieldKey] {
            return (found.display, .warning)
        }
        switch column {
        case .name: return (trunk.name ?? "—", .text)
        case .status:
            switch trunk.status {
            case .blocked?: return ("Blocked", .error)
            case .active?: return ("Active", .ok)
            case .unknown(let raw)?: return ("?" + raw, .warning)
            case nil: return ("—", .muted)
            }
        case .authentication:
            return (trunk.authenticationMethod.map { shortAuth($0.type) } ?? "—", .text)
        case .sipIps:
            let ips = trunk.authenticationMethod?.allowedSipIps ?? []
            guard let first = ips.first else { return ("—", .muted) }
            return (ips.count > 1 ? "\(first) +\(ips.count - 1)" : first, .text)
        case .limit, .spent, .usedShare:
            let spent = trunk.spentAmount.map(MoneyText.money) ?? "?"
            let limit = trunk.thresholdAmount.map(MoneyText.money) ?? "no limit"
            let reached = trunk.thresholdReached == true
            if trunk.spentAmount == nil && trunk.thresholdAmount == nil { return (reached ? "⚠ reached" : "—", reached ? .warning : .muted) }
            return ((reached ? "⚠ " : "") + "$\(spent)/\(limit)", reached ? .warning : .text)
        case .capacity:
            return (trunk.capacityLimit.map(String.init) ?? "unlimited", trunk.capacityLimit == nil ? .muted : .text)
        case .encryption:
            return (trunk.mediaEncryptionMode?.label ?? "—", trunk.mediaEncryptionMode == .disabled ? .muted : .text)
        case .created:
            return (String((trunk.createdAt ?? "—").prefix(10)), .muted)
        }
    }

    static func shortAuth(_ type: AuthenticationType) -> String {
        switch type {
        case .credentialsAndIp: return "Creds & IP"
        case .ipOnly: return "IP only"
        case .twilio: return "Twilio"
        case .unknown(let raw): return "?" + raw
        }
    }
}
