import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Values the server sent with the wrong type read "unreadable value (…)" in the list, the
/// detail and the form, and no save sends them unless the user sets the field.
@Suite struct UnreadableFieldTests {
    /// A trunk whose name holds the raw bytes 0xC3 0x28 and whose capacity, RTP ping, prefixes
    /// and tech prefix have the wrong JSON types.
    static func oddTrunk() throws -> Trunk {
        var body = Data(#"{"data":{"id":"t1","type":"voice_out_trunks","attributes":{"name":"Berlin "#.utf8)
        body.append(contentsOf: [0xC3, 0x28])
        body.append(Data(#"","status":"active","capacity_limit":"100","rtp_ping":"yes","dst_prefixes":"44","rtp_timeout":30,"#.utf8))
        body.append(Data(#""threshold_amount":"3000.0","allowed_rtp_ips":["203.0.113.0/24"],"#.utf8))
        body.append(Data(#""authentication_method":{"type":"credentials_and_ip","attributes":{"allowed_sip_ips":["192.0.2.1"],"tech_prefix":12}}}}}"#.utf8))
        return try TrunkDocuments.decodeSingle(body)
    }

    static let capacity = #"unreadable value ("100", a text)"#

    func editing() throws -> AppState {
        var state = UIFixtures.state(with: [try Self.oddTrunk()])
        _ = state.press([.char("e")])
        return state
    }

    @Test func theListShowsWhatIsUnreadable() throws {
        let state = UIFixtures.state(with: [try Self.oddTrunk()])
        let screen = Screen.render(state, rows: 24, columns: 200).plainText()
        #expect(screen.contains("unreadable value (text that is not valid UTF-8)"))
        #expect(!screen.contains("unlimited"), "the capacity is not shown as unlimited")
    }

    @Test func theDetailShowsEachUnreadableValueAndSaysSoFirst() throws {
        var state = UIFixtures.state(with: [try Self.oddTrunk()])
        _ = state.press([.enter])
        _ = state.deliverRead(try Self.oddTrunk())
        let screen = Screen.render(state, rows: 80, columns: 200).plainText()
        for shown in [Self.capacity, #"unreadable value ("yes", a text)"#, #"unreadable value ("44", a text)"#,
                      "unreadable value (12, a number)", "unreadable value (text that is not valid UTF-8)"] {
            #expect(screen.contains(shown), "\(shown)")
        }
        #expect(screen.contains("Unreadable from the server:"))
        #expect(TrunkHealth.findings(try Self.oddTrunk()).first?.text
                == "Unreadable from the server: Name, Tech prefix, RTP ping, Capacity limit, Destination prefixes; shown as sent, not saved back unless set")
        #expect(!screen.contains("\u{1b}"))
    }

    @Test func theFormWarnsAndEditingStartsFromEmptyAndKeepsTheWarning() throws {
        var state = try editing()
        let warning = FieldIssue.warning("the server sent \(Self.capacity); it is left as it is unless you set a value")
        #expect(state.form?.issues(.capacityLimit, validator: state.validator) == [warning])
        #expect(Screen.render(state, rows: 60, columns: 160).plainText().contains("Capacity limit              \(Self.capacity)"))
        try state.focusField(.capacityLimit)
        _ = state.press([.enter])
        #expect(state.form?.editor == .text(.capacityLimit, TextInput("")))
        #expect(state.form?.issues(.capacityLimit, validator: state.validator) == [warning], "the warning stays while editing")
        #expect(Screen.render(state, rows: 60, columns: 160).plainText().contains("⚠ the server sent unreadable value"))
        _ = state.press([.escape])
        #expect(state.form?.draft.value(.capacityLimit).isUnreadable == true)
        #expect(state.form?.isDirty == false)
        _ = state.press([.ctrl("s")])
        #expect(state.review == nil && state.message?.text.hasPrefix("Nothing to save") == true)
    }

    @Test func aSaveOfAnotherFieldLeavesTheUnreadableOnesOut() throws {
        var state = try editing()
        try state.focusField(.name)
        _ = state.press([.enter])
        _ = state.type("Berlin")
        _ = state.press([.enter])
        try state.focusField(.dstPrefixes)
        _ = state.press([.enter])
        #expect(Screen.render(state, rows: 40, columns: 160).plainText().contains(#"the server sent unreadable value ("44", a text)"#))
        _ = state.press([.escape])
        #expect(state.form?.draft.value(.dstPrefixes).isUnreadable == true, "opening and leaving the list editor sets nothing")
        _ = state.press([.ctrl("s")])
        let review = try #require(state.review)
        #expect(review.body["data"]?["attributes"]?.text() == #"{"name":"Berlin"}"#)
    }

    @Test func settingTheFieldSendsIt() throws {
        var state = try editing()
        try state.focusField(.capacityLimit)
        _ = state.press([.enter])
        _ = state.type("20")
        _ = state.press([.enter])
        try state.focusField(.rtpPing)
        #expect(Screen.render(state, rows: 60, columns: 160).plainText().contains(#"[?] unreadable value ("yes", a text)"#))
        _ = state.press([.char(" ")])
        #expect(state.form?.issues(.capacityLimit, validator: state.validator) == [.warning("replaces the server's \(Self.capacity)")])
        _ = state.press([.ctrl("s")])
        let review = try #require(state.review)
        #expect(review.body["data"]?["attributes"]?.text() == #"{"capacity_limit":20,"rtp_ping":true}"#)
    }

    @Test func anUnreadablePartOfTheMethodBlocksAWholeMethodSave() throws {
        var state = try editing()
        try state.focusField(.allowedSipIps)
        _ = state.press([.enter])
        _ = state.type("192.0.2.9")
        _ = state.press([.enter, .escape, .ctrl("s")])
        #expect(state.review == nil)
        #expect(state.message?.text == "Fix Tech prefix first: the server sent unreadable value (12, a number), and the authentication method is saved whole: set a value")
        try state.focusField(.techPrefix)
        _ = state.press([.enter])
        _ = state.type("99")
        _ = state.press([.enter, .ctrl("s")])
        let review = try #require(state.review)
        #expect(review.body["data"]?["attributes"]?.text()
                == #"{"authentication_method":{"attributes":{"allowed_sip_ips":["192.0.2.1","192.0.2.9"],"tech_prefix":"99"},"type":"credentials_and_ip"}}"#)
    }
}
