import FoundationEssentials

/// A search inside text shown line by line (the detail, its raw JSON, a list editor's items):
/// what is searched for and which match is shown. Matching ignores case and finds only what is
/// drawn, so a masked secret is never found.
public struct TextSearch: Equatable, Sendable {
    /// The text searched for, as typed.
    public var words: String
    /// Index of the match shown among `matches(in:)`; nil before the first is shown.
    public var current: Int?

    /// A search for `words`, showing the match `current`.
    public init(words: String, current: Int? = nil) {
        self.words = words
        self.current = current
    }

    /// One place the words occur: a line, and the characters from `start` for `length`.
    public struct Match: Equatable, Sendable {
        public var line: Int
        public var start: Int
        public var length: Int
    }

    /// Every place the words occur in `lines`, in reading order; with `onePerLine` only the
    /// first of each line (a list steps item by item).
    public func matches(in lines: [String], onePerLine: Bool = false) -> [Match] {
        guard !words.isEmpty else { return [] }
        var found: [Match] = []
        for (index, line) in lines.enumerated() {
            var from = line.startIndex
            while from < line.endIndex, let range = line.caseInsensitiveRange(of: words, from: from) {
                found.append(Match(line: index, start: line.distance(from: line.startIndex, to: range.lowerBound),
                                   length: line.distance(from: range.lowerBound, to: range.upperBound)))
                if onePerLine || range.isEmpty { break }
                from = range.upperBound
            }
        }
        return found
    }

    /// The match after (or, `backwards`, before) `current` among `count` matches, going round at
    /// the end; before the first step, the first match on or after line `line` (backwards: the
    /// last before it). `wrapped` is true when the step went round.
    public static func step(from current: Int?, in matches: [Match], backwards: Bool, line: Int) -> (index: Int, wrapped: Bool)? {
        guard !matches.isEmpty else { return nil }
        let count = matches.count
        if let current, matches.indices.contains(current) {
            let next = backwards ? current - 1 : current + 1
            return ((next + count) % count, next < 0 || next >= count)
        }
        if backwards {
            if let index = matches.lastIndex(where: { $0.line < line }) { return (index, false) }
            return (count - 1, true)
        }
        if let index = matches.firstIndex(where: { $0.line >= line }) { return (index, false) }
        return (0, true)
    }
}
