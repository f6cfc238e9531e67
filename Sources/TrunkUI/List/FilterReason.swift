import TrunkModel

/// What in a trunk matched a filter term: the field and its value as the trunk holds it. The list
/// shows it beside a row listed for something other than its name (`label`), and the detail marks
/// the value (`detailText`).
public struct FilterReason: Equatable, Sendable {
    /// Where the match is.
    public enum Field: Equatable, Sendable {
        case name, id, reference, username, twilioSid, techPrefix, sipAddress, rtpAddress, destinationPrefix
        /// A word that is a known token value matched the trunk's value (`status blocked`).
        case value(key: String)
    }

    public var field: Field
    /// The value that matched, whole (a secret too: `label` masks it).
    public var value: String

    init(_ field: Field, _ value: String) {
        self.field = field
        self.value = value
    }

    init(token: FilterQuery.Token) {
        self.init(.value(key: token.key), token.value)
    }

    /// The reason in a few words, a secret masked as the detail masks it: "RTP 203.0.113.44/30",
    /// "user 2ggkeqnozb", "SID ••••••••", "status blocked".
    public var label: String {
        switch field {
        case .name: return "name"
        case .id: return "id " + (value.count > 8 ? String(value.prefix(8)) + "…" : value)
        case .reference: return "ref " + value
        case .username: return "user " + value
        case .twilioSid: return "SID " + TrunkJSONText.mask
        case .techPrefix: return "tech " + value
        case .sipAddress: return "SIP " + value
        case .rtpAddress: return "RTP " + value
        case .destinationPrefix: return "prefix " + value
        case .value(let key): return key + " " + value
        }
    }

    /// The text the detail shows for the matched value, to mark there: the masked secret unless
    /// it is revealed; nil for a value the detail does not show as text on its own.
    func detailText(revealed: Bool) -> String? {
        switch field {
        case .name, .value: return nil
        case .twilioSid: return revealed ? value : TrunkJSONText.mask
        default: return value
        }
    }
}

extension FilterQuery {
    /// True when a listed trunk can match for something other than its name, so a list says
    /// what matched (`reasonLabel`): free words, addresses and local or exact-value tokens.
    public var namesWhatMatched: Bool { !terms.isEmpty || !serverTokens.isEmpty }

    /// What in `trunk` matched this filter when it is not the name, in the list's words
    /// ("RTP 203.0.113.44/30", "user 2ggkeqnozb", "SID ••••••••"); nil when the name matched or
    /// nothing did.
    public func reasonLabel(for trunk: Trunk) -> String? {
        TrunkSearch.reason(trunk, self)?.label
    }
}
