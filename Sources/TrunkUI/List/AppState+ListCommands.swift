import FoundationEssentials

extension ListColumn {
    /// The word `:sort` takes for this column.
    public var commandWord: String {
        switch self {
        case .name: return "name"
        case .status: return "status"
        case .authentication: return "auth"
        case .sipIps: return "sip"
        case .limit: return "limit"
        case .spent: return "spent"
        case .usedShare: return "used"
        case .capacity: return "capacity"
        case .encryption: return "encryption"
        case .created: return "created"
        }
    }

    /// Other words `:sort` takes for this column.
    var commandAliases: [String] {
        switch self {
        case .spent: return ["spend"]
        case .usedShare: return ["%", "share"]
        default: return []
        }
    }
}

extension CommandLineCommand {
    /// `:sort COLUMN [desc]`: sort by a column directly (`:sort` alone returns to server order).
    public static let sort = CommandLineCommand(
        "sort", argument: "COLUMN [desc]",
        help: "sort by \(ListColumn.allCases.map(\.commandWord).joined(separator: ", "))",
        completion: .words(ListColumn.allCases.map(\.commandWord)), leavesTheForm: true) { state, argument in
        state.sortCommand(argument)
    }

    /// `:filter TEXT`: the `/` filter typed on the command line (tokens go to the server).
    public static let filter = CommandLineCommand(
        "filter", aliases: ["f"], argument: "TEXT", help: "filter the list as / does (empty clears)",
        completion: .words(FilterQuery.keys.map { $0.name + ":" }), leavesTheForm: true) { state, argument in
        state.filterCommand(argument)
    }
}

extension AppState {
    mutating func sortCommand(_ argument: String) -> [Effect] {
        let words = argument.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else {
            sort = ListSort()
            return applySort()
        }
        guard let column = ListColumn.allCases.first(where: { $0.commandWord == first || $0.rawValue.lowercased() == first || $0.commandAliases.contains(first) }) else {
            message = StatusMessage("No column \"\(first)\": \(ListColumn.allCases.map(\.commandWord).joined(separator: ", "))", .warning)
            return []
        }
        sort = ListSort(column: column, descending: words.dropFirst().contains { $0 == "desc" || $0 == "descending" })
        return applySort()
    }

    mutating func filterCommand(_ argument: String) -> [Effect] {
        filter = argument
        refreshVisible()
        return argument.isEmpty ? clearFilter() : applyServerFilters()
    }
}
