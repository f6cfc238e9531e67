import Foundation
import Testing
import TrunkModel

/// A value of the wrong type is neither shown as something else ("unlimited", "—") nor lost:
/// the field reads "unreadable value (…)" with what was there, and absent or null stays what
/// null means.
@Suite struct UnreadableValueTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var attribute: String
        var json: String
        var field: FieldKey
        var shown: String
        var testDescription: String { "\(attribute): \(json) → \(shown)" }
    }

    static let rows: [Row] = [
        Row(attribute: "capacity_limit", json: #""100""#, field: .capacityLimit, shown: #"unreadable value ("100", a text)"#),
        Row(attribute: "capacity_limit", json: "30.5", field: .capacityLimit, shown: "unreadable value (30.5, a number)"),
        Row(attribute: "capacity_limit", json: "9223372036854775808", field: .capacityLimit, shown: "unreadable value (a number too large)"),
        Row(attribute: "capacity_limit", json: "1e400", field: .capacityLimit, shown: "unreadable value (a number out of range)"),
        Row(attribute: "capacity_limit", json: "null", field: .capacityLimit, shown: "unlimited"),
        Row(attribute: "capacity_limit", json: "30.0", field: .capacityLimit, shown: "30"),
        Row(attribute: "capacity_limit", json: #""\u001b[2J\u0007""#, field: .capacityLimit,
            shown: #"unreadable value ("\u{1b}[2J\u{7}", a text)"#),
        Row(attribute: "capacity_limit", json: #""\u202e0001""#, field: .capacityLimit,
            shown: #"unreadable value ("\u{202e}0001", a text)"#),
        Row(attribute: "rtp_timeout", json: #""a very long text that goes on and on""#, field: .rtpTimeout,
            shown: #"unreadable value ("a very long text that go…", a text)"#),
        Row(attribute: "rtp_ping", json: #""true""#, field: .rtpPing, shown: #"unreadable value ("true", a text)"#),
        Row(attribute: "rtp_ping", json: "1", field: .rtpPing, shown: "unreadable value (1, a number)"),
        Row(attribute: "threshold_amount", json: "true", field: .thresholdAmount, shown: "unreadable value (true, a yes/no value)"),
        Row(attribute: "threshold_amount", json: "200", field: .thresholdAmount, shown: "200.0"),
        Row(attribute: "dst_prefixes", json: #""44""#, field: .dstPrefixes, shown: #"unreadable value ("44", a text)"#),
        Row(attribute: "dst_prefixes", json: #"["44", 1, null, "49"]"#, field: .dstPrefixes, shown: "44, 49"),
        Row(attribute: "allowed_rtp_ips", json: #"{"ip":"192.0.2.1"}"#, field: .allowedRtpIps, shown: "unreadable value (an object)"),
        Row(attribute: "callback_url", json: #"["https://example.com"]"#, field: .callbackUrl, shown: "unreadable value (a list of 1)"),
        Row(attribute: "status", json: "5", field: .status, shown: "unreadable value (5, a number)"),
        Row(attribute: "name", json: "42", field: .name, shown: "unreadable value (42, a number)"),
        Row(attribute: "authentication_method", json: #""ip_only""#, field: .authType, shown: #"unreadable value ("ip_only", a text)"#),
        Row(attribute: "authentication_method", json: #"{"attributes":{}}"#, field: .authType, shown: "unreadable value (an object)"),
        Row(attribute: "authentication_method", json: #"{"type":"credentials_and_ip","attributes":{"tech_prefix":12}}"#,
            field: .techPrefix, shown: "unreadable value (12, a number)"),
        Row(attribute: "authentication_method", json: #"{"type":"credentials_and_ip","attributes":{"password":12345678}}"#,
            field: .password, shown: "unreadable value (a number)"),
        Row(attribute: "authentication_method", json: #"{"type":"twilio","attributes":{"twilio_account_sid":["AC1"]}}"#,
            field: .twilioAccountSid, shown: "unreadable value (a list of 1)"),
    ]

    @Test(arguments: rows)
    func aValueOfTheWrongTypeSaysWhatWasThere(row: Row) throws {
        let kept = row.attribute == "name" ? "" : #""name":"Kept","#
        let body = #"{"data":[{"id":"t1","type":"voice_out_trunks","attributes":{\#(kept)"\#(row.attribute)":\#(row.json)}}]}"#
        let trunk = try #require(try TrunkDocuments.decodeList(Data(body.utf8)).trunks.first)
        #expect(trunk.value(row.field).display(for: FieldTable.field(row.field)) == row.shown)
        if row.attribute != "name" { #expect(trunk.name == "Kept") }
    }

    @Test func anAbsentFieldIsNotUnreadable() throws {
        let body = #"{"data":{"id":"t1","type":"voice_out_trunks","attributes":{"name":"Only a name","surprise":{"new":1}}}}"#
        let trunk = try TrunkDocuments.decodeSingle(Data(body.utf8))
        #expect(trunk.unreadable.isEmpty, "absent, and unknown attributes, are not unreadable")
        #expect(trunk.value(.capacityLimit).display(for: FieldTable.field(.capacityLimit)) == "unlimited")
    }

    /// Raw bytes 0xC3 0x28 inside a JSON string: Foundation's `JSONDecoder` on Linux refuses that
    /// one string (`JSONSerialization` refuses the whole document); the rest of the page reads.
    @Test func invalidUTF8InATextIsUnreadableAndTheRestOfThePageReads() throws {
        var body = Data(#"{"data":[{"id":"t1","type":"voice_out_trunks","attributes":{"name":"Berlin "#.utf8)
        body.append(contentsOf: [0xC3, 0x28])
        body.append(Data(#"","capacity_limit":5,"dst_prefixes":["49","#.utf8))
        body.append(contentsOf: [0x22, 0xC3, 0x28, 0x22])
        body.append(Data(#"]}},{"id":"t2","attributes":{"name":"Clean"}}],"meta":{"total_records":2}}"#.utf8))
        let page = try TrunkDocuments.decodeList(body)
        #expect(page.trunks.map(\.id) == ["t1", "t2"])
        let trunk = page.trunks[0]
        #expect(trunk.value(.name).display(for: FieldTable.field(.name)) == "unreadable value (text that is not valid UTF-8)")
        #expect(trunk.value(.dstPrefixes).display(for: FieldTable.field(.dstPrefixes)) == "unreadable value (a list with an unreadable item)")
        #expect(trunk.capacityLimit == 5)
        #expect(page.trunks[1].name == "Clean")
        #expect(page.totalRecords == 2)
    }
}
