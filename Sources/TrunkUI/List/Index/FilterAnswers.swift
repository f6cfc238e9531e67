/// The answers to the queries typed since the filter last widened, each narrowing the one below
/// it: when the next query narrows the top one (every word grown at its end, every token kept)
/// only the top answer's trunks are scanned again, and erasing back to a kept query costs nothing.
///
/// Answers are positions in `TrunkList`, valid until the trunks or the sort change (the owner
/// empties it then). At most `depthLimit` answers and about two list lengths of positions are
/// kept; the widest go first.
struct FilterAnswers: Sendable {
    private var stack: [(query: FilterQuery, matches: [Int])] = []
    private var keptPositions = 0
    static let depthLimit = 32

    /// The narrowest answer kept, if any.
    var top: (query: FilterQuery, matches: [Int])? { stack.last }

    /// Forgets every answer.
    mutating func removeAll() {
        stack.removeAll()
        keptPositions = 0
    }

    /// Drops the answers `query` does not narrow. Returns the top answer left when it answers
    /// `query` itself, else nil; `bound` is then the narrowest answer every match of `query` is in.
    mutating func narrow(to query: FilterQuery) -> (answer: [Int]?, bound: [Int]?) {
        while let top = stack.last, !query.narrows(top.query) {
            keptPositions -= top.matches.count
            stack.removeLast()
        }
        guard let top = stack.last else { return (nil, nil) }
        if top.query.words == query.words && top.query.tokens == query.tokens { return (top.matches, nil) }
        return (nil, top.matches)
    }

    /// Keeps `matches` as the answer to `query`, dropping the widest answers beyond the limits
    /// for a list of `listCount` trunks.
    mutating func push(_ query: FilterQuery, _ matches: [Int], listCount: Int) {
        stack.append((query, matches))
        keptPositions += matches.count
        while stack.count > Self.depthLimit || (stack.count > 1 && keptPositions > 2 * listCount + 4096) {
            keptPositions -= stack.removeFirst().matches.count
        }
    }
}

extension FilterQuery {
    /// True when every trunk matching `self` also matches `earlier`: each earlier word or local
    /// token is narrowed by one of these (`FilterTerm.narrows`: text grown at its end, so an id
    /// prefix still holds), and each earlier server token is kept.
    func narrows(_ earlier: FilterQuery) -> Bool {
        earlier.terms.allSatisfy { old in terms.contains { $0.narrows(old) } }
            && earlier.serverTokens.allSatisfy { tokens.contains($0) }
    }
}
