import Foundation
import Testing
import TrunkModel

/// What the detail pane needs from the model: the policy decision in words, long lists summarised
/// with a count, the raw JSON with secrets masked, and included DIDs with their state.
@Suite("Detail model")
struct DetailModelTests {
    static let rejectAllBut = PrefixPolicy(defaultAction: .rejectAll, prefixes: ["44", "4420", "49"])
    static let allowAll44 = PrefixPolicy(defaultAction: .allowAll, prefixes: ["44"])

    @Test("the decision names the prefix that decided, or the default", arguments: [
        (rejectAllBut, "+44 20 7946 0000", "Allowed: 442079460000 starts with 4420, an exception to Reject all"),
        (rejectAllBut, "0049301234", "Allowed: 49301234 starts with 49, an exception to Reject all"),
        (rejectAllBut, "3706149822", "Rejected: no listed prefix matches 3706149822, so the default (Reject all) applies"),
        (allowAll44, "441234", "Rejected: 441234 starts with 44, an exception to Allow all"),
        (allowAll44, "1555", "Allowed: no listed prefix matches 1555, so the default (Allow all) applies"),
        (PrefixPolicy(defaultAction: .allowAll, prefixes: []), "1555", "Allowed: no prefixes are listed, so the default (Allow all) applies"),
    ])
    func explanation(policy: PrefixPolicy, dialled: String, words: String) throws {
        let decision = try #require(policy.decide(dialled))
        #expect(policy.explanation(of: decision) == words)
    }

    @Test func longListsAreSummarisedWithACount() {
        let many = PrefixPolicy(defaultAction: .rejectAll, prefixes: (0..<300).map { String(100 + $0) })
        #expect(many.summary(naming: 3) == "Rejects every destination except 100, 101, 102 and 297 more (300 prefixes)")
        #expect(Self.rejectAllBut.summary(naming: 10) == "Rejects every destination except 44, 4420, 49")
        #expect(Self.allowAll44.summary(naming: 10) == "Allows every destination except 44")
        #expect(PrefixPolicy(defaultAction: .rejectAll, prefixes: []).summary(naming: 10) == "Rejects every destination")
    }

    @Test func rawJSONMasksThePasswordAndTheTwilioSIDUnlessRevealed() throws {
        let document = Data(#"""
        {"data":{"id":"t1","type":"voice_out_trunks","attributes":{"name":"A",
          "authentication_method":{"type":"credentials_and_ip","attributes":{"username":"u1","password":"p4ss-w0rd","tech_prefix":null}}}},
         "included":[{"id":"d1","type":"dids","attributes":{"number":"4420"}}],
         "other":{"twilio_account_sid":"AC33333333333333333333333333333333","password":null}}
        """#.utf8)
        let masked = try #require(TrunkJSONText.lines(of: document, revealSecrets: false)).joined(separator: "\n")
        #expect(!masked.contains("p4ss-w0rd") && !masked.contains("AC3333"))
        #expect(masked.contains(#""password" : "••••••••""#))
        #expect(masked.contains(#""twilio_account_sid" : "••••••••""#))
        #expect(masked.contains(#""password" : null"#), "a null secret stays null: nothing is hidden there")
        #expect(masked.contains(#""username" : "u1""#))
        let shown = try #require(TrunkJSONText.lines(of: document, revealSecrets: true)).joined(separator: "\n")
        #expect(shown.contains(#""password" : "p4ss-w0rd""#))
        #expect(TrunkJSONText.lines(of: Data("not json".utf8), revealSecrets: false) == nil)
    }

    @Test func includedDIDsCarryNumberStateAndDescription() throws {
        let document = Data(#"""
        {"data":{"id":"t1","type":"voice_out_trunks","attributes":{"name":"A"},
          "relationships":{"dids":{"data":[{"type":"dids","id":"d1"},{"type":"dids","id":"d2"}]},
                           "emergency_dids":{"data":[{"type":"dids","id":"d3"}]}}},
         "included":[
          {"id":"d1","type":"dids","attributes":{"number":"37061498222","blocked":true,"terminated":false,"description":"Vilnius desk"}},
          {"id":"d2","type":"dids","attributes":{"number":"4420","blocked":false,"terminated":true,"description":null}}]}
        """#.utf8)
        let trunk = try TrunkDocuments.decodeSingle(document)
        #expect(trunk.dids == [
            DidRef(id: "d1", number: "37061498222", blocked: true, terminated: false, note: "Vilnius desk"),
            DidRef(id: "d2", number: "4420", blocked: false, terminated: true),
        ])
        #expect(trunk.emergencyDids == [DidRef(id: "d3")], "a DID missing from included keeps its id")
    }
}
