import Testing
import TrunkModel

/// "Would this call pass, and why?": every rule of a trunk at its edges, each row naming the
/// rule (attribute path) it exercises, the outcome that rule gives and words of its detail.
@Suite("Call check")
struct CallCheckTests {
    /// One row: a change to the base trunk, a call, and what the named rule must say.
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var name: String
        var change: @Sendable (inout Trunk) -> Void = { _ in }
        var call: CallCheck.Call
        var outcome: CallCheck.Outcome
        var detail: String
        var testDescription: String { "\(rule): \(name)" }
    }

    /// Active, credentials and IP from 198.51.100.0/24 and 2001:db8::/32 as 2ggkeqnozb, no tech
    /// prefix, every destination allowed, limit not reached, no capacity limit, one DID
    /// (+4930111) with reject_call, RTP from 203.0.113.0/24, one emergency DID (+4930111).
    static func base() -> Trunk {
        var trunk = Trunk(id: "t-1")
        trunk.name = "Berlin Office"
        trunk.status = .active
        trunk.authenticationMethod = AuthenticationMethod(
            type: .credentialsAndIp, allowedSipIps: ["198.51.100.0/24", "2001:db8::/32"], techPrefix: nil,
            username: "2ggkeqnozb", password: "secret")
        trunk.defaultDstAction = .allowAll
        trunk.dstPrefixes = []
        trunk.thresholdReached = false
        trunk.thresholdAmount = "3000.0"
        trunk.spentAmount = "12.5"
        trunk.allowAnyDidAsCli = false
        trunk.dids = [DidRef(id: "d-1", number: "4930111")]
        trunk.onCliMismatchAction = .rejectCall
        trunk.allowedRtpIps = ["203.0.113.0/24"]
        trunk.mediaEncryptionMode = .disabled
        trunk.emergencyEnableAll = false
        trunk.emergencyDids = [DidRef(id: "d-1", number: "4930111")]
        return trunk
    }

    static let call = CallCheck.Call(number: "+49 30 1234567", sourceIP: "198.51.100.7", username: "2ggkeqnozb",
                                     cli: "+4930111", mediaIP: "203.0.113.9")

    static func call(_ change: (inout CallCheck.Call) -> Void) -> CallCheck.Call {
        var call = Self.call
        change(&call)
        return call
    }

    static func sipIPs(_ list: [String]?) -> @Sendable (inout Trunk) -> Void {
        { $0.authenticationMethod?.allowedSipIps = list }
    }

    static func techPrefix(_ prefix: String?) -> @Sendable (inout Trunk) -> Void {
        { $0.authenticationMethod?.techPrefix = prefix }
    }

    static let cases: [Case] = [
        Case(rule: "status", name: "active passes", call: call, outcome: .pass, detail: "active"),
        Case(rule: "status", name: "blocked refuses", change: { $0.status = .blocked }, call: call, outcome: .fail, detail: "blocked"),
        Case(rule: "status", name: "an undocumented value is unknown", change: { $0.status = .unknown("paused") }, call: call,
             outcome: .unknown, detail: "not documented"),

        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv4 inside a /24", call: call, outcome: .pass,
             detail: "198.51.100.7 is inside 198.51.100.0/24"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv4 just outside a /24",
             call: call { $0.sourceIP = "198.51.101.0" }, outcome: .fail, detail: "not among the allowed SIP addresses"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv4 equal to a /32", change: sipIPs(["198.51.100.7/32"]),
             call: call, outcome: .pass, detail: "198.51.100.7 is 198.51.100.7/32"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv4 next to a /32", change: sipIPs(["198.51.100.7/32"]),
             call: call { $0.sourceIP = "198.51.100.70" }, outcome: .fail, detail: "198.51.100.70 is not among"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "0.0.0.0/0 takes every IPv4 address", change: sipIPs(["0.0.0.0/0"]),
             call: call { $0.sourceIP = "8.8.8.8" }, outcome: .pass, detail: "inside 0.0.0.0/0"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "0.0.0.0/0 takes no IPv6 address", change: sipIPs(["0.0.0.0/0"]),
             call: call { $0.sourceIP = "2001:db8::1" }, outcome: .fail, detail: "not among"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv6 inside a /32",
             call: call { $0.sourceIP = "2001:db8:ffff::1" }, outcome: .pass, detail: "inside 2001:db8::/32"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv6 just outside a /32",
             call: call { $0.sourceIP = "2001:db9::1" }, outcome: .fail, detail: "not among"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "IPv6 single address", change: sipIPs(["2001:db8::5"]),
             call: call { $0.sourceIP = "2001:db8:0:0::5" }, outcome: .pass, detail: "is 2001:db8::5"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "::/0 takes every IPv6 address", change: sipIPs(["::/0"]),
             call: call { $0.sourceIP = "fe80::1" }, outcome: .pass, detail: "inside ::/0"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "an empty list is not documented", change: sipIPs([]),
             call: call, outcome: .unknown, detail: "not documented"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "null is not documented", change: sipIPs(nil),
             call: call, outcome: .unknown, detail: "not documented"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "a source that is no address",
             call: call { $0.sourceIP = "198.51.100.0/24" }, outcome: .unknown, detail: "is not an IP address"),
        Case(rule: "authentication_method.allowed_sip_ips", name: "no source IP given is said, not decided",
             call: call { $0.sourceIP = nil }, outcome: .info, detail: "no source IP given"),
        Case(rule: "authentication_method.username", name: "the trunk's username", call: call, outcome: .pass, detail: "is the trunk's"),
        Case(rule: "authentication_method.username", name: "another username",
             call: call { $0.username = "someoneelse" }, outcome: .fail, detail: "is not the trunk's (2ggkeqnozb)"),
        Case(rule: "authentication_method.username", name: "a Twilio SID where a username is needed",
             call: call { $0.username = nil; $0.twilioAccountSid = "AC1" }, outcome: .fail, detail: "not a Twilio account SID"),
        Case(rule: "authentication_method.password", name: "the password cannot be checked", call: call, outcome: .info,
             detail: "cannot be checked"),
        Case(rule: "authentication_method.twilio_account_sid", name: "the trunk's SID",
             change: { $0.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC" + String(repeating: "1", count: 32)) },
             call: call { $0.username = nil; $0.twilioAccountSid = "AC" + String(repeating: "1", count: 32) }, outcome: .pass,
             detail: "trunk's Twilio account"),
        Case(rule: "authentication_method.twilio_account_sid", name: "another SID, never shown",
             change: { $0.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC" + String(repeating: "1", count: 32)) },
             call: call { $0.username = nil; $0.twilioAccountSid = "AC2" }, outcome: .fail, detail: "is not the trunk's."),
        Case(rule: "authentication_method.twilio_account_sid", name: "a SIP username on a Twilio trunk",
             change: { $0.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC1") },
             call: call, outcome: .fail, detail: "not by a SIP username"),

        Case(rule: "authentication_method.tech_prefix", name: "absent on the trunk", call: call, outcome: .pass, detail: "No tech prefix"),
        Case(rule: "authentication_method.tech_prefix", name: "empty on the trunk", change: techPrefix(""), call: call, outcome: .pass,
             detail: "No tech prefix"),
        Case(rule: "authentication_method.tech_prefix", name: "dialled first", change: techPrefix("77#"),
             call: call { $0.number = "77#+49301234567" }, outcome: .pass, detail: "stripped before routing"),
        Case(rule: "authentication_method.tech_prefix", name: "not dialled", change: techPrefix("77#"), call: call, outcome: .fail,
             detail: "must start with the tech prefix 77# (dial 77#49301234567)"),
        Case(rule: "authentication_method.tech_prefix", name: "a wrong one dialled", change: techPrefix("77#"),
             call: call { $0.number = "78#49301234567" }, outcome: .fail, detail: "must start with the tech prefix 77#"),
        Case(rule: "authentication_method.tech_prefix", name: "emergency numbers too", change: techPrefix("123#"),
             call: call { $0.number = "112"; $0.emergency = true }, outcome: .fail, detail: "dial 123#112"),

        Case(rule: "dst_prefixes", name: "allow_all with no prefixes", call: call, outcome: .pass, detail: "no prefixes are listed"),
        Case(rule: "dst_prefixes", name: "a listed prefix inverts allow_all", change: { $0.dstPrefixes = ["49"] }, call: call,
             outcome: .fail, detail: "49301234567 starts with 49"),
        Case(rule: "dst_prefixes", name: "reject_all without a match",
             change: { $0.defaultDstAction = .rejectAll; $0.dstPrefixes = ["44"] }, call: call, outcome: .fail, detail: "default (Reject all)"),
        Case(rule: "dst_prefixes", name: "the longest of nested prefixes decides",
             change: { $0.defaultDstAction = .rejectAll; $0.dstPrefixes = ["4930", "49"] },
             call: call { $0.number = "0049 30 1234567" }, outcome: .pass, detail: "starts with 4930"),
        Case(rule: "dst_prefixes", name: "a prefix listed twice ties with itself",
             change: { $0.dstPrefixes = ["4930", "49", "4930"] }, call: call, outcome: .fail, detail: "starts with 4930"),
        Case(rule: "dst_prefixes", name: "the tech prefix is stripped before matching",
             change: { $0.authenticationMethod?.techPrefix = "49"; $0.defaultDstAction = .rejectAll; $0.dstPrefixes = ["30"] },
             call: call { $0.number = "4930123" }, outcome: .pass, detail: "30123 starts with 30"),
        Case(rule: "dst_prefixes", name: "no number given is not checked", call: call { $0.number = " " }, outcome: .info,
             detail: "no number given"),
        Case(rule: "authentication_method.tech_prefix", name: "no number given is not checked against the tech prefix",
             change: { $0.authenticationMethod?.techPrefix = "77#" }, call: call { $0.number = "" }, outcome: .info,
             detail: "must start with the tech prefix 77#"),
        Case(rule: "dst_prefixes", name: "an undocumented default", change: { $0.defaultDstAction = .unknown("ask") }, call: call,
             outcome: .unknown, detail: "not documented"),

        Case(rule: "threshold_reached", name: "not reached", call: call, outcome: .pass, detail: "$12.50 spent of $3000"),
        Case(rule: "threshold_reached", name: "reached",
             change: { $0.thresholdReached = true; $0.spentAmount = "200.0"; $0.thresholdAmount = "200.0" }, call: call,
             outcome: .fail, detail: "reached: $200 spent, limit $200"),
        Case(rule: "threshold_reached", name: "not given", change: { $0.thresholdReached = nil }, call: call, outcome: .unknown,
             detail: "did not say"),

        Case(rule: "capacity_limit", name: "no limit", call: call, outcome: .pass, detail: "No limit"),
        Case(rule: "capacity_limit", name: "0 refuses every call", change: { $0.capacityLimit = 0 }, call: call, outcome: .fail,
             detail: "every call is refused"),
        Case(rule: "capacity_limit", name: "1 cannot be counted", change: { $0.capacityLimit = 1 }, call: call, outcome: .info,
             detail: "At most 1 simultaneous calls; the current count is not in the API"),

        Case(rule: "dids", name: "the CLI is one of the trunk's DIDs", call: call { $0.cli = "0049 30 111" }, outcome: .pass,
             detail: "+4930111 is one of the trunk's DIDs"),
        Case(rule: "on_cli_mismatch_action", name: "reject_call refuses another CLI", call: call { $0.cli = "+4930222" }, outcome: .fail,
             detail: "the call is refused (reject_call)"),
        Case(rule: "on_cli_mismatch_action", name: "send_original_cli sends it unchanged",
             change: { $0.onCliMismatchAction = .sendOriginalCli }, call: call { $0.cli = "+4930222" }, outcome: .pass,
             detail: "sent unchanged"),
        Case(rule: "on_cli_mismatch_action", name: "replace_cli names the replacement",
             change: { $0.onCliMismatchAction = .replaceCli }, call: call { $0.cli = "+4930222" }, outcome: .info,
             detail: "replaced by one of the trunk's DIDs (replace_cli): +4930111"),
        Case(rule: "on_cli_mismatch_action", name: "randomize_cli names the candidates",
             change: { $0.onCliMismatchAction = .randomizeCli; $0.dids?.append(DidRef(id: "d-2", number: "4930333")) },
             call: call { $0.cli = "+4930222" }, outcome: .info, detail: "random one of the trunk's DIDs (randomize_cli): +4930111, +4930333"),
        Case(rule: "on_cli_mismatch_action", name: "replace_cli with no DIDs is not documented",
             change: { $0.onCliMismatchAction = .replaceCli; $0.dids = [] }, call: call { $0.cli = "+4930222" }, outcome: .unknown,
             detail: "not documented"),
        Case(rule: "on_cli_mismatch_action", name: "reject_call with DIDs not read cannot be decided",
             change: { $0.dids = nil }, call: call, outcome: .unknown, detail: "the trunk's DIDs were not read"),
        Case(rule: "on_cli_mismatch_action", name: "allow_any_did_as_cli with reject_call needs the account's DIDs",
             change: { $0.allowAnyDidAsCli = true; $0.dids = [] }, call: call, outcome: .unknown, detail: "the account's DIDs"),
        Case(rule: "on_cli_mismatch_action", name: "allow_any_did_as_cli with send_original_cli passes either way",
             change: { $0.allowAnyDidAsCli = true; $0.onCliMismatchAction = .sendOriginalCli }, call: call, outcome: .pass,
             detail: "sent unchanged either way"),
        Case(rule: "on_cli_mismatch_action", name: "no CLI given", call: call { $0.cli = nil }, outcome: .info, detail: "no CLI given"),

        Case(rule: "emergency_dids", name: "the CLI is an emergency DID", call: call { $0.number = "112"; $0.emergency = true },
             outcome: .pass, detail: "one of the trunk's emergency DIDs"),
        Case(rule: "emergency_dids", name: "the CLI is not an emergency DID",
             change: { $0.dids?.append(DidRef(id: "d-2", number: "4930222")) },
             call: call { $0.number = "112"; $0.emergency = true; $0.cli = "+4930222" }, outcome: .fail,
             detail: "not one of the trunk's emergency DIDs (+4930111)"),
        Case(rule: "emergency_dids", name: "emergency_enable_all lets every DID",
             change: { $0.emergencyEnableAll = true; $0.emergencyDids = [] }, call: call { $0.number = "112"; $0.emergency = true },
             outcome: .pass, detail: "emergency_enable_all"),
        Case(rule: "emergency_dids", name: "no emergency DIDs and not enable_all", change: { $0.emergencyDids = [] },
             call: call { $0.number = "112"; $0.emergency = true }, outcome: .fail, detail: "no emergency DIDs"),
        Case(rule: "emergency_dids", name: "emergency DIDs not read", change: { $0.emergencyDids = nil },
             call: call { $0.number = "112"; $0.emergency = true }, outcome: .unknown, detail: "were not read"),

        Case(rule: "allowed_rtp_ips", name: "media IP inside", call: call, outcome: .pass, detail: "203.0.113.9 is inside 203.0.113.0/24"),
        Case(rule: "allowed_rtp_ips", name: "media IP outside", call: call { $0.mediaIP = "203.0.114.9" }, outcome: .fail,
             detail: "not among the allowed RTP addresses"),
        Case(rule: "allowed_rtp_ips", name: "null allows any media address", change: { $0.allowedRtpIps = nil },
             call: call { $0.mediaIP = "192.0.2.1" }, outcome: .pass, detail: "any address"),
        Case(rule: "allowed_rtp_ips", name: "no media IP given", call: call { $0.mediaIP = nil }, outcome: .info,
             detail: "no media IP given (allowed: 203.0.113.0/24)"),
        Case(rule: "media_encryption_mode", name: "the required encryption is stated", change: { $0.mediaEncryptionMode = .srtpSdes },
             call: call, outcome: .info, detail: "SRTP SDES (RFC 4568)"),
    ]

    @Test(arguments: cases)
    func eachRuleAtItsEdges(_ row: Case) throws {
        var trunk = Self.base()
        row.change(&trunk)
        let report = CallCheck.evaluate(row.call, on: trunk)
        let result = try #require(report.checks.first { $0.rule == row.rule }, "\(report.checks)")
        #expect(result.outcome == row.outcome, "\(result.detail)")
        #expect(result.detail.contains(row.detail), "\(result.detail)")
    }

    @Test func aCallThatMeetsEveryRuleIsAllowedAndCarriesItsCLI() {
        let report = CallCheck.evaluate(Self.call, on: Self.base())
        #expect(report.verdict == .allowed, "\(report.checks)")
        #expect(report.refusedBy.isEmpty)
        #expect(report.cli == "+4930111")
        #expect(report.checks.map(\.rule) == [
            "status", "authentication_method.allowed_sip_ips", "authentication_method.username", "authentication_method.password",
            "authentication_method.tech_prefix", "dst_prefixes", "threshold_reached", "capacity_limit", "dids",
            "allowed_rtp_ips", "media_encryption_mode",
        ], "the order a call meets the rules")
    }

    @Test func aRefusalNamesTheFirstRuleAndListsEveryOther() {
        var trunk = Self.base()
        trunk.status = .blocked
        trunk.thresholdReached = true
        trunk.capacityLimit = 0
        trunk.dids = nil
        let report = CallCheck.evaluate(Self.call { $0.sourceIP = "192.0.2.1" }, on: trunk)
        #expect(report.verdict == .refused, "a refusal wins over a rule that cannot be decided")
        #expect(report.refusedBy == ["status", "authentication_method.allowed_sip_ips", "threshold_reached", "capacity_limit"])
        #expect(report.summary == "Refused by status (also authentication_method.allowed_sip_ips, threshold_reached, capacity_limit)")
        #expect(report.cli == nil)
    }

    @Test func aRuleNeedingUnreadDataMakesTheVerdictUnknownNeverAGuess() {
        var trunk = Self.base()
        trunk.dids = nil
        let report = CallCheck.evaluate(Self.call, on: trunk)
        #expect(report.verdict == .unknown)
        #expect(report.summary == "Unknown: on_cli_mismatch_action cannot be decided")
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.255.255.255", true), ("10.0.0.0/8", "11.0.0.0", false),
        ("192.0.2.128/25", "192.0.2.127", false), ("192.0.2.128/25", "192.0.2.128", true),
        ("2001:db8::/127", "2001:db8::1", true), ("2001:db8::/127", "2001:db8::2", false),
        ("::ffff:0:0/96", "192.0.2.1", false), ("192.0.2.0/24", "192.0.2.0/25", true), ("192.0.2.0/25", "192.0.2.0/24", false),
    ])
    func networksContainAddressesBitByBit(network: String, address: String, inside: Bool) throws {
        let net = try #require(IPNetwork(network)), other = try #require(IPNetwork(address))
        #expect(net.contains(other) == inside)
    }
}
