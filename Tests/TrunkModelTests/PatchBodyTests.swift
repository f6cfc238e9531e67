import Testing
import TrunkModel

/// Sparse PATCH documents: exactly what the user changed, nothing else.
@Suite("PATCH bodies")
struct PatchBodyTests {
    static let id = "425ce763-a3a9-49b4-af5b-ada1a65c8864"
    static let sid = "AC33333333333333333333333333333333"

    /// The PATCH text for `draft` against the reference trunk (nil when nothing changed).
    func body(_ edit: (Trunk) -> Trunk) throws -> String? {
        let original = try Fixture.trunk("single_include_dids")
        return DraftDiff(original: original, draft: edit(original)).patchDocument()?.text()
    }

    /// A document for the reference trunk with `attributes` and `relationships` given as JSON text.
    func document(attributes: String? = nil, relationships: String? = nil) -> String {
        var members: [String] = []
        if let attributes { members.append(#""attributes":"# + attributes) }
        members.append(#""id":"\#(Self.id)""#)
        if let relationships { members.append(#""relationships":"# + relationships) }
        members.append(#""type":"voice_out_trunks""#)
        return #"{"data":{"# + members.joined(separator: ",") + "}}"
    }

    @Test("one attribute changed: only it, with type and id")
    func oneAttribute() throws {
        let text = try body { $0.setting(.name, .text("EU outbound (blocked)")) }
        #expect(text == document(attributes: #"{"name":"EU outbound (blocked)"}"#))
    }

    @Test("the reference's attributes-only PATCH example")
    func referenceExample() throws {
        let text = try body {
            $0.setting(.name, .text("EU outbound (blocked)")).setting(.status, .text("blocked"))
                .setting(.capacityLimit, .integer(50)).setting(.rtpTimeout, .integer(60))
                .setting(.callbackUrl, .text("https://example.com/didww/threshold"))
        }
        #expect(text == document(attributes: #"{"callback_url":"https://example.com/didww/threshold","capacity_limit":50,"name":"EU outbound (blocked)","rtp_timeout":60,"status":"blocked"}"#))
    }

    @Test("a prefix added: the whole dst_prefixes array")
    func prefixAdded() throws {
        let original = try Fixture.trunk("single_include_dids").setting(.dstPrefixes, .list(["44", "49"]))
        let draft = original.setting(.dstPrefixes, .list(["44", "49", "4420"]))
        let text = DraftDiff(original: original, draft: draft).patchDocument()?.text()
        #expect(text == document(attributes: #"{"dst_prefixes":["44","49","4420"]}"#))
    }

    @Test("auth method changed to twilio: the whole method, no credentials or SIP addresses")
    func authenticationMethodChanged() throws {
        let text = try body { $0.setting(.authType, .text("twilio")).setting(.twilioAccountSid, .text(Self.sid)) }
        #expect(text == document(attributes: #"{"authentication_method":{"attributes":{"twilio_account_sid":"\#(Self.sid)"},"type":"twilio"}}"#))
    }

    @Test("twilio to credentials_and_ip: the whole method with the new SIP addresses")
    func twilioToCredentials() throws {
        let original = try Fixture.trunk("twilio")
        let draft = original.setting(.authType, .text("credentials_and_ip")).setting(.allowedSipIps, .list(["192.0.2.10/32"]))
        let text = DraftDiff(original: original, draft: draft).patchDocument()?.text()
        #expect(text == #"{"data":{"attributes":{"authentication_method":{"attributes":{"allowed_sip_ips":["192.0.2.10/32"],"tech_prefix":null},"type":"credentials_and_ip"}},"id":"11111111-2222-4333-8444-555555555555","type":"voice_out_trunks"}}"#)
    }

    @Test("a SIP edit left behind by switching to twilio is neither a change nor sent")
    func abandonedSipEdit() throws {
        let original = try Fixture.trunk("single_include_dids")
        let draft = original.setting(.allowedSipIps, .list(["192.0.2.10/32"]))
            .setting(.authType, .text("twilio")).setting(.twilioAccountSid, .text(Self.sid))
        let diff = DraftDiff(original: original, draft: draft)
        #expect(diff.changes.map(\.key) == [.authType, .twilioAccountSid])
        #expect(diff.patchDocument()?.text() == document(attributes: #"{"authentication_method":{"attributes":{"twilio_account_sid":"\#(Self.sid)"},"type":"twilio"}}"#))
    }

    @Test("a SIP address added: the whole method with allowed_sip_ips and tech_prefix, without username/password")
    func sipAddressAdded() throws {
        let text = try body { $0.setting(.allowedSipIps, .list(["203.0.113.1/32", "192.0.2.10/32"])) }
        #expect(text == document(attributes: #"{"authentication_method":{"attributes":{"allowed_sip_ips":["203.0.113.1/32","192.0.2.10/32"],"tech_prefix":null},"type":"credentials_and_ip"}}"#))
        #expect(text?.contains("username") == false)
        #expect(text?.contains("password") == false)
    }

    @Test("tech prefix changed alone: still the whole method")
    func techPrefixChanged() throws {
        let text = try body { $0.setting(.techPrefix, .text("99#")) }
        #expect(text == document(attributes: #"{"authentication_method":{"attributes":{"allowed_sip_ips":["203.0.113.1/32"],"tech_prefix":"99#"},"type":"credentials_and_ip"}}"#))
    }

    @Test("no change gives no document")
    func noChange() throws {
        #expect(try body { $0 } == nil)
        let original = try Fixture.trunk("single_include_dids")
        #expect(DraftDiff(original: original, draft: original).isEmpty)
        #expect(try body { $0.setting(.name, .text("EU outbound")).setting(.dids, .dids([DidRef(id: "7de7f718-4042-4d74-9fe9-863fa1777520")])) } == nil)
    }

    @Test("the same decimal written differently is no change", arguments: ["3000", "3000.0", "3000.00", " 3000 "])
    func sameThreshold(typed: String) throws {
        #expect(try body { $0.setting(.thresholdAmount, .decimal(typed)) } == nil)
    }

    @Test("a new threshold goes out in the API's decimal form")
    func thresholdChanged() throws {
        #expect(try body { $0.setting(.thresholdAmount, .decimal("500")) } == document(attributes: #"{"threshold_amount":"500.0"}"#))
    }

    @Test("capacity_limit emptied goes out as null")
    func capacityEmptied() throws {
        #expect(try body { $0.setting(.capacityLimit, .null) } == document(attributes: #"{"capacity_limit":null}"#))
    }

    @Test("dids changed: relationships.dids.data only, emergency_dids absent")
    func didsChanged() throws {
        let dids = [DidRef(id: "7de7f718-4042-4d74-9fe9-863fa1777520"), DidRef(id: "eeda315a-f016-4945-a3a9-bafc24302cdd")]
        let text = try body { $0.setting(.dids, .dids(dids)) }
        #expect(text == document(relationships: #"{"dids":{"data":[{"id":"7de7f718-4042-4d74-9fe9-863fa1777520","type":"dids"},{"id":"eeda315a-f016-4945-a3a9-bafc24302cdd","type":"dids"}]}}"#))
    }

    @Test("dids cleared: an empty linkage")
    func didsCleared() throws {
        #expect(try body { $0.setting(.dids, .dids([])) } == document(relationships: #"{"dids":{"data":[]}}"#))
    }

    @Test("changes list the changed fields in table order, read-only ones never")
    func changes() throws {
        let original = try Fixture.trunk("single_include_dids")
        var draft = original.setting(.rtpTimeout, .integer(60)).setting(.name, .text("New"))
        draft.createdAt = "2027-01-01T00:00:00.000Z"
        draft.thresholdReached = true
        draft.authenticationMethod?.password = "rotated"
        let changes = DraftDiff(original: original, draft: draft).changes
        #expect(changes.map(\.key) == [.name, .rtpTimeout])
        #expect(changes.last?.old == .integer(30))
        #expect(changes.last?.new == .integer(60))
    }
}
