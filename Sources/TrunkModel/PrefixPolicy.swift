/// The destination policy of a trunk: a default action and the prefixes that invert it.
public struct PrefixPolicy: Equatable, Sendable {
    public var defaultAction: DestinationAction
    public var prefixes: [String]

    /// The policy of `defaultAction` with exceptions `prefixes`.
    public init(defaultAction: DestinationAction, prefixes: [String]) {
        self.defaultAction = defaultAction
        self.prefixes = prefixes
    }

    /// The policy of a trunk (allow all and no prefixes when the server sent none).
    public init(trunk: Trunk) {
        self.init(defaultAction: trunk.defaultDstAction ?? .allowAll, prefixes: trunk.dstPrefixes ?? [])
    }

    /// The answer for one dialled number.
    public struct Decision: Equatable, Sendable {
        public var allowed: Bool
        /// The longest listed prefix that matched, nil when the default action decided.
        public var matchedPrefix: String?
        /// The number as it was tested (digits only, "+" or "00" stripped).
        public var number: String
    }

    /// Would `dialled` be allowed? DIDWW strips a leading "+" or "00"; the longest matching prefix
    /// inverts the default action. Nil when `dialled` holds no digits.
    public func decide(_ dialled: String) -> Decision? {
        var number = Self.digits(dialled)
        if number.hasPrefix("00") { number.removeFirst(2) }
        guard !number.isEmpty else { return nil }
        var match: String?
        for prefix in prefixes where prefix.count > (match?.count ?? -1) && number.hasPrefix(prefix) { match = prefix }
        let allowedByDefault = defaultAction != .rejectAll
        return Decision(allowed: match == nil ? allowedByDefault : !allowedByDefault, matchedPrefix: match, number: number)
    }

    /// The ASCII digits of `dialled`, in order (every "+" and anything else dropped). Text of
    /// ASCII bytes only is read byte by byte; other text character by character, so a digit
    /// that carries a combining mark is not taken for a digit.
    static func digits(_ dialled: String) -> String {
        let utf8 = dialled.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // A "\r\n" pair is one character but no digit, so bytes and characters agree here.
            return String(decoding: utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
        }
        return String(dialled.filter { $0.isASCII && $0.isNumber })
    }

    /// The policy in words: "Rejects every destination except 44, 4420, 49".
    public var summary: String {
        let list = prefixes.prefix(12).joined(separator: ", ") + (prefixes.count > 12 ? " and \(prefixes.count - 12) more" : "")
        switch (defaultAction, prefixes.isEmpty) {
        case (.rejectAll, true): return "Rejects every destination"
        case (.rejectAll, false): return "Rejects every destination except \(list)"
        case (_, true): return "Allows every destination"
        case (_, false): return "Allows every destination except \(list)"
        }
    }
}
