import FoundationEssentials

extension TrunkValidator {
    func addressListIssues(_ key: FieldKey, in draft: Trunk) -> [FieldIssue] {
        let items = draft.value(key).items
        var issues: [FieldIssue] = []
        let bad = items.filter { IPNetwork($0) == nil }
        if !bad.isEmpty {
            issues.append(.error("not an IPv4/IPv6 address or CIDR subnet: " + bad.prefix(3).joined(separator: ", ")
                + (bad.count > 3 ? " and \(bad.count - 3) more" : "")))
        }
        let duplicates = ListInput.duplicates(items)
        if !duplicates.isEmpty {
            issues.append(.error("listed twice: " + duplicates.joined(separator: ", ")))
        }
        if key == .allowedSipIps, draft.authenticationMethod?.type == .credentialsAndIp, items.isEmpty {
            issues.append(.error("at least one allowed SIP IP is required (0.0.0.0/0 allows any)"))
        }
        let sip = FieldTable.field(.allowedSipIps).applies(to: draft.authenticationMethod?.type)
            ? draft.value(.allowedSipIps).items.count : 0
        let total = sip + draft.value(.allowedRtpIps).items.count
        if total > TrunkRules.maxAllowedIps {
            issues.append(.error("at most \(TrunkRules.maxAllowedIps) SIP and RTP addresses together (now \(total))"))
        }
        if key == .allowedRtpIps, rules.emptyRtpListRefused, draft.allowedRtpIps == [] {
            issues.append(.error("an empty list is refused in API \(rules.apiVersion); leave the field empty (no list) for no restriction"))
        }
        let everything = items.filter { IPNetwork($0)?.isEverything == true }
        if key == .allowedRtpIps, rules.everyAddressRtpRefused, !everything.isEmpty {
            issues.append(.error("\(everything.joined(separator: ", ")) is refused in API \(rules.apiVersion); leave the field empty for no restriction"))
        } else if !everything.isEmpty {
            issues.append(.warning("0.0.0.0/0 or ::/0 allows every address in the world; not recommended"))
        }
        return issues
    }

    func prefixIssues(_ items: [String]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        let bad = items.filter { !PrefixRule.isValid($0) }
        if !bad.isEmpty {
            issues.append(.error("digits only, without + or 00: " + bad.prefix(3).joined(separator: ", ")
                + (bad.count > 3 ? " and \(bad.count - 3) more" : "")))
        }
        let duplicates = ListInput.duplicates(items)
        if !duplicates.isEmpty {
            issues.append(.error("listed twice: " + duplicates.joined(separator: ", ")))
        }
        return issues
    }
}

/// Destination prefixes: E.164 digits without "+" or "00".
public enum PrefixRule {
    /// True for a non-empty string of ASCII digits that does not start with "00" (DIDWW strips a
    /// leading "00" from dialled numbers, so such a prefix could never match).
    public static func isValid(_ prefix: String) -> Bool {
        !prefix.isEmpty && !prefix.hasPrefix("00") && prefix.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

/// Twilio account SIDs: "AC" and 32 hexadecimal characters.
public enum TwilioSIDRule {
    /// True for a well-formed account SID.
    public static func isValid(_ sid: String) -> Bool {
        sid.count == 34 && sid.hasPrefix("AC") && sid.dropFirst(2).allSatisfy { $0.isHexDigit && $0.isASCII }
    }
}

/// Callback URLs: http or https with a host.
public enum CallbackURLRule {
    /// True for an absolute http(s) URL with a host.
    public static func isValid(_ text: String) -> Bool {
        guard !text.contains(" "), let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }
}

/// Lists typed or pasted by people: split on commas, spaces and newlines.
public enum ListInput {
    /// The non-empty items of `text`, in order.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    /// Items that occur more than once, each named once, in order of first repeat.
    public static func duplicates(_ items: [String]) -> [String] {
        if let repeated = digitDuplicates(items) { return repeated }
        var seen = Set<String>(minimumCapacity: items.count), repeated: [String] = []
        for item in items {
            if !seen.insert(item).inserted && !repeated.contains(item) { repeated.append(item) }
        }
        return repeated
    }

    /// `duplicates` for lists of short digit strings (destination prefixes), keyed by an integer
    /// instead of hashing strings: the editor checks all of a trunk's prefixes (thousands) on
    /// every keystroke. Nil when an item is not 1–17 ASCII digits.
    static func digitDuplicates(_ items: [String]) -> [String]? {
        var seen = Set<UInt64>(minimumCapacity: items.count)
        var repeated: [String] = []
        var repeatedKeys = Set<UInt64>()
        for item in items {
            var value: UInt64 = 0
            var length: UInt64 = 0
            for byte in item.utf8 {
                guard byte &- 0x30 < 10, length < 17 else { return nil }
                value = value * 10 + UInt64(byte &- 0x30)
                length += 1
            }
            guard length > 0 else { return nil }
            // The length keeps "049" and "49" apart: 10^17 · 32 fits in 64 bits.
            let key = value << 5 | length
            if !seen.insert(key).inserted && repeatedKeys.insert(key).inserted { repeated.append(item) }
        }
        return repeated
    }
}
