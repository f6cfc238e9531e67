extension TrunkValidator {
    /// The fields whose values the check of `key` reads, besides the authentication type: two
    /// trunks alike in these get the same issues for `key` (so a value set on thousands of
    /// trunks is checked once per distinct case, not once per trunk). Keep it true to `issues`.
    public static func fieldsRead(checking key: FieldKey) -> [FieldKey] {
        switch key {
        // SIP and RTP addresses share one limit.
        case .allowedSipIps, .allowedRtpIps: return [.allowedSipIps, .allowedRtpIps]
        // No DID may be linked while the matching every-DID switch is on.
        case .dids, .emergencyDids: return [key] + [DidLinkRule.everyDidSwitch(for: key)].compactMap { $0 }
        default: return [key]
        }
    }
}

