import Foundation
import Testing
import TrunkModel

/// A value the server sent unreadable is never "fixed" behind the user's back: the sparse PATCH
/// leaves it out unless the user set the field, and a clone starts it from the server's default.
@Suite struct UnreadablePatchTests {
    static let id = "t1"

    /// A trunk as read from a document whose attributes are `attributes` (JSON text).
    static func trunk(_ attributes: String) throws -> Trunk {
        let body = #"{"data":{"id":"\#(id)","type":"voice_out_trunks","attributes":\#(attributes)}}"#
        return try TrunkDocuments.decodeSingle(Data(body.utf8))
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var what: String
        var attributes: String
        var edit: @Sendable (Trunk) -> Trunk
        /// The PATCH's `attributes` member as JSON text; nil when nothing is sent.
        var sent: String?
        var testDescription: String { what }
    }

    static let rows: [Row] = [
        Row(what: "nothing edited: nothing sent",
            attributes: #"{"name":"A","capacity_limit":"100"}"#, edit: { $0 }, sent: nil),
        Row(what: "another field edited: the unreadable one stays out",
            attributes: #"{"name":"A","capacity_limit":"100","rtp_ping":"yes"}"#,
            edit: { $0.setting(.name, .text("B")) }, sent: #"{"name":"B"}"#),
        Row(what: "the field set by the user: sent",
            attributes: #"{"name":"A","capacity_limit":"100"}"#,
            edit: { $0.setting(.capacityLimit, .integer(20)) }, sent: #"{"capacity_limit":20}"#),
        Row(what: "the field set to empty (unlimited) by the user: sent as null",
            attributes: #"{"name":"A","capacity_limit":"100"}"#,
            edit: { $0.setting(.capacityLimit, .null) }, sent: #"{"capacity_limit":null}"#),
        Row(what: "set, then put back as it was read: nothing sent",
            attributes: #"{"name":"A","capacity_limit":"100"}"#,
            edit: { $0.setting(.capacityLimit, .integer(20)).setting(.capacityLimit, $0.value(.capacityLimit)) }, sent: nil),
        Row(what: "an unreadable list stays out when another list is edited",
            attributes: #"{"name":"A","dst_prefixes":"44","allowed_rtp_ips":["192.0.2.1"]}"#,
            edit: { $0.setting(.allowedRtpIps, .list(["192.0.2.2"])) }, sent: #"{"allowed_rtp_ips":["192.0.2.2"]}"#),
        Row(what: "an unreadable member of the method is left out of the method sent whole",
            attributes: #"{"name":"A","authentication_method":{"type":"credentials_and_ip","attributes":{"allowed_sip_ips":["192.0.2.1"],"tech_prefix":12}}}"#,
            edit: { $0.setting(.allowedSipIps, .list(["192.0.2.9"])) },
            sent: #"{"authentication_method":{"attributes":{"allowed_sip_ips":["192.0.2.9"]},"type":"credentials_and_ip"}}"#),
    ]

    @Test(arguments: rows)
    func theSparsePatchSendsOnlyWhatTheUserSet(row: Row) throws {
        let original = try Self.trunk(row.attributes)
        let patch = DraftDiff(original: original, draft: row.edit(original)).patchDocument()
        #expect(patch?["data"]?["attributes"]?.text() == row.sent)
    }

    @Test func aChangeFromAnUnreadableValueShowsWhatWasThere() throws {
        let original = try Self.trunk(#"{"name":"A","capacity_limit":"100"}"#)
        let changes = DraftDiff(original: original, draft: original.setting(.capacityLimit, .integer(20))).changes
        #expect(changes.map { "\($0.old.display(for: $0.field)) → \($0.new.display(for: $0.field))" }
                == [#"unreadable value ("100", a text) → 20"#])
    }

    @Test func editingStartsFromEmpty() throws {
        let original = try Self.trunk(#"{"name":"A","capacity_limit":"100"}"#)
        #expect(original.value(.capacityLimit).editText == "")
        #expect(original.capacityLimit == nil && original.value(.capacityLimit).isUnreadable)
    }

    @Test func aCloneStartsAnUnreadableValueFromTheServersDefault() throws {
        let source = try Self.trunk(#"{"name":"A","capacity_limit":"100","rtp_timeout":"sixty","authentication_method":{"type":"credentials_and_ip","attributes":{"tech_prefix":12}}}"#)
        let clone = NewTrunk.clone(of: source).setting(.name, .text("Copy"))
        #expect(clone.unreadable.isEmpty)
        #expect(clone.rtpTimeout == NewTrunk.serverDefaults().rtpTimeout)
        let body = DraftDiff(original: NewTrunk.serverDefaults(), draft: clone).createDocument().text()
        #expect(!body.contains("capacity_limit") && !body.contains("rtp_timeout") && !body.contains("12"))
    }
}
