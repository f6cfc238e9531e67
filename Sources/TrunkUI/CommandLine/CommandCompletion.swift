/// Tab completion on the `:` line: what the token under the cursor could become.
public struct CommandCompletion: Equatable, Sendable {
    /// The text before the token being completed ("trunk " or "").
    public var head: String
    /// What the token could become, best first.
    public var candidates: [String]
    /// The candidate shown in the line after cycling with Tab; nil before the first cycle.
    public var index: Int?
    /// True when the token is a command name (a space follows a unique completion).
    public var completesCommand: Bool

    /// Candidates for `text` in `state`: command names before the first space, then the
    /// argument source of the command named by the first word.
    public static func candidates(for text: String, in state: AppState) -> CommandCompletion {
        guard let space = text.firstIndex(of: " ") else {
            // Command names first; aliases only when no name fits (so Tab on ":" lists each command once).
            let primary = state.commandRegistry.commands.map(\.name).filter { $0.hasPrefix(text) }.sorted()
            let names = primary.isEmpty ? state.commandRegistry.allNames.filter { $0.hasPrefix(text) } : primary
            return CommandCompletion(head: "", candidates: names, index: nil, completesCommand: true)
        }
        let name = String(text[..<space])
        let argument = String(text[text.index(after: space)...]).drop { $0 == " " }
        let head = name + " "
        guard let command = state.commandRegistry.command(named: name) else {
            return CommandCompletion(head: head, candidates: [], index: nil, completesCommand: false)
        }
        let words: [String]
        switch command.completion {
        case .none: words = []
        case .trunks: words = trunkCandidates(String(argument), in: state)
        case .words(let list): words = matching(list, String(argument))
        case .computed(let source): words = matching(source(state), String(argument))
        }
        return CommandCompletion(head: head, candidates: words, index: nil, completesCommand: false)
    }

    /// Loaded trunk names that start with, then contain, `typed` (case-insensitive), then ids
    /// that start with it; at most `limit`. Names are ordered by their lower-cased form, made
    /// once per name, and only the first `limit` of each group are put in order (over 100,000
    /// trunks, sorting every name took a Tab most of a second).
    static func trunkCandidates(_ typed: String, in state: AppState, limit: Int = 50) -> [String] {
        let needle = typed.lowercased()
        let needleBytes = Array(needle.utf8)
        var starts: [(lower: String, name: String)] = [], contains: [(lower: String, name: String)] = []
        var ids: [String] = []
        var seen = Set<String>()
        for trunk in state.trunks {
            if let name = trunk.name, !name.isEmpty, !seen.contains(name) {
                let lower = name.lowercased()
                if lower.hasPrefix(needle) { starts.append((lower, name)); seen.insert(name) }
                else if lower.contains(needle) { contains.append((lower, name)); seen.insert(name) }
            }
            if !needle.isEmpty, needleBytes.withUnsafeBufferPointer({ ByteScan.lowercasedID(trunk.id, startsWith: $0) }) {
                ids.append(trunk.id)
            }
        }
        let first = Self.first(limit, of: starts)
        return Array((first + Self.first(limit - first.count, of: contains) + ids).prefix(limit))
    }

    /// The names of the first `count` of `items` by their lower-cased form (ties in the order
    /// given), in that order: what sorting them all and taking `count` gives.
    private static func first(_ count: Int, of items: [(lower: String, name: String)]) -> [String] {
        guard count > 0 else { return [] }
        var chosen: [Int] = []
        func precedes(_ a: Int, _ b: Int) -> Bool {
            items[a].lower < items[b].lower || (items[a].lower == items[b].lower && a < b)
        }
        for index in items.indices {
            if chosen.count == count, let last = chosen.last, !precedes(index, last) { continue }
            var low = 0, high = chosen.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(chosen[middle], index) { low = middle + 1 } else { high = middle }
            }
            chosen.insert(index, at: low)
            if chosen.count > count { chosen.removeLast() }
        }
        return chosen.map { items[$0].name }
    }

    private static func matching(_ words: [String], _ typed: String) -> [String] {
        let needle = typed.lowercased()
        return words.filter { $0.lowercased().hasPrefix(needle) }
    }

    /// The longest prefix every candidate shares (case-sensitive), as characters.
    public var commonPrefix: String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let chars = Array(candidate)
            var length = 0
            while length < min(prefix.count, chars.count) && prefix[length] == chars[length] { length += 1 }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}
