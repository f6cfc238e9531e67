extension FilterQuery.Key {
    /// What a typed value of this key stands for.
    enum Resolution: Equatable {
        /// The value as the API spells it (a free-text key's value as typed).
        case value(String)
        /// The start of more than one value: these, as the API spells them.
        case ambiguous([String])
        /// Neither a value, an alias nor the start of one.
        case unknown
    }

    /// `typed` as a value of this key: a value or alias (any case), else the start of exactly one
    /// value or of aliases of one value (`status:bl` → `blocked`).
    func resolve(_ typed: String) -> Resolution {
        guard let values else { return .value(typed) }
        let lower = typed.lowercased()
        if values.contains(lower) { return .value(lower) }
        if let aliased = aliases[lower] { return .value(aliased) }
        var candidates: [String] = []
        for value in values where value.hasPrefix(lower) || aliases.contains(where: { $0.value == value && $0.key.hasPrefix(lower) }) {
            candidates.append(value)
        }
        switch candidates.count {
        case 0: return .unknown
        case 1: return .value(candidates[0])
        default: return .ambiguous(candidates)
        }
    }
}

extension FilterQuery {
    /// The token a free word stands for when it is a value of one token key only: its value as
    /// the API spells it (`blocked`, `twilio`, `zrtp`), or an alias of four letters or more
    /// (`creds`, `sdes`, `dtls`). `true`, `false`, `yes`, `no` and `reject` belong to two keys
    /// and stand for none.
    static func knownValue(_ word: String) -> Token? {
        knownValues[word]
    }

    private static let knownValues: [String: Token] = {
        var found: [String: [Token]] = [:]
        for key in keys {
            guard let values = key.values else { continue }
            for value in values { found[value, default: []].append(Token(key: key.name, filter: key.filter, value: value)) }
            for (alias, value) in key.aliases where alias.count >= 4 {
                found[alias, default: []].append(Token(key: key.name, filter: key.filter, value: value))
            }
        }
        return found.compactMapValues { tokens in
            Set(tokens.map(\.key)).count == 1 ? tokens[0] : nil
        }
    }()

    /// The tokens the free words that are known values stand for, as `key:value`, for the filter
    /// line to suggest (a token narrows exactly and is sent to the server).
    var suggestedTokens: [String] {
        words.compactMap(Self.knownValue).map { "\($0.key):\($0.value)" }
    }
}
