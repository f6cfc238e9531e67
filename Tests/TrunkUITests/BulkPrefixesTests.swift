import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `p` with trunks marked: add, remove or replace destination prefixes on every marked trunk,
/// the prefixes checked as they are typed, each trunk's own change laid on its own list, one
/// review grouped by identical change, and the same sending as `b`.
@Suite struct BulkPrefixesTests {
    /// acme-fra-1 (44, 49), acme-fra-2 (44, 49, 4420) and beta-ber-1 (49) marked.
    static func threeMarked() -> AppState {
        var state = MarkTests.sixLoaded()
        state.trunks[1].dstPrefixes = ["44", "49", "4420"]
        state.trunks[2].dstPrefixes = ["49"]
        _ = state.press([.char(" "), .char(" "), .char(" ")])
        return state
    }

    @Test func pWithMarksAsksWhichChangeThenTakesThePrefixesCheckedAsTyped() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("p")])
        #expect(state.bulkChange?.phase == .choosing)
        #expect(state.form == nil, "p with marks does not open the selected trunk's form")
        #expect(BulkChangeText.lines(try #require(state.bulkChange), width: 70).map(\.0).contains("   r  remove prefixes from each list"))
        _ = state.press([.char("r")])
        #expect(state.keyContext == .bulkPrefixes)
        _ = state.type("44 +33")
        let bulk = try #require(state.bulkChange)
        #expect(state.bulkPrefixIssues(bulk) == ["+33: a prefix is digits only, without + or 00"])
        #expect(BulkChangeText.lines(bulk, width: 70, issues: state.bulkPrefixIssues(bulk)).map(\.0)
            .contains("   ✗ +33: a prefix is digits only, without + or 00"))
        _ = state.press([.enter])
        #expect(state.bulkChange?.phase == .entering, "an invalid prefix is never reviewed")
        #expect(state.message?.text == "+33: a prefix is digits only, without + or 00")
        _ = state.press([.backspace, .backspace, .backspace, .backspace])
        _ = state.press([.enter])
        let review = try #require(state.bulkChange)
        #expect(review.phase == .reviewing)
        #expect(review.change?.edit == .prefixes(PrefixEdit(.remove, ["44"])))
        let text = BulkChangeText.lines(review, width: 90).map(\.0)
        #expect(Array(text.prefix(7)) == [
            " 3 trunks, 2 change, 1 already so (no request)",
            "",
            " 2 trunks: prefixes − 44",
            "     acme-fra-1  (2 → 1 prefixes)",
            "     acme-fra-2  (3 → 2 prefixes)",
            " 1 trunk: already so (no request)",
            "     beta-ber-1",
        ], "trunks losing the same prefix are one group, each with its own list's length")
        #expect(review.confirmText == nil, "removing prefixes from three trunks needs no typed word")
    }

    @Test func eachTrunkKeepsItsOtherPrefixesAndTheBodyCarriesOnlyTheList() throws {
        let change = BulkChange(Self.threeMarked().markedTrunks, .prefixes(PrefixEdit(.add, ["33", "49"])))
        #expect(change.items.map(\.changes) == [true, true, true])
        let bodies = change.items.map { change.body(of: $0) }
        let lists = bodies.map { body -> [String] in
            guard case .object(let doc)? = body, case .object(let data)? = doc["data"], case .object(let attributes)? = data["attributes"],
                  case .array(let items)? = attributes["dst_prefixes"] else { return [] }
            #expect(attributes.keys.sorted() == ["dst_prefixes"], "only the prefixes are sent")
            return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        #expect(lists == [["44", "49", "33"], ["44", "49", "4420", "33"], ["49", "33"]])
    }

    @Test(arguments: [
        (PrefixEdit(.add, ["44"]), [false, false, true]),
        (PrefixEdit(.remove, ["4420"]), [false, true, false]),
        (PrefixEdit(.replace, ["49"]), [true, true, false]),
        (PrefixEdit(.replace, ["49", "49"]), [true, true, false]),
    ])
    func onlyTrunksWhoseListChangesAreSent(edit: PrefixEdit, changes: [Bool]) {
        let change = BulkChange(Self.threeMarked().markedTrunks, .prefixes(edit))
        #expect(change.items.map(\.changes) == changes)
    }

    @Test func aValueValidForSomeTrunksAndNotOthersSaysWhichAndSendsOnlyToTheValid() throws {
        var state = Self.threeMarked()
        // beta-ber-1 authenticates by Twilio: it has no allowed SIP addresses to set.
        state.trunks[2].authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC" + String(repeating: "a", count: 32))
        let change = state.reviewedChange(state.markedTrunks, .fields([.allowedSipIps: .list(["198.51.100.7/32"])]))
        #expect(change.items.map(\.refused) == [nil, nil, "Allowed SIP IPs does not apply to Twilio trunks"])
        #expect(change.changingCount == 2)
        #expect(change.countsText == "3 trunks, 2 change, 1 not valid for the change (no request)")
        var sending = BulkSending(change)
        #expect(sending.outcomes[state.trunks[2].id] == .skipped("not valid for it: Allowed SIP IPs does not apply to Twilio trunks"))
        #expect(sending.next() == state.trunks[0].id)
        #expect(sending.unsettledIDs == [state.trunks[0].id, state.trunks[1].id, state.trunks[2].id])
    }

    @Test func aConflictOnTheListSkipsTheTrunkAndSaysWhatItIsNow() throws {
        var state = Self.threeMarked()
        _ = state.press([.char("p"), .char("r")])
        _ = state.type("44")
        _ = state.press([.enter, .char("y")])
        var theirs = state.trunks[0]
        theirs.dstPrefixes = ["44", "49", "31"]
        let effects = state.deliver(where: { $0 == .bulkRead(trunkID: theirs.id) }, .trunk(.success(theirs)), what: "the read")
        #expect(state.bulkChange?.sending?.outcomes[theirs.id] == .skipped("changed meanwhile: dst_prefixes is now 44, 49, 31"))
        #expect(!state.requests.isOpen(.bulkSave(trunkID: theirs.id)) && !effects.calls.contains { if case .patch = $0 { true } else { false } },
                "no PATCH for it")
    }

    @Test func readOnlyRefusesPWithMarks() {
        var state = Self.threeMarked()
        state.readOnly = true
        _ = state.press([.char("p")])
        #expect(state.bulkChange == nil)
        #expect(state.message?.text.hasPrefix("Read-only mode") == true)
    }
}

/// Marks outlive a server filter, but a change reaches only the trunks loaded: it says which
/// marked trunks it leaves out rather than dropping them without a word.
@Suite struct BulkLeftOutTests {
    @Test func markedTrunksTheListDoesNotHoldAreNamedAsLeftOut() throws {
        var state = BulkPrefixesTests.threeMarked()
        // A load that no longer holds beta-ber-1 (as a server filter would).
        state.trunks.removeAll { $0.name == "beta-ber-1" }
        _ = state.press([.char("b")])
        let bulk = try #require(state.bulkChange)
        #expect(bulk.trunks.map(\.name) == ["acme-fra-1", "acme-fra-2"])
        #expect(bulk.leftOut == ["beta-ber-1"])
        #expect(state.message?.text == "1 marked trunk is not in the list loaded now and left out of this change")
        _ = state.press([.char("b")])
        let text = BulkChangeText.lines(try #require(state.bulkChange), width: 80).map(\.0)
        #expect(text.first?.hasPrefix(" ⚠ 1 marked trunk is not in the list loaded now") == true, "\(text)")
        #expect(text.joined(separator: " ").contains("left out: beta-ber-1"))
        #expect(state.marks.contains(MarkTests.six[2].id), "it stays marked")
    }
}
