import FoundationEssentials
import TrunkModel

extension CommandLineCommand {
    /// `:find TEXT`: the `/` filter's matching over anything a customer quotes; opens the one
    /// trunk that matches, else filters the list by TEXT and says how many match.
    public static let find = CommandLineCommand(
        "find", argument: "TEXT",
        help: "find by name, address, user, SID or prefix; one match opens",
        completion: .words(FilterQuery.keys.map { $0.name + ":" }), leavesTheForm: true) { state, argument in
        state.findCommand(argument)
    }
}

extension AppState {
    /// `:find TEXT`: TEXT becomes the list's filter (its tokens go to the server as `/` sends
    /// them); exactly one loaded trunk matching opens its detail, else the list shows the matches
    /// and the status line says how many there are and, for one, what matched.
    mutating func findCommand(_ argument: String) -> [Effect] {
        let text = argument.trimmingWhitespace()
        guard !text.isEmpty else {
            message = StatusMessage("Usage: :find TEXT — an address, username, SID, tech prefix, prefix, name…", .warning)
            return []
        }
        filter = text
        refreshVisible()
        let query = FilterQuery.parse(text)
        // A token that is not understood is explained as `/` explains it, and not sent.
        var effects = applyServerFilters()
        let count = visible.count
        let loaded = isPartiallyLoaded ? " loaded" : ""
        guard count == 1, let trunk = selectedTrunk else {
            if case .detail = focus { focus = .list }
            guard query.problems.isEmpty else { return effects }
            message = count == 0
                ? StatusMessage("No\(loaded) trunk matches \"\(text)\" — Esc clears the filter", .warning)
                : StatusMessage("\(count)\(loaded) trunks match \"\(text)\"")
            return effects
        }
        effects += select(trunkAt: visible[0])
        let why = TrunkSearch.reason(trunk, query).map { " (\($0.label))" } ?? ""
        message = StatusMessage("1\(loaded) trunk matches \"\(text)\": \(trunk.name ?? trunk.id)\(why)")
        return effects
    }
}
