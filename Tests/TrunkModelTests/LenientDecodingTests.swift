import Foundation
import Testing
@testable import TrunkModel

/// A server that sends an attribute in an unexpected shape must not break the list: the value
/// is read where it can be (a whole double as an integer, an amount as a number), otherwise it
/// is nil, and the rest of the trunk is kept.
@Suite struct LenientDecodingTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var attribute: String
        var json: String
        var read: @Sendable (Trunk) -> String?
        var expected: String?
        var testDescription: String { "\(attribute): \(json) → \(expected ?? "nil")" }
    }

    static let rows: [Row] = [
        Row(attribute: "capacity_limit", json: "30", read: { $0.capacityLimit.map(String.init) }, expected: "30"),
        Row(attribute: "capacity_limit", json: "30.0", read: { $0.capacityLimit.map(String.init) }, expected: "30"),
        Row(attribute: "capacity_limit", json: "30.5", read: { $0.capacityLimit.map(String.init) }, expected: nil),
        Row(attribute: "capacity_limit", json: "\"30\"", read: { $0.capacityLimit.map(String.init) }, expected: nil),
        Row(attribute: "threshold_amount", json: "\"200.0\"", read: { $0.thresholdAmount }, expected: "200.0"),
        Row(attribute: "threshold_amount", json: "200", read: { $0.thresholdAmount }, expected: "200.0"),
        Row(attribute: "threshold_amount", json: "12.5", read: { $0.thresholdAmount }, expected: "12.5"),
        Row(attribute: "threshold_amount", json: "true", read: { $0.thresholdAmount }, expected: nil),
        Row(attribute: "dst_prefixes", json: "[\"44\", 1, null, \"49\"]", read: { $0.dstPrefixes?.joined(separator: ",") }, expected: "44,49"),
        Row(attribute: "dst_prefixes", json: "\"44\"", read: { $0.dstPrefixes?.joined(separator: ",") }, expected: nil),
        Row(attribute: "rtp_ping", json: "1", read: { $0.rtpPing.map(String.init) }, expected: nil),
        Row(attribute: "name", json: "42", read: { $0.name }, expected: nil),
        Row(attribute: "authentication_method", json: "{\"attributes\":{}}", read: { $0.authenticationMethod.map { "\($0.type)" } }, expected: nil),
        Row(attribute: "authentication_method", json: "\"ip_only\"", read: { $0.authenticationMethod.map { "\($0.type)" } }, expected: nil),
    ]

    @Test(arguments: rows)
    func oddShapesAreReadOrLeftNil(row: Row) throws {
        let kept = row.attribute == "name" ? "" : #""name":"Kept","#
        let body = #"{"data":[{"id":"t1","type":"voice_out_trunks","attributes":{\#(kept)"\#(row.attribute)":\#(row.json)}}]}"#
        let page = try TrunkDocuments.decodeList(Data(body.utf8))
        let trunk = try #require(page.trunks.first)
        #expect(row.read(trunk) == row.expected)
        if row.attribute != "name" { #expect(trunk.name == "Kept") }
    }

    @Test func itemsWithoutAnIdOrNotObjectsAreSkippedAndNumericIdsKept() throws {
        let body = #"{"data":[{"type":"voice_out_trunks","attributes":{"name":"no id"}},7,null,{"id":12,"attributes":{"name":"numeric"}},{"id":"b","attributes":"odd"}],"meta":{"total_records":"3"}}"#
        let page = try TrunkDocuments.decodeList(Data(body.utf8))
        #expect(page.trunks.map(\.id) == ["12", "b"])
        #expect(page.trunks.first?.name == "numeric")
        #expect(page.totalRecords == nil)
    }

    @Test func linkageResolvesIncludedDidsAndIgnoresOtherIncludedTypes() throws {
        let body = #"""
        {"data":{"id":"t1","relationships":{"dids":{"data":[{"type":"dids","id":"d1"},{"type":"dids","id":"d2"}]},
          "emergency_dids":{"links":{"related":"x"}}}},
         "included":[{"type":"dids","id":"d1","attributes":{"number":"4930123","blocked":true}},
                     {"type":"other","id":"d2","attributes":{"number":"999"}}, 5]}
        """#
        let trunk = try TrunkDocuments.decodeSingle(Data(body.utf8))
        #expect(trunk.dids == [DidRef(id: "d1", number: "4930123", blocked: true), DidRef(id: "d2")])
        #expect(trunk.emergencyDids == nil)
    }
}

/// List requests ask only for `TrunkDocuments.attributeNames`; an attribute missing from it
/// would be blank in the list, its search and its filters.
@Suite struct ListFieldsetTests {
    @Test func theListFieldsetNamesEveryAttributeOfAFullTrunk() throws {
        for fixture in ["single_include_dids", "twilio", "ip_only"] {
            let document = try JSONDecoder().decode(JSONValue.self, from: Fixture.data(fixture))
            guard case .object(let attributes)? = document["data"]?["attributes"] else {
                Issue.record("\(fixture) has no attributes")
                continue
            }
            #expect(Set(attributes.keys).subtracting(TrunkDocuments.attributeNames).isEmpty, "\(fixture)")
        }
        #expect(Set(TrunkDocuments.attributeNames).count == TrunkDocuments.attributeNames.count)
    }
}
