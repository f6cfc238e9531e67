import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `L` with trunks marked: link or unlink DIDs, picked by number from the account's DIDs, on
/// every marked trunk; each trunk keeps its other DIDs, and the same review and sending as `b`.
@Suite struct BulkDidsTests {
    /// True for a PATCH request (the journal's effects come before it).
    @Sendable static func isPatch(_ effect: Effect) -> Bool {
        if case .request(_, .patch) = effect { true } else { false }
    }

    static let berlin = DidEditorReducerTests.berlin
    static let munich = DidEditorReducerTests.munich
    static let hamburg = DidEditorReducerTests.hamburg

    /// acme-fra-1 (CLI DIDs read: Berlin), acme-fra-2 (read: none) and beta-ber-1 (never read)
    /// marked, the account's DIDs not read yet.
    static func threeMarked() -> AppState {
        var state = MarkTests.sixLoaded()
        state.trunks[0].dids = [berlin]
        state.trunks[1].dids = []
        _ = state.press([.char(" "), .char(" "), .char(" ")])
        return state
    }

    /// `L`, the account's DIDs answered, then `l` or `u` and the DIDs picked by their digits.
    static func picked(_ action: Character, _ digits: [String]) -> AppState {
        var state = threeMarked()
        _ = state.press([.char("L")])
        _ = state.deliverAccountDids(DidEditorReducerTests.account)
        _ = state.press([.char(action)])
        for typed in digits {
            _ = state.type(typed)
            _ = state.press([.enter])
        }
        return state
    }

    @Test func lWithMarksAsksLinkOrUnlinkThenPicksDidsByNumber() throws {
        var state = Self.threeMarked()
        #expect(state.press([.char("L")]).calls == [.loadAccountDids], "the account's DIDs are read for picking")
        #expect(state.form == nil, "L with marks does not open the selected trunk's form")
        #expect(state.keyContext == .bulkDids)
        #expect(BulkChangeText.lines(try #require(state.bulkChange), width: 70).map(\.0).contains("   l  link DIDs to each of them"))
        _ = state.deliverAccountDids(DidEditorReducerTests.account)
        _ = state.press([.char("l")])
        #expect(state.keyContext == .bulkDidNumbers)
        _ = state.type("49")
        let bulk = try #require(state.bulkChange)
        #expect(state.bulkDidCandidates(bulk).map(\.id) == ["d-berlin", "d-hamburg", "d-munich", "d-vilnius"], "numbers starting with 49 first")
        _ = state.press([.down, .enter])
        #expect(state.bulkChange?.didsChosen == [Self.hamburg])
        _ = state.type("4930")
        _ = state.press([.enter])
        #expect(state.bulkChange?.didsChosen == [Self.hamburg, Self.berlin])
        _ = state.press([.ctrl("d")])
        #expect(state.bulkChange?.didsChosen == [Self.hamburg], "Ctrl-D drops the last picked")
        _ = state.type("0000")
        _ = state.press([.enter])
        #expect(state.message?.text == "No DID not picked yet has 0000 in its number")
        _ = state.press([.ctrl("u")])
        _ = state.press([.paste("+49 30 123456\n+49 89 765432")])
        #expect(state.bulkChange?.didsChosen == [Self.hamburg, Self.berlin, Self.munich], "a paste picks every number in it")
        _ = state.press([.escape])
        #expect(state.bulkChange?.phase == .choosing, "Esc goes back to the choice")
        #expect(state.bulkChange?.didsChosen == [])
    }

    @Test func theReviewSaysPerTrunkWhatIsLinkedAndWhatAlreadyIs() throws {
        var state = Self.picked("l", ["4930", "4989"])
        _ = state.press([.enter])
        let review = try #require(state.bulkChange)
        let change = try #require(review.change)
        #expect(change.edit == .dids(DidLinkEdit(.link, [Self.berlin, Self.munich])))
        let text = BulkChangeText.lines(review, width: 200).map(\.0)
        #expect(text.first == " 3 trunks, 3 change")
        #expect(text.contains(" 1 trunk: link +4989765432 · already linked: +4930123456"))
        #expect(text.contains(" 1 trunk: link +4930123456, +4989765432"))
        #expect(text.contains { $0.contains("(its DIDs are read just before its PATCH; one already linked is left)") })
        // The relationship is sent whole: the trunk's own DIDs and the ones linked.
        let first = try #require(change.items.first)
        let body = try #require(change.body(of: first))
        #expect(body["data"]?["relationships"]?["dids"]?["data"]?.array?.compactMap { $0["id"]?.string } == ["d-berlin", "d-munich"])
        #expect(body["data"]?["attributes"] == nil)
    }

    @Test func sendingLaysTheLinkOnEachTrunkAsReadAgainAndSkipsASetChangedMeanwhile() throws {
        var state = Self.picked("l", ["4989"])
        _ = state.press([.enter, .char("y")])
        // acme-fra-1's set was read for the review and someone linked Hamburg since: skipped.
        var fresh = state.trunks[0]
        fresh.dids = [Self.berlin, Self.hamburg]
        _ = BulkChangeTests.readAgain(&state, fresh)
        #expect(state.bulkChange?.sending?.outcomes[fresh.id] == .skipped("changed meanwhile: dids is now +4930123456, +4940555000"))
        // acme-fra-2 (read: none): linked.
        #expect(BulkChangeTests.later(&state).calls == [.loadTrunk(id: state.trunks[1].id)])
        _ = BulkChangeTests.readAgain(&state, state.trunks[1])
        guard case .request(_, .patch(_, let second))? = BulkChangeTests.later(&state).first(where: Self.isPatch) else { Issue.record("a PATCH"); return }
        #expect(try Self.linkedIDs(second) == ["d-munich"])
        var saved = state.trunks[1]
        saved.dids = [Self.munich]
        _ = BulkChangeTests.saved(&state, saved)
        // beta-ber-1's set was never read: the link is laid on the set as read now.
        #expect(BulkChangeTests.later(&state).calls == [.loadTrunk(id: state.trunks[2].id)])
        var third = state.trunks[2]
        third.dids = [Self.hamburg]
        _ = BulkChangeTests.readAgain(&state, third)
        guard case .request(_, .patch(_, let body))? = BulkChangeTests.later(&state).first(where: Self.isPatch) else { Issue.record("a PATCH"); return }
        #expect(try Self.linkedIDs(body) == ["d-hamburg", "d-munich"], "its other DIDs are kept")
        third.dids = [Self.hamburg, Self.munich]
        _ = BulkChangeTests.saved(&state, third)
        _ = BulkChangeTests.later(&state)
        #expect(state.bulkChange?.phase == .done)
        #expect(MarkTests.markedNames(state) == ["acme-fra-1"], "the skipped trunk stays marked")
    }

    @Test func unlinkKeepsTheOtherDidsAndATrunkWithoutThemIsNotAsked() throws {
        var state = Self.threeMarked()
        state.trunks[0].dids = [Self.berlin, Self.munich]
        state.trunks[2].dids = []
        _ = state.press([.char("L")])
        _ = state.deliverAccountDids(DidEditorReducerTests.account)
        _ = state.press([.char("u")])
        _ = state.type("4930")
        _ = state.press([.enter, .enter])
        let change = try #require(state.bulkChange?.change)
        #expect(change.countsText == "3 trunks, 1 changes, 2 not linked (no request)")
        let body = try #require(change.body(of: change.items[0]))
        #expect(body["data"]?["relationships"]?["dids"]?["data"]?.array?.compactMap { $0["id"]?.string } == ["d-munich"])
    }

    @Test func aTrunkThatAllowsAnyDidAsCallerIDIsNotValidForALink() throws {
        var state = Self.threeMarked()
        state.trunks[1].allowAnyDidAsCli = true
        _ = state.press([.char("L")])
        _ = state.deliverAccountDids(DidEditorReducerTests.account)
        _ = state.press([.char("l")])
        _ = state.type("4989")
        _ = state.press([.enter, .enter])
        let change = try #require(state.bulkChange?.change)
        #expect(change.items[1].refused?.hasPrefix("CLI DIDs: no DID can be assigned while Allow any DID as CLI is on") == true)
        #expect(change.changingCount == 2)
    }

    static func linkedIDs(_ body: Data) throws -> [String] {
        let sent = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let relationships = try #require((sent["data"] as? [String: Any])?["relationships"] as? [String: Any])
        let data = try #require((relationships["dids"] as? [String: Any])?["data"] as? [[String: Any]])
        return data.compactMap { $0["id"] as? String }
    }
}
