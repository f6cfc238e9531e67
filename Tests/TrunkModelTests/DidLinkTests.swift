import Foundation
import Testing
import TrunkModel

/// The `dids` and `emergency_dids` relationship sets: diff, PATCH/POST bodies, validation, the DID list.
@Suite("DID links")
struct DidLinkTests {
    static let linked = DidRef(id: "7de7f718-4042-4d74-9fe9-863fa1777520", number: "37061498222")
    static let other = DidRef(id: "eeda315a-f016-4945-a3a9-bafc24302cdd", number: "4930123456")
    static let third = DidRef(id: "0b9a6a51-3f0f-4a39-9f5c-8d0f3b0f2b11", number: "442071234567")

    /// The reference trunk: `dids` = [linked], `emergency_dids` not included; both switches off.
    func original() throws -> Trunk {
        var trunk = try Fixture.trunk("single_include_dids")
        trunk.emergencyDids = []
        return trunk
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var dids: [DidRef]?
        var emergency: [DidRef]?
        /// The expected `data.relationships` text, nil when nothing is sent.
        var relationships: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unchanged sets send nothing", dids: [linked], emergency: [], relationships: nil),
        Case(name: "the same DID without its number sends nothing",
             dids: [DidRef(id: linked.id)], emergency: nil, relationships: nil),
        Case(name: "a DID added: the whole set", dids: [linked, other], emergency: nil,
             relationships: #"{"dids":{"data":[{"id":"7de7f718-4042-4d74-9fe9-863fa1777520","type":"dids"},{"id":"eeda315a-f016-4945-a3a9-bafc24302cdd","type":"dids"}]}}"#),
        Case(name: "the only DID removed: an empty linkage clears it", dids: [], emergency: nil,
             relationships: #"{"dids":{"data":[]}}"#),
        Case(name: "one replaced by another", dids: [other], emergency: nil,
             relationships: #"{"dids":{"data":[{"id":"eeda315a-f016-4945-a3a9-bafc24302cdd","type":"dids"}]}}"#),
        Case(name: "emergency DIDs only", dids: nil, emergency: [third],
             relationships: #"{"emergency_dids":{"data":[{"id":"0b9a6a51-3f0f-4a39-9f5c-8d0f3b0f2b11","type":"dids"}]}}"#),
        Case(name: "both sets", dids: [], emergency: [other, third],
             relationships: #"{"dids":{"data":[]},"emergency_dids":{"data":[{"id":"eeda315a-f016-4945-a3a9-bafc24302cdd","type":"dids"},{"id":"0b9a6a51-3f0f-4a39-9f5c-8d0f3b0f2b11","type":"dids"}]}}"#),
    ]

    @Test("PATCH carries data.relationships only for a changed set, the whole set", arguments: cases)
    func patch(_ example: Case) throws {
        let original = try original()
        var draft = original
        if let dids = example.dids { draft.set(.dids, .dids(dids)) }
        if let emergency = example.emergency { draft.set(.emergencyDids, .dids(emergency)) }
        let document = DraftDiff(original: original, draft: draft).patchDocument()
        guard let relationships = example.relationships else {
            #expect(document == nil)
            return
        }
        let text = try #require(document).text()
        #expect(text == #"{"data":{"id":"425ce763-a3a9-49b4-af5b-ada1a65c8864","relationships":"# + relationships + #","type":"voice_out_trunks"}}"#)
    }

    @Test("added and removed DIDs are named by the draft's and the original's refs")
    func addedRemoved() throws {
        let original = try original()
        let diff = DraftDiff(original: original, draft: original.setting(.dids, .dids([Self.other, Self.third])))
        let change = diff.didChanges(.dids)
        #expect(change.added.map(\.shownNumber) == ["+4930123456", "+442071234567"])
        #expect(change.removed.map(\.shownNumber) == ["+37061498222"])
        #expect(diff.didChanges(.emergencyDids).added.isEmpty && diff.didChanges(.emergencyDids).removed.isEmpty)
    }

    @Test("a new trunk sends linked DIDs as relationships; none linked, no relationships")
    func create() {
        let base = NewTrunk.serverDefaults().setting(.name, .text("EU")).setting(.authType, .text("twilio"))
            .setting(.twilioAccountSid, .text("AC33333333333333333333333333333333"))
        let plain = DraftDiff(original: NewTrunk.serverDefaults(), draft: base.setting(.dids, .dids([]))).createDocument()
        #expect(plain["data"]?["relationships"] == nil)
        let linked = DraftDiff(original: NewTrunk.serverDefaults(), draft: base.setting(.emergencyDids, .dids([Self.other])))
        #expect(linked.createDocument()["data"]?["relationships"]?.text() == #"{"emergency_dids":{"data":[{"id":"eeda315a-f016-4945-a3a9-bafc24302cdd","type":"dids"}]}}"#)
    }

    struct Rule: Sendable, CustomTestStringConvertible {
        var name: String
        var key: FieldKey
        var everyDid: Bool
        var refs: [DidRef]
        var expected: [FieldIssue]
        var testDescription: String { name }
    }

    static let rules: [Rule] = [
        Rule(name: "CLI DIDs with Allow any DID as CLI off: fine", key: .dids, everyDid: false, refs: [linked], expected: []),
        Rule(name: "CLI DIDs while Allow any DID as CLI is on: an error with the reason", key: .dids, everyDid: true, refs: [linked, other],
             expected: [.error("no DID can be assigned while Allow any DID as CLI is on (every eligible DID may be the caller ID); remove the 2 listed or turn Allow any DID as CLI off")]),
        Rule(name: "no CLI DIDs while Allow any DID as CLI is on: fine", key: .dids, everyDid: true, refs: [], expected: []),
        Rule(name: "emergency DIDs while Enable all eligible DIDs is on: an error with the reason", key: .emergencyDids, everyDid: true, refs: [third],
             expected: [.error("no DID can be assigned while Enable all eligible DIDs is on (every eligible DID may place emergency calls); remove the 1 listed or turn Enable all eligible DIDs off")]),
        Rule(name: "emergency DIDs with the switch off: fine", key: .emergencyDids, everyDid: false, refs: [third, other], expected: []),
        Rule(name: "a DID twice: an error naming its number", key: .dids, everyDid: false, refs: [other, linked, other],
             expected: [.error("listed twice: +4930123456")]),
        Rule(name: "a blocked and a terminated DID: a warning", key: .emergencyDids, everyDid: false,
             refs: [DidRef(id: "a", number: "4420", blocked: true), DidRef(id: "b", number: "4421", terminated: true)],
             expected: [.warning("+4420 is blocked, +4421 is terminated")]),
    ]

    @Test("validation of the sets against the every-DID switches", arguments: rules)
    func validation(_ rule: Rule) throws {
        let flag: FieldKey = rule.key == .dids ? .allowAnyDidAsCli : .emergencyEnableAll
        let draft = try original().setting(flag, .bool(rule.everyDid)).setting(rule.key, .dids(rule.refs))
        #expect(TrunkValidator().issues(rule.key, in: draft) == rule.expected)
        #expect(TrunkValidator().hasErrors(draft) == rule.expected.contains { $0.severity == .error })
    }

    @Test("a set that was never read (nil) has no issues and is not a change")
    func unknownSet() throws {
        let trunk = try original().setting(.allowAnyDidAsCli, .bool(true)).setting(.emergencyDids, .null)
        #expect(TrunkValidator().issues(.emergencyDids, in: trunk).isEmpty)
        #expect(DraftDiff(original: trunk, draft: trunk).changes.isEmpty)
    }

    @Test("DIDs are never typed as text: the field says how they are chosen")
    func notParsed() {
        #expect(TrunkValidator().parse("4930", for: .dids) == .failure(.error("CLI DIDs are picked by number from the account's DIDs")))
    }

    @Test("GET /v3/dids decodes numbers and states; other types are skipped")
    func decodeList() throws {
        let text = #"""
        {"data":[{"id":"d1","type":"dids","attributes":{"number":"37061498222","blocked":false,"terminated":false,"description":"Vilnius"}},
                 {"id":"d2","type":"dids","attributes":{"number":"4930123456","blocked":true,"terminated":false,"description":null}},
                 {"id":"x","type":"orders","attributes":{}}],
         "meta":{"total_records":120,"api_version":"2026-04-16"},
         "links":{"next":"https://api.didww.com/v3/dids?page%5Bnumber%5D=2&page%5Bsize%5D=100"}}
        """#
        let page = try DidDocuments.decodeList(Data(text.utf8))
        #expect(page.dids == [DidRef(id: "d1", number: "37061498222", blocked: false, terminated: false, note: "Vilnius"),
                              DidRef(id: "d2", number: "4930123456", blocked: true, terminated: false)])
        #expect(page.totalRecords == 120 && page.nextLink != nil)
        #expect(throws: DocumentError.self) { try DidDocuments.decodeList(Data(#"{"errors":[]}"#.utf8)) }
    }

    @Test("numbers match typed digits anywhere, ignoring + and spaces", arguments: [
        ("+49 30", true), ("0123", true), ("4930123456", true), ("4931", false), ("", true),
    ])
    func numberMatch(typed: String, matches: Bool) {
        #expect(Self.other.numberContains(typed) == matches)
    }
}
