import TrunkModel

/// The `/` line parsed: free words matched over what is loaded, and `key:value` tokens that
/// become `filter[...]` on the server (and are checked locally too, so the list narrows at once).
///
/// Pure; table-driven by `FilterQuery.keys`. A word whose part before `:` is not all letters
/// (an IPv6 address such as `2001:db8::1`) is free text, not a token.
public struct FilterQuery: Equatable, Sendable {
    /// One understood `key:value` token.
    public struct Token: Equatable, Sendable {
        /// The key as typed, e.g. `status`.
        public var key: String
        /// The `filter[...]` name, e.g. `authentication_method.type`.
        public var filter: String
        /// The value as the API spells it, e.g. `credentials_and_ip`.
        public var value: String
    }

    /// A token key the line understands: its filter name, the values it takes (nil: any
    /// non-blank text), aliases for those values, and a one-line description.
    public struct Key: Sendable {
        public var name: String
        public var filter: String
        public var values: [String]?
        public var aliases: [String: String]
        public var help: String
    }

    /// Lower-cased free words; a trunk must match each (name, id, reference, IPs, prefixes).
    public var words: [String] = []
    /// The understood tokens, in the order typed.
    public var tokens: [Token] = []
    /// One explanation per token that is not understood; such tokens are neither sent nor applied.
    public var problems: [String] = []

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
    ]

    /// Parses a filter line.
    public static func parse(_ line: String) -> FilterQuery {
        var query = FilterQuery()
        for word in split(line) {
            guard let colon = word.firstIndex(of: ":"), colon != word.startIndex,
                  word[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }) else {
                query.words.append(unquote(word).lowercased())
                continue
            }
            let name = word[..<colon].lowercased()
            let value = unquote(String(word[word.index(after: colon)...]))
            guard let key = keys.first(where: { $0.name == name }) else {
                query.problems.append("\(name): is not a filter (try \(keys.map { $0.name + ":" }.joined(separator: " ")))")
                continue
            }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                query.problems.append("\(name): needs a value: \(key.help)")
                continue
            }
            let spelled = key.values == nil ? value : (key.aliases[value.lowercased()] ?? value.lowercased())
            if let allowed = key.values, !allowed.contains(spelled) {
                query.problems.append("\(name):\(value) — \(name) takes \(key.help)")
                continue
            }
            if value.contains(","), key.values == nil {
                query.problems.append("\(name):\(value) — a comma would be read as \"any of\"; use a free word instead")
                continue
            }
            query.tokens.removeAll { $0.key == key.name }
            query.tokens.append(Token(key: key.name, filter: key.filter, value: spelled))
        }
        return query
    }

    /// `filter[...]` parameters for the server, keyed by filter name.
    public var serverFilters: [String: String] {
        Dictionary(tokens.map { ($0.filter, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// True when nothing narrows the list.
    public var isEmpty: Bool { words.isEmpty && tokens.isEmpty }

    /// True when `trunk` matches every word and every token.
    public func matches(_ trunk: Trunk) -> Bool {
        words.allSatisfy { TrunkSearch.matches(trunk, $0) } && tokens.allSatisfy { Self.matches(trunk, $0) }
    }

    private static func matches(_ trunk: Trunk, _ token: Token) -> Bool {
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
        text.replacingOccurrences(of: "\"", with: "")
    }
}
