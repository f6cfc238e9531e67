import Foundation
import Testing
import TrunkModel

/// Reading trunk documents: the reference's examples, and forgiving reading of odd ones.
@Suite("Decoding")
struct DecodingTests {
    @Test("single trunk with include=dids decodes every attribute and resolves the DID number")
    func singleWithIncludedDids() throws {
        let trunk = try Fixture.trunk("single_include_dids")
        var expected = Trunk(id: "425ce763-a3a9-49b4-af5b-ada1a65c8864")
        expected.name = "EU outbound"
        expected.status = .active
        expected.externalReferenceId = "vot-ref-001"
        expected.capacityLimit = 100
        expected.allowAnyDidAsCli = false
        expected.onCliMismatchAction = .rejectCall
        expected.defaultDstAction = .allowAll
        expected.dstPrefixes = []
        expected.mediaEncryptionMode = .disabled
        expected.allowedRtpIps = ["203.0.113.0/24"]
        expected.forceSymmetricRtp = false
        expected.rtpPing = false
        expected.rtpTimeout = 30
        expected.thresholdAmount = "3000.0"
        expected.thresholdReached = false
        expected.emergencyEnableAll = false
        expected.createdAt = "2026-04-23T19:52:20.859Z"
        expected.authenticationMethod = AuthenticationMethod(
            type: .credentialsAndIp, allowedSipIps: ["203.0.113.1/32"],
            username: "dpjgwbbac9", password: "z0hshvbcy7")
        expected.spentAmount = "0.0"
        expected.dids = [DidRef(id: "7de7f718-4042-4d74-9fe9-863fa1777520", number: "37061498222", blocked: false, terminated: false)]
        #expect(trunk == expected)
        #expect(trunk.callbackUrl == nil)
        #expect(trunk.emergencyDids == nil, "linkage without data (not included) is unknown, not empty")
        #expect(TrunkDocuments.apiVersion(of: try Fixture.data("single_include_dids")) == "2026-04-16")
    }

    @Test("list page: meta.total_records, meta.api_version, no next link on the last page")
    func listPage() throws {
        let page = try TrunkDocuments.decodeList(Fixture.data("list"))
        #expect(page.totalRecords == 1)
        #expect(page.apiVersion == "2026-04-16")
        #expect(page.nextLink == nil)
        let trunk = try #require(page.trunks.first)
        #expect(page.trunks.count == 1)
        #expect(trunk.id == "507fa5a2-fd58-4c4d-a231-efba27f67c3a")
        #expect(trunk.name == "SDK Test twilio create")
        #expect(trunk.capacityLimit == nil)
        #expect(trunk.allowedRtpIps == nil)
        #expect(trunk.externalReferenceId == nil)
        #expect(trunk.dids == nil)
        #expect(trunk.authenticationMethod == AuthenticationMethod(
            type: .twilio, twilioAccountSid: "AC33333333333333333333333333333333"))
    }

    @Test("list page with links.next; threshold_amount and spent_amount sent as numbers")
    func listWithNextAndNumericAmounts() throws {
        let page = try TrunkDocuments.decodeList(Fixture.data("list_next_page"))
        #expect(page.nextLink == "https://api.didww.com/v3/voice_out_trunks?page%5Bnumber%5D=2&page%5Bsize%5D=2")
        #expect(page.totalRecords == 120)
        #expect(page.trunks.map(\.thresholdAmount) == ["3000.0", "250.75"])
        #expect(page.trunks.map(\.spentAmount) == ["12.0", "1.25"])
        #expect(page.trunks.map(\.capacityLimit) == [0, 1], "0 and 1 are numbers, not booleans")
        #expect(page.trunks.map(\.rtpPing) == [true, nil])
        #expect(page.trunks.map(\.rtpTimeout) == [nil, 600], "a whole 600.0 reads as 600")
    }

    @Test("threshold_amount as a string is kept exactly as sent")
    func thresholdAsString() throws {
        #expect(try Fixture.trunk("single_include_dids").thresholdAmount == "3000.0")
    }

    @Test("twilio fixture: the SID and nothing of credentials")
    func twilioFixture() throws {
        let trunk = try Fixture.trunk("twilio")
        #expect(trunk.status == .blocked)
        #expect(trunk.spentAmount == "12.5")
        #expect(trunk.authenticationMethod == AuthenticationMethod(
            type: .twilio, twilioAccountSid: "AC22222222222222222222222222222222"))
    }

    @Test("ip_only fixture: allowed SIP IPs and a null tech prefix")
    func ipOnlyFixture() throws {
        let trunk = try Fixture.trunk("ip_only")
        #expect(trunk.authenticationMethod == AuthenticationMethod(type: .ipOnly, allowedSipIps: ["203.0.113.1/32"]))
        #expect(trunk.authenticationMethod?.type.isKnown == true)
    }

    @Test("unknown extra attributes, members and meta are ignored")
    func unknownExtraAttributes() throws {
        let trunk = try Fixture.trunk("extra_attributes")
        var expected = Trunk(id: "425ce763-a3a9-49b4-af5b-ada1a65c8864")
        expected.name = "EU outbound"
        expected.status = .active
        expected.capacityLimit = 100
        expected.rtpTimeout = 30
        expected.thresholdAmount = "3000.0"
        expected.dstPrefixes = ["44", "49"]
        expected.authenticationMethod = AuthenticationMethod(
            type: .credentialsAndIp, allowedSipIps: ["203.0.113.1/32"], techPrefix: "99#",
            username: "dpjgwbbac9", password: "z0hshvbcy7")
        expected.spentAmount = "0.0"
        #expect(trunk == expected)
        #expect(TrunkDocuments.apiVersion(of: try Fixture.data("extra_attributes")) == "2026-11-19")
    }

    @Test("null in every attribute decodes to a trunk with only an id")
    func nullsEverywhere() throws {
        let trunk = try Fixture.trunk("all_nulls")
        #expect(trunk == Trunk(id: "425ce763-a3a9-49b4-af5b-ada1a65c8864"))
        #expect(trunk.status == nil)
        #expect(trunk.authenticationMethod == nil)
        #expect(TrunkDocuments.apiVersion(of: try Fixture.data("all_nulls")) == nil)
    }

    @Test("unknown enum values are kept as .unknown and labelled as unknown")
    func unknownEnumValues() throws {
        let trunk = try Fixture.trunk("unknown_status")
        let status = try #require(trunk.status)
        #expect(status == .unknown("suspended"))
        #expect(status.rawValue == "suspended")
        #expect(status.isKnown == false)
        #expect(status.label.contains("unknown"))
        #expect(status.label.contains("suspended"))
        #expect(trunk.mediaEncryptionMode == .unknown("quantum"))
        #expect(trunk.authenticationMethod?.type == .unknown("mutual_tls"))
    }

    @Test("a body that is not JSON is a DocumentError", arguments: ["<html>502 Bad Gateway</html>", "", "{\"data\":"])
    func notJSON(body: String) {
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeSingle(Data(body.utf8)) }
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeList(Data(body.utf8)) }
    }

    @Test("a document without data is an error for both readers")
    func withoutData() throws {
        let data = try Fixture.data("no_data")
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeSingle(data) }
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeList(data) }
    }

    @Test("an errors document, or a list given to the single reader, holds no trunk")
    func wrongShapes() throws {
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeSingle(Fixture.data("error_404")) }
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeSingle(Fixture.data("list")) }
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeList(Fixture.data("single_include_dids")) }
        #expect(throws: DocumentError.self) { try TrunkDocuments.decodeSingle(Data(#"{"data":null}"#.utf8)) }
    }

    @Test("regenerate-credentials body names the trunk by relationship")
    func regenerateCredentialsBody() throws {
        let body = TrunkDocuments.regenerateCredentialsBody(trunkID: "425ce763-a3a9-49b4-af5b-ada1a65c8864")
        let text = try JSONDecoder().decode(JSONValue.self, from: body).text()
        #expect(text == #"{"data":{"relationships":{"voice_out_trunk":{"data":{"id":"425ce763-a3a9-49b4-af5b-ada1a65c8864","type":"voice_out_trunks"}}},"type":"voice_out_trunk_regenerate_credentials"}}"#)
    }
}
