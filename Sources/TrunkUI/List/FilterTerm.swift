import TrunkModel

/// What one free word or local token of the filter looks for, and where: text (lower-cased), an
/// address or network matched by containment (never as text), and for a word that is a known
/// token value (`blocked`), the token it also stands for.
public struct FilterTerm: Equatable, Sendable {
    /// Where a term looks.
    public enum Scope: Equatable, Sendable {
        /// A free word: name, id (start), external reference, SIP username, Twilio account SID
        /// (start), tech prefix, allowed SIP and RTP addresses, destination prefixes.
        case anything
        /// `ip:`: allowed SIP and RTP addresses.
        case addresses
        /// `sip-ip:`.
        case sipAddresses
        /// `rtp-ip:`.
        case rtpAddresses
        /// `user:`.
        case username
        /// `sid:` (the start of the SID).
        case twilioSid
        /// `prefix:`: destination prefixes.
        case destinationPrefixes
        /// `tech:`.
        case techPrefix
    }

    public var scope: Scope
    /// The text looked for, lower-cased.
    public var text: String
    /// The address or network `text` is, in an address scope: it matches the networks it lies in
    /// or overlaps, and is never looked for as text (`198.51.100.7` is not in `198.51.100.70`).
    public var network: IPNetwork?
    /// The token a free word also stands for (`blocked` → `status:blocked`).
    public var value: FilterQuery.Token?

    /// A free word (lower-cased).
    init(word: String) {
        self.init(word, in: .anything)
        value = FilterQuery.knownValue(word)
    }

    /// A local token's value, looked for in `scope`.
    init(_ text: String, in scope: Scope) {
        self.scope = scope
        self.text = text.lowercased()
        switch scope {
        case .anything, .addresses, .sipAddresses, .rtpAddresses: network = IPNetwork(text)
        default: network = nil
        }
    }

    /// True when the term looks in the allowed SIP networks.
    var looksInSip: Bool { scope == .anything || scope == .addresses || scope == .sipAddresses }
    /// True when the term looks in the allowed RTP networks.
    var looksInRtp: Bool { scope == .anything || scope == .addresses || scope == .rtpAddresses }

    /// True when every trunk matching `self` also matches `earlier`: the same term, or both plain
    /// text in the same place with `self`'s text growing `earlier`'s (an address, a network or a
    /// known value may match trunks the text before it did not).
    func narrows(_ earlier: FilterTerm) -> Bool {
        if self == earlier { return true }
        return scope == earlier.scope && network == nil && earlier.network == nil && value == nil && earlier.value == nil
            && text.hasPrefix(earlier.text)
    }
}
