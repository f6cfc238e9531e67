extension PrefixPolicy {
    /// The words for a decision: what was decided and which rule decided it.
    ///
    /// "Allowed: 442071234567 starts with 4420, an exception to Reject all" or
    /// "Rejected: no listed prefix matches 3706149822, so the default (Reject all) applies".
    public func explanation(of decision: Decision) -> String {
        let verdict = decision.allowed ? "Allowed" : "Rejected"
        let fallback = defaultAction.label
        guard let prefix = decision.matchedPrefix else {
            let none = prefixes.isEmpty ? "no prefixes are listed" : "no listed prefix matches \(decision.number)"
            return "\(verdict): \(none), so the default (\(fallback)) applies"
        }
        return "\(verdict): \(decision.number) starts with \(prefix), an exception to \(fallback)"
    }

    /// The summary with at most `limit` prefixes named and the count of the rest
    /// ("Rejects every destination except 1100, 44101 and 318 more (320 prefixes)").
    public func summary(naming limit: Int) -> String {
        let shown = prefixes.prefix(max(1, limit)).joined(separator: ", ")
        let rest = prefixes.count - min(prefixes.count, max(1, limit))
        let list = rest > 0 ? "\(shown) and \(rest) more (\(prefixes.count) prefixes)" : shown
        switch (defaultAction, prefixes.isEmpty) {
        case (.rejectAll, true): return "Rejects every destination"
        case (.rejectAll, false): return "Rejects every destination except \(list)"
        case (_, true): return "Allows every destination"
        case (_, false): return "Allows every destination except \(list)"
        }
    }
}
