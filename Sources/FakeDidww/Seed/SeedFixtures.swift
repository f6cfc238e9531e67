import Foundation

/// The fixed first trunks of every seed (index = position in creation order), so tests and the
/// demo can rely on them:
///
/// | # | name | what it covers |
/// | - | ---- | -------------- |
/// | 0 | Berlin Office | plain credentials_and_ip, active, 2 DIDs — first by created_at and by name |
/// | 1 | Chicago Sales | credentials_and_ip, **blocked**, srtp_sdes, tech prefix "77#", null RTP IPs |
/// | 2 | Dublin Support | **ip_only**, srtp_dtls, tech prefix "4401#" |
/// | 3 | Frankfurt Twilio | **twilio** (AC + 32 hex SID), replace_cli, 2 DIDs |
/// | 4 | Zürich Ost | unicode name, **IPv6** SIP/RTP addresses and subnets, zrtp |
/// | 5 | 東京 outbound | unicode name, tech prefix "99#", reject_all with ["81", "1"] |
/// | 6 | Café ☎ trunk | unicode name, ip_only, **blocked**, bare IPv6 address, srtp_dtls |
/// | 7 | (long name, 155 characters, starts "Vienna wholesale interconnect") | reject_all with **320 prefixes**, capacity 1000 |
/// | 8 | Lisbon Any IP | SIP IPs ["0.0.0.0/0"], **threshold reached** (612.4 of 500.0), callback URL |
/// | 9 | Madrid Callcenter | **blocked**, threshold reached (200.0 of 200.0), emergency_enable_all, randomize_cli |
/// | 10 | Oslo Emergency | 3 DIDs and 2 **emergency DIDs**, rtp_ping, force_symmetric_rtp |
/// | 11 | Paris Minimal | **nulls**: external_reference_id, capacity_limit, callback_url, allowed_rtp_ips, threshold_amount, allowed_sip_ips, tech_prefix |
/// | 12 | Prague Twilio Backup | twilio, **blocked**, threshold reached |
/// | 13 | Riga Any DID | allow_any_did_as_cli, replace_cli, no DIDs |
/// | 14 | Rome Randomizer | randomize_cli, rtp_timeout 600, srtp_dtls |
/// | 15 | Sofia Reject All | twilio, reject_all with ["359", "40", "30"] |
/// | 16 | Tallinn Lab | capacity_limit 0, tech prefix "" (empty), IPv6 /32 subnet, send_original_cli |
/// | 17 | Toronto NOC | 40 SIP + 20 RTP addresses (exactly the 60 limit) |
/// | 18 | Vilnius Night Shift | ip_only, **blocked**, threshold reached, srtp_sdes |
/// | 19 | Warsaw Retail | send_original_cli, 2 DIDs and 1 emergency DID, capacity 32767 |
///
/// Unless the table says otherwise a fixture is active, credentials_and_ip, allow_all with empty
/// `dst_prefixes` (0 has ["49900", "49137"]), disabled encryption, reject_call, capacity 30,
/// `external_reference_id` "crm-<1001 + index>", RTP IPs ["203.0.113.0/24"], threshold "3000.0",
/// spent "<7 × index>.25", rtp_timeout 30, no callback URL and no DIDs.
enum SeedFixtures {
    /// How many leading trunks are fixtures.
    static let count = 20

    /// The long name of fixture 7.
    static let longName = "Vienna wholesale interconnect for premium-rate and international long-distance "
        + "termination with a strict destination policy (backup route B, do not delete)"

    /// Overwrites the generated trunk at `index` (< `count`) with its fixture values.
    static func apply(index: Int, to trunk: inout TrunkRecord, twilioSID: String, didIDs: [String]) {
        let credentials = credentialPair(trunk.authentication)
        func credentialsAndIP(_ ips: [String]?, _ techPrefix: String?) -> AuthenticationMethod {
            .credentialsAndIP(allowedSIPIPs: ips, techPrefix: techPrefix,
                              username: credentials.username, password: credentials.password)
        }
        trunk.externalReferenceID = "crm-\(1001 + index)"
        trunk.capacityLimit = 30
        trunk.allowedRTPIPs = ["203.0.113.0/24"]
        trunk.spentAmount = Decimal(index * 7) + Decimal(25) / 100
        switch index {
        case 0:
            trunk.name = "Berlin Office"
            trunk.authentication = credentialsAndIP(["203.0.113.10/32"], nil)
            trunk.dstPrefixes = ["49900", "49137"]
            trunk.didIDs = Array(didIDs[0..<2])
        case 1:
            trunk.name = "Chicago Sales"
            trunk.status = "blocked"
            trunk.authentication = credentialsAndIP(["198.51.100.20/32", "198.51.100.21/32"], "77#")
            trunk.allowedRTPIPs = nil
            trunk.capacityLimit = 100
            trunk.onCliMismatchAction = "send_original_cli"
            trunk.mediaEncryptionMode = "srtp_sdes"
            trunk.didIDs = [didIDs[2]]
        case 2:
            trunk.name = "Dublin Support"
            trunk.authentication = .ipOnly(allowedSIPIPs: ["192.0.2.50/32"], techPrefix: "4401#")
            trunk.allowedRTPIPs = ["192.0.2.0/24"]
            trunk.mediaEncryptionMode = "srtp_dtls"
        case 3:
            trunk.name = "Frankfurt Twilio"
            trunk.authentication = .twilio(accountSID: twilioSID)
            trunk.onCliMismatchAction = "replace_cli"
            trunk.didIDs = Array(didIDs[3..<5])
        case 4:
            trunk.name = "Zürich Ost"
            trunk.authentication = credentialsAndIP(["2001:db8::10/128", "2001:db8:1000::/48"], "41#")
            trunk.allowedRTPIPs = ["2001:db8:2000::/64", "203.0.113.128/25"]
            trunk.mediaEncryptionMode = "zrtp"
        case 5:
            trunk.name = "東京 outbound"
            trunk.authentication = credentialsAndIP(["203.0.113.77/32"], "99#")
            trunk.defaultDstAction = "reject_all"
            trunk.dstPrefixes = ["81", "1"]
            trunk.mediaEncryptionMode = "srtp_sdes"
            trunk.capacityLimit = 250
        case 6:
            trunk.name = "Café ☎ trunk"
            trunk.status = "blocked"
            trunk.authentication = .ipOnly(allowedSIPIPs: ["2001:db8:cafe::1"], techPrefix: nil)
            trunk.mediaEncryptionMode = "srtp_dtls"
        case 7:
            trunk.name = longName
            trunk.authentication = credentialsAndIP(["198.51.100.0/24"], nil)
            trunk.defaultDstAction = "reject_all"
            trunk.dstPrefixes = (0..<320).map { ["1", "44", "49", "33", "39"][$0 % 5] + String(100 + $0) }
            trunk.capacityLimit = 1000
        default:
            applyLater(index: index, to: &trunk, twilioSID: twilioSID, didIDs: didIDs, credentialsAndIP)
        }
    }

    private static func applyLater(
        index: Int, to trunk: inout TrunkRecord, twilioSID: String, didIDs: [String],
        _ credentialsAndIP: ([String]?, String?) -> AuthenticationMethod
    ) {
        switch index {
        case 8:
            trunk.name = "Lisbon Any IP"
            trunk.authentication = credentialsAndIP(["0.0.0.0/0"], nil)
            trunk.thresholdAmount = 500
            trunk.spentAmount = Decimal(string: "612.4", locale: Locale(identifier: "en_US_POSIX")) ?? 612
            trunk.callbackURL = "https://example.com/didww/threshold"
        case 9:
            trunk.name = "Madrid Callcenter"
            trunk.status = "blocked"
            trunk.authentication = credentialsAndIP(["203.0.113.90/32"], nil)
            trunk.thresholdAmount = 200
            trunk.spentAmount = 200
            trunk.emergencyEnableAll = true
            trunk.onCliMismatchAction = "randomize_cli"
        case 10:
            trunk.name = "Oslo Emergency"
            trunk.authentication = credentialsAndIP(["203.0.113.100/32"], nil)
            trunk.didIDs = Array(didIDs[5..<8])
            trunk.emergencyDidIDs = Array(didIDs[5..<7])
            trunk.rtpPing = true
            trunk.forceSymmetricRTP = true
        case 11:
            trunk.name = "Paris Minimal"
            trunk.authentication = credentialsAndIP(nil, nil)
            trunk.externalReferenceID = nil
            trunk.capacityLimit = nil
            trunk.allowedRTPIPs = nil
            trunk.thresholdAmount = nil
            trunk.callbackURL = nil
        default:
            applyLast(index: index, to: &trunk, twilioSID: twilioSID, didIDs: didIDs, credentialsAndIP)
        }
    }

    private static func applyLast(
        index: Int, to trunk: inout TrunkRecord, twilioSID: String, didIDs: [String],
        _ credentialsAndIP: ([String]?, String?) -> AuthenticationMethod
    ) {
        switch index {
        case 12:
            trunk.name = "Prague Twilio Backup"
            trunk.status = "blocked"
            trunk.authentication = .twilio(accountSID: twilioSID)
            trunk.spentAmount = 3200
        case 13:
            trunk.name = "Riga Any DID"
            trunk.authentication = credentialsAndIP(["198.51.100.13/32"], nil)
            trunk.allowAnyDidAsCli = true
            trunk.onCliMismatchAction = "replace_cli"
        case 14:
            trunk.name = "Rome Randomizer"
            trunk.authentication = credentialsAndIP(["198.51.100.14/32"], nil)
            trunk.onCliMismatchAction = "randomize_cli"
            trunk.rtpTimeout = 600
            trunk.mediaEncryptionMode = "srtp_dtls"
        case 15:
            trunk.name = "Sofia Reject All"
            trunk.authentication = .twilio(accountSID: twilioSID)
            trunk.defaultDstAction = "reject_all"
            trunk.dstPrefixes = ["359", "40", "30"]
        case 16:
            trunk.name = "Tallinn Lab"
            trunk.authentication = credentialsAndIP(["2001:db8::/32"], "")
            trunk.capacityLimit = 0
            trunk.onCliMismatchAction = "send_original_cli"
        case 17:
            trunk.name = "Toronto NOC"
            trunk.authentication = credentialsAndIP((1...40).map { "198.51.100.\($0)/32" }, nil)
            trunk.allowedRTPIPs = (0..<20).map { "203.0.113.\($0 * 4)/30" }
        case 18:
            trunk.name = "Vilnius Night Shift"
            trunk.status = "blocked"
            trunk.authentication = .ipOnly(allowedSIPIPs: ["192.0.2.18/32"], techPrefix: nil)
            trunk.mediaEncryptionMode = "srtp_sdes"
            trunk.thresholdAmount = 1000
            trunk.spentAmount = 1500
        default:
            trunk.name = "Warsaw Retail"
            trunk.authentication = credentialsAndIP(["192.0.2.19/32"], nil)
            trunk.onCliMismatchAction = "send_original_cli"
            trunk.didIDs = Array(didIDs[8..<10])
            trunk.emergencyDidIDs = [didIDs[8]]
            trunk.capacityLimit = 32767
        }
    }

    private static func credentialPair(_ method: AuthenticationMethod) -> (username: String, password: String) {
        if case let .credentialsAndIP(_, _, username, password) = method { return (username, password) }
        return ("", "")
    }
}
