import TrunkModel

/// The `/` line parsed: free words matched over what is loaded, `key:value` tokens that become
/// `filter[...]` on the server (and are checked locally too, so the list narrows at once), and
/// tokens the server has no filter for, which narrow what is loaded only.
///
/// Pure; table-driven by `FilterQuery.keys`. A word whose part before `:` is not all letters,
/// `_` and `-`, or that is an IP address or network (`2001:db8::1`, `dead:beef::/32`), is free
/// text, not a token. What a word or a local token looks for is its `FilterTerm`.
public struct FilterQuery: Equatable, Sendable {
    /// One understood `key:value` token.
    public struct Token: Equatable, Sendable {
        /// The key as typed, e.g. `status`.
        public var key: String
        /// The `filter[...]` name, e.g. `authentication_method.type`; nil for a token the server
        /// has no filter for (it narrows what is loaded only).
        public var filter: String?
        /// The value as the API spells it, e.g. `credentials_and_ip` (a local token's as typed).
        public var value: String
    }

    /// A token key the line understands: its filter name (nil: local only) or what it searches
    /// locally, the values it takes (nil: any non-blank text), aliases for those values, and a
    /// one-line description.
    public struct Key: Sendable {
        public var name: String
        public var filter: String?
        /// What a local token looks in (nil for a server filter).
        public var scope: FilterTerm.Scope?
        public var values: [String]?
        public var aliases: [String: String]
        public var help: String

        init(name: String, filter: String, values: [String]?, aliases: [String: String], help: String) {
            self.name = name
            self.filter = filter
            self.values = values
            self.aliases = aliases
            self.help = help
        }

        init(local name: String, scope: FilterTerm.Scope, help: String) {
            self.name = name
            self.scope = scope
            self.values = nil
            self.aliases = [:]
            self.help = help
        }
    }

    /// Lower-cased free words; a trunk must match each (see `FilterTerm`).
    public private(set) var words: [String] = []
    /// The understood tokens, in the order typed.
    public private(set) var tokens: [Token] = []
    /// One explanation per token that is not understood; such tokens are neither sent nor applied.
    public private(set) var problems: [String] = []
    /// What each free word and each local token looks for, words first (made once, by `parse`).
    public private(set) var terms: [FilterTerm] = []

    /// The token keys, in help order.
    public static let keys: [Key] = [
        Key(name: "status", filter: "status", values: ["active", "blocked"], aliases: [:], help: "active or blocked"),
        Key(name: "auth", filter: "authentication_method.type", values: ["credentials_and_ip", "ip_only", "twilio"],
            aliases: ["creds": "credentials_and_ip", "credentials": "credentials_and_ip", "ip": "ip_only"],
            help: "credentials_and_ip (creds), ip_only (ip) or twilio"),
        Key(name: "enc", filter: "media_encryption_mode", values: ["disabled", "srtp_sdes", "srtp_dtls", "zrtp"],
            aliases: ["off": "disabled", "none": "disabled", "sdes": "srtp_sdes", "dtls": "srtp_dtls"],
            help: "disabled (off), srtp_sdes (sdes), srtp_dtls (dtls) or zrtp"),
        Key(name: "reached", filter: "threshold_reached", values: ["true", "false"], aliases: ["yes": "true", "no": "false"],
            help: "true or false: the 24-hour limit is reached"),
        Key(name: "cli", filter: "on_cli_mismatch_action", values: ["reject_call", "replace_cli", "send_original_cli"],
            aliases: ["reject": "reject_call", "replace": "replace_cli", "send": "send_original_cli"],
            help: "reject_call, replace_cli or send_original_cli"),
        Key(name: "dst", filter: "default_dst_action", values: ["allow_all", "reject_all"],
            aliases: ["allow": "allow_all", "reject": "reject_all"], help: "allow_all or reject_all"),
        Key(name: "anycli", filter: "allow_any_did_as_cli", values: ["true", "false"], aliases: ["yes": "true", "no": "false"],
            help: "true or false: any DID may be sent as CLI"),
        Key(name: "ref", filter: "external_reference_id", values: nil, aliases: [:], help: "exact external reference"),
        Key(name: "name", filter: "name", values: nil, aliases: [:], help: "exact name (quote spaces: name:\"Berlin Office\")"),
        Key(name: "id", filter: "id", values: nil, aliases: [:], help: "exact trunk id"),
        Key(local: "ip", scope: .addresses, help: "an address or network in the SIP or RTP ones (local)"),
        Key(local: "sip-ip", scope: .sipAddresses, help: "as ip:, the SIP addresses only (local)"),
        Key(local: "rtp-ip", scope: .rtpAddresses, help: "as ip:, the RTP addresses only (local)"),
        Key(local: "user", scope: .username, help: "text in the SIP username (local)"),
        Key(local: "sid", scope: .twilioSid, help: "start of the Twilio account SID (local)"),
        Key(local: "prefix", scope: .destinationPrefixes, help: "text in a destination prefix (local)"),
        Key(local: "tech", scope: .techPrefix, help: "text in the tech prefix (local)"),
    ]

    /// Parses a filter line.
    public static func parse(_ line: String) -> FilterQuery {
        var query = FilterQuery()
        for word in split(line) {
            guard let colon = word.firstIndex(of: ":"), colon != word.startIndex,
                  word[..<colon].allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }), IPNetwork(word) == nil else {
                query.words.append(unquote(word).lowercased())
                continue
            }
            let name = word[..<colon].lowercased()
            let value = unquote(String(word[word.index(after: colon)...]))
            guard let key = keys.first(where: { $0.name == name }) else {
                query.problems.append("\(name): is not a filter (try \(keys.map { $0.name + ":" }.joined(separator: " ")))")
                continue
            }
            guard !value.trimmingWhitespace().isEmpty else {
                query.problems.append("\(name): needs a value: \(key.help)")
                continue
            }
            let spelled: String
            switch key.resolve(value) {
            case .value(let resolved):
                spelled = resolved
            case .ambiguous(let candidates):
                query.problems.append("\(name):\(value) could be " + Self.either(candidates.map { "\(name):\($0)" }))
                continue
            case .unknown:
                query.problems.append("\(name):\(value) — \(name) takes \(key.help)")
                continue
            }
            if value.contains(","), key.values == nil, key.filter != nil {
                query.problems.append("\(name):\(value) — a comma would be read as \"any of\"; use a free word instead")
                continue
            }
            query.tokens.removeAll { $0.key == key.name }
            query.tokens.append(Token(key: key.name, filter: key.filter, value: spelled))
        }
        query.terms = query.words.map { FilterTerm(word: $0) } + query.tokens.compactMap { token in
            keys.first { $0.name == token.key }?.scope.map { FilterTerm(token.value, in: $0) }
        }
        return query
    }

    /// `filter[...]` parameters for the server, keyed by filter name (local tokens are not sent).
    public var serverFilters: [String: String] {
        Dictionary(serverTokens.compactMap { token in token.filter.map { ($0, token.value) } },
                   uniquingKeysWith: { _, last in last })
    }

    /// The tokens the server has a filter for.
    public var serverTokens: [Token] { tokens.filter { $0.filter != nil } }

    /// True when nothing narrows the list.
    public var isEmpty: Bool { words.isEmpty && tokens.isEmpty }

    /// True when `trunk` matches every word and every token.
    public func matches(_ trunk: Trunk) -> Bool {
        terms.allSatisfy { TrunkSearch.match(trunk, $0) != nil } && serverTokensMatch(trunk)
    }

    /// True when `trunk` has the value of every token the server has a filter for.
    func serverTokensMatch(_ trunk: Trunk) -> Bool {
        tokens.allSatisfy { $0.filter == nil || Self.matches(trunk, $0) }
    }

    /// True when `trunk` has the token's value (a server filter's token; a local one always holds).
    static func matches(_ trunk: Trunk, _ token: Token) -> Bool {
        switch token.filter {
        case "status": return trunk.status?.rawValue == token.value
        case "authentication_method.type": return trunk.authenticationMethod?.type.rawValue == token.value
        case "media_encryption_mode": return trunk.mediaEncryptionMode?.rawValue == token.value
        case "threshold_reached": return trunk.thresholdReached.map(String.init) == token.value
        case "on_cli_mismatch_action": return trunk.onCliMismatchAction?.rawValue == token.value
        case "default_dst_action": return trunk.defaultDstAction?.rawValue == token.value
        case "allow_any_did_as_cli": return trunk.allowAnyDidAsCli.map(String.init) == token.value
        case "external_reference_id": return trunk.externalReferenceId == token.value
        case "name": return trunk.name == token.value
        case "id": return trunk.id.lowercased() == token.value.lowercased()
        default: return true
        }
    }

    /// "a or b", "a, b or c".
    static func either(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    /// Splits on spaces, keeping double-quoted runs together (quotes kept for `unquote`).
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); current.append(character); continue }
            if character == " " && !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func unquote(_ text: String) -> String {
        text.replacing("\"", with: "")
    }
}
