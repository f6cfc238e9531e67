import Testing
import TrunkModel

/// POST documents for new trunks and the drafts they start from.
@Suite("Create bodies and clones")
struct CreateBodyTests {
    static let sid = "AC33333333333333333333333333333333"

    func createText(_ edit: (Trunk) -> Trunk) -> String {
        DraftDiff(original: NewTrunk.serverDefaults(), draft: edit(NewTrunk.serverDefaults())).createDocument().text()
    }

    @Test("the reference's minimal twilio create: name, method and the CLI action, nothing else")
    func minimalTwilio() {
        let text = createText {
            $0.setting(.name, .text("SDK Test twilio create")).setting(.authType, .text("twilio"))
                .setting(.twilioAccountSid, .text(Self.sid))
        }
        #expect(text == #"{"data":{"attributes":{"authentication_method":{"attributes":{"twilio_account_sid":"AC33333333333333333333333333333333"},"type":"twilio"},"name":"SDK Test twilio create","on_cli_mismatch_action":"reject_call"},"type":"voice_out_trunks"}}"#)
    }

    @Test("values that differ from the server's defaults are sent; defaults are not")
    func onlyNonDefaults() {
        let text = createText {
            $0.setting(.name, .text("EU outbound")).setting(.authType, .text("credentials_and_ip"))
                .setting(.allowedSipIps, .list(["203.0.113.10/32"])).setting(.techPrefix, .text("99#"))
                .setting(.dstPrefixes, .list(["44", "49"])).setting(.defaultDstAction, .text("reject_all"))
                .setting(.capacityLimit, .integer(50)).setting(.rtpTimeout, .integer(30))
        }
        #expect(text == #"{"data":{"attributes":{"authentication_method":{"attributes":{"allowed_sip_ips":["203.0.113.10/32"],"tech_prefix":"99#"},"type":"credentials_and_ip"},"capacity_limit":50,"default_dst_action":"reject_all","dst_prefixes":["44","49"],"name":"EU outbound","on_cli_mismatch_action":"reject_call"},"type":"voice_out_trunks"}}"#)
        #expect(!text.contains("rtp_timeout"), "30 is the server's default")
        #expect(!text.contains("\"id\""), "the server assigns the id")
    }

    @Test("the defaults are the ones the reference says the server applies")
    func defaults() {
        let trunk = NewTrunk.serverDefaults()
        #expect(trunk.status == .active && trunk.defaultDstAction == .allowAll && trunk.mediaEncryptionMode == .disabled)
        #expect(trunk.rtpTimeout == 30 && trunk.thresholdAmount == "3000.0" && trunk.dstPrefixes == [])
        #expect(trunk.capacityLimit == nil && trunk.allowedRtpIps == nil && trunk.onCliMismatchAction == .rejectCall)
        #expect(trunk.name == nil && trunk.authenticationMethod == nil, "name and method are the user's choice")
        #expect(DraftDiff(original: trunk, draft: trunk).isCreate)
    }

    @Test("a clone clears the name and copies no credential, DID or server-owned value")
    func cloneCopiesNoSecrets() throws {
        let source = try Fixture.trunk("single_include_dids")
        let clone = NewTrunk.clone(of: source)
        #expect(clone.id == NewTrunk.draftID && clone.name == nil && clone.createdAt == nil)
        #expect(clone.authenticationMethod?.username == nil && clone.authenticationMethod?.password == nil)
        #expect(clone.dids == nil && clone.emergencyDids == nil && clone.thresholdReached == nil)
        #expect(clone.authenticationMethod?.allowedSipIps == source.authenticationMethod?.allowedSipIps)
        #expect(clone.allowedRtpIps == source.allowedRtpIps && clone.capacityLimit == source.capacityLimit)
        let body = DraftDiff(original: NewTrunk.serverDefaults(), draft: clone.setting(.name, .text("copy")))
            .createDocument().text()
        #expect(!body.contains("username") && !body.contains("password") && !body.contains("relationships"))
    }

    @Test("a twilio clone leaves the account SID to be typed; an ip_only clone becomes credentials_and_ip")
    func cloneOfOtherMethods() throws {
        let twilio = NewTrunk.clone(of: try Fixture.trunk("twilio"))
        #expect(twilio.authenticationMethod?.type == .twilio && twilio.authenticationMethod?.twilioAccountSid == nil)
        #expect(!TrunkValidator().issues(.twilioAccountSid, in: twilio).isEmpty)
        let ipOnly = try Fixture.trunk("ip_only")
        let clone = NewTrunk.clone(of: ipOnly)
        #expect(clone.authenticationMethod?.type == .credentialsAndIp)
        #expect(clone.authenticationMethod?.allowedSipIps == ipOnly.authenticationMethod?.allowedSipIps)
    }

    @Test("a new trunk without a method is an error under the method")
    func methodRequired() {
        #expect(TrunkValidator().issues(.authType, in: NewTrunk.serverDefaults()).first?.severity == .error)
    }
}

