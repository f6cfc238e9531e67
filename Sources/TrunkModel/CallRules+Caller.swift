/// The caller's side of a call: its CLI, emergency DIDs and media source.
extension CallRules {
    /// The E.164 digits of a number as typed ("+49 30 1234", "0049301234" → "49301234"); nil without digits.
    static func digits(_ text: String) -> String? {
        PrefixPolicy(defaultAction: .allowAll, prefixes: []).decide(text)?.number
    }

    /// Whether `number` is among `dids`: true or false when every DID's number was read, nil when
    /// the DIDs were not read or some numbers are missing and none matched.
    static func membership(_ number: String, in dids: [DidRef]?) -> Bool? {
        guard let dids else { return nil }
        if dids.contains(where: { $0.number == number }) { return true }
        return dids.contains(where: { $0.number == nil }) ? nil : false
    }

    mutating func checkCLI() {
        guard let given = call.cli, let cli = CallRules.digits(given) else {
            add("on_cli_mismatch_action", .info, "Not checked: no CLI given.")
            return
        }
        let shown = "+" + cli
        switch trunk.allowAnyDidAsCli {
        case true?:
            mismatch(shown, isMember: nil, pool: "the account's DIDs",
                     why: "any DID of the account may be the CLI (allow_any_did_as_cli), and the account's DIDs are not read here",
                     replacements: nil)
        case false?:
            let member = CallRules.membership(cli, in: trunk.dids)
            if member == true {
                carriedCLI = shown
                add("dids", .pass, "\(shown) is one of the trunk's DIDs, so it is sent as the CLI.")
                return
            }
            let why = trunk.dids == nil ? "the trunk's DIDs were not read" : "some of the trunk's DIDs have no number read"
            mismatch(shown, isMember: member, pool: "the trunk's DIDs", why: why, replacements: trunk.dids)
        case nil:
            add("allow_any_did_as_cli", .unknown, "The API did not say whether any DID may be the CLI.")
        }
    }

    /// What `on_cli_mismatch_action` does with a CLI that is not (`isMember` false) or may not be
    /// (nil, for the reason `why`) one of `pool`.
    private mutating func mismatch(_ shown: String, isMember: Bool?, pool: String, why: String, replacements: [DidRef]?) {
        let rule = "on_cli_mismatch_action"
        let premise = isMember == false ? "\(shown) is not one of \(pool)" : "If \(shown) is not one of \(pool) (\(why))"
        let named = replacements.map { CallRules.listed($0.map(\.shownNumber)) }
        switch trunk.onCliMismatchAction {
        case .sendOriginalCli?:
            carriedCLI = shown
            add(rule, .pass, isMember == false ? "\(premise); it is sent unchanged (send_original_cli)."
                : "\(shown) is sent unchanged either way (send_original_cli).")
        case .rejectCall?:
            if isMember == false {
                add(rule, .fail, "\(premise): the call is refused (reject_call).")
            } else {
                add(rule, .unknown, "Whether \(shown) is one of \(pool) is not known (\(why)); if it is not, the call is refused (reject_call).")
            }
        case let action? where action == .replaceCli || action == .randomizeCli:
            if replacements?.isEmpty == true {
                add(rule, .unknown, "\(premise), it is replaced by one of the trunk's DIDs (\(action.rawValue)), "
                    + "but the trunk has none; what DIDWW does then is not documented.")
                return
            }
            let how = action == .replaceCli ? "replaced by one of \(pool)" : "replaced by a random one of \(pool)"
            add(rule, .info, "\(premise), it is \(how) (\(action.rawValue))" + (named.map { ": \($0)." } ?? "."))
            if isMember == false, let only = replacements, only.count == 1 { carriedCLI = only[0].shownNumber }
        case let action?:
            add(rule, .unknown, "\(premise), the action \"\(action.rawValue)\" applies; it is not documented.")
        case nil:
            add(rule, .unknown, "The API did not give the trunk's action for a CLI that is not one of its DIDs.")
        }
    }

    mutating func checkEmergency() {
        let rule = "emergency_dids"
        if trunk.emergencyEnableAll == true {
            add(rule, .pass, "Every eligible DID may place emergency calls on the trunk (emergency_enable_all).")
            return
        }
        guard trunk.emergencyEnableAll == false else {
            add(rule, .unknown, "The API did not say whether every DID may place emergency calls.")
            return
        }
        guard let dids = trunk.emergencyDids else {
            add(rule, .unknown, "The trunk's emergency DIDs were not read.")
            return
        }
        if dids.isEmpty {
            add(rule, .fail, "The trunk has no emergency DIDs and emergency_enable_all is off: no DID may place emergency calls.")
            return
        }
        guard let given = call.cli, let cli = CallRules.digits(given) else {
            add(rule, .unknown, "Which DID places the emergency call is not known: give the CLI.")
            return
        }
        switch CallRules.membership(cli, in: dids) {
        case true?: add(rule, .pass, "+\(cli) is one of the trunk's emergency DIDs.")
        case false?: add(rule, .fail, "+\(cli) is not one of the trunk's emergency DIDs (\(CallRules.listed(dids.map(\.shownNumber)))).")
        case nil: add(rule, .unknown, "Some of the trunk's emergency DIDs have no number read, and +\(cli) is not among the others.")
        }
    }

    mutating func checkMedia() {
        let rule = "allowed_rtp_ips"
        if let allowed = trunk.allowedRtpIps {
            if let given = call.mediaIP {
                results.append(CallRules.containment(of: given, in: allowed, rule: rule, what: "RTP", detailed: detailed))
            } else if allowed.isEmpty {
                add(rule, .unknown, "The allowed RTP addresses list is empty; what DIDWW does then is not documented.")
            } else {
                add(rule, .info, "Not checked: no media IP given (allowed: \(CallRules.listed(allowed))).")
            }
        } else if trunk.unreadable[.allowedRtpIps] != nil {
            add(rule, .unknown, "The trunk's allowed RTP addresses could not be read.")
        } else {
            add(rule, .pass, "Media may come from any address (no RTP restriction).")
        }
        let encryption = "media_encryption_mode"
        switch trunk.mediaEncryptionMode {
        case .disabled?: add(encryption, .info, "Media is not encrypted (disabled).")
        case .srtpSdes?: add(encryption, .info, "Media must be encrypted with SRTP SDES (RFC 4568).")
        case .srtpDtls?: add(encryption, .info, "Media must be encrypted with SRTP DTLS (RFC 5764).")
        case .zrtp?: add(encryption, .info, "Media must be encrypted with ZRTP (RFC 6189).")
        case .unknown(let raw)?: add(encryption, .info, "The media encryption mode \"\(raw)\" is not documented.")
        case nil: add(encryption, .info, "The API did not give the media encryption mode.")
        }
    }
}
