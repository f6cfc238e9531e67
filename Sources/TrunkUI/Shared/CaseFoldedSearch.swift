extension String {
    /// The first place at or after `start` where `words` occurs, letters compared without case
    /// by their full case folding ("STRASSE" finds "straße"); a match starts and ends between
    /// characters. Nil when `words` is empty or does not occur.
    func caseInsensitiveRange(of words: String, from start: Index? = nil) -> Range<Index>? {
        let target = Self.folded(words)
        guard !target.isEmpty else { return nil }
        var lower = start ?? startIndex
        while lower < endIndex {
            var upper = lower
            var folded = ""
            while upper < endIndex {
                folded += Self.folded(self[upper])
                upper = index(after: upper)
                if folded == target { return lower..<upper }
                if !target.hasPrefix(folded) { break }
            }
            lower = index(after: lower)
        }
        return nil
    }

    /// True when `words` occurs in the text, compared as `caseInsensitiveRange` compares.
    func containsIgnoringCase(_ words: String) -> Bool {
        caseInsensitiveRange(of: words) != nil
    }

    /// The last place `words` occurs exactly, nil when it does not.
    func lastRange(of words: String) -> Range<Index>? {
        guard !words.isEmpty else { return nil }
        var lower = endIndex
        while lower > startIndex {
            lower = index(before: lower)
            if self[lower...].hasPrefix(words) { return lower..<index(lower, offsetBy: words.count) }
        }
        return nil
    }

    private static func folded<Text: StringProtocol>(_ text: Text) -> String {
        text.allSatisfy(\.isASCII) ? text.lowercased() : text.uppercased().lowercased()
    }

    private static func folded(_ character: Character) -> String {
        character.isASCII ? character.lowercased() : String(character).uppercased().lowercased()
    }
}
