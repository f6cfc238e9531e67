import Foundation
import ScreenKit
import TrunkModel

/// Draws the trunk list: columns shrink or hide by priority as the pane narrows.
enum ListPane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        grid.box(rect, title: title(state), focused: focused)
        let inner = rect.inset(1)
        guard inner.height > 1, inner.width > 10 else { return }
        let columns = ListColumn.layout(width: inner.width)
        drawHeader(columns, state: state, inner: inner, grid: &grid)
        let rows = inner.height - 1
        guard !state.visible.isEmpty else {
            let failed = state.listError != nil && state.trunks.isEmpty
            for (offset, text) in TextWrap.wrap(emptyText(state).trimmingCharacters(in: .whitespaces), width: inner.width - 4).enumerated() where 2 + offset < inner.height {
                grid.line("  " + text, in: inner, row: 2 + offset, role: failed ? .error : .muted)
            }
            return
        }
        let scroll = Viewport.scrollOffset(selection: state.selection, current: state.listScroll, rows: rows, count: state.visible.count)
        for row in 0..<rows {
            let position = scroll + row
            guard position < state.visible.count else { break }
            let trunk = state.trunks[state.visible[position]]
            let selected = position == state.selection
            drawRow(trunk, columns: columns, inner: inner, row: row + 1, selected: selected, grid: &grid)
        }
        if state.visible.count > rows {
            let marker = " \(scroll + 1)–\(min(scroll + rows, state.visible.count)) of \(state.visible.count) "
            let width = DisplayWidth.of(marker)
            if width + 4 < rect.width {
                grid.write(marker, row: rect.bottom - 1, column: rect.right - width - 2, role: focused ? .title : .header)
            }
        }
    }

    private static func title(_ state: AppState) -> String {
        var text = "Trunks"
        if !state.filter.isEmpty { text += " · /\(state.filter) (\(state.visible.count))" }
        return text
    }

    static func emptyText(_ state: AppState) -> String {
        if let preparation = state.demoPreparation { return "  " + preparation.text }
        if state.loading && state.trunks.isEmpty {
            return state.activeRetryNote == nil ? "  loading trunks…" : "  loading trunks… retrying (the status line says why)"
        }
        if let error = state.listError, state.trunks.isEmpty { return "  could not load trunks: \(error) — r retries" }
        let filtered = !state.filter.isEmpty || !state.serverQuery.filters.isEmpty
        if state.trunks.isEmpty && !filtered { return "  no trunks on this account — n creates one" }
        let shown = state.filter.isEmpty ? state.serverQuery.filters.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ") : state.filter
        return "  no trunk matches \(shown) — Esc clears the filter"
    }

    private static func drawHeader(_ columns: [(ListColumn, Int)], state: AppState, inner: Rect, grid: inout Grid) {
        var text = "  "
        for (column, width) in columns {
            var label = column.rawValue
            if let sorted = state.sort.column, sorted.shownIn == column {
                label = sorted.rawValue + (state.sort.descending ? " ▼" : " ▲")
            }
            text += DisplayWidth.pad(label, to: width) + " "
        }
        grid.line(text, in: inner, row: 0, role: .header)
    }

    private static func drawRow(_ trunk: Trunk, columns: [(ListColumn, Int)], inner: Rect, row: Int,
                                selected: Bool, grid: inout Grid) {
        // Cell by cell what `grid.line` of the marker and `pad(text) + " "` per column would draw,
        // without building the padded strings (this runs for every visible row of every frame).
        let y = inner.row + row
        let rowRole: StyleRole = selected ? .selection : .text
        grid.write(selected ? "▶ " : "  ", row: y, column: inner.column, role: rowRole, limit: inner.width)
        var x = 2
        for (column, width) in columns {
            let limit = min(width + 1, inner.width - x)
            guard limit > 0 else { break }
            let (text, role) = cell(trunk, column)
            let cellRole = selected ? .selection : role
            let used = grid.write(DisplayWidth.truncate(text, to: width), row: y, column: inner.column + x,
                                  role: cellRole, limit: limit)
            grid.fill(Rect(row: y, column: inner.column + x + used, height: 1, width: limit - used), role: cellRole)
            x += width + 1
        }
        grid.fill(Rect(row: y, column: inner.column + x, height: 1, width: inner.width - x), role: rowRole)
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
