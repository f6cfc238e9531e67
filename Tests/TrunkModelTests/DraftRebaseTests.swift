import Testing
import TrunkModel

/// The read-again check before a save: base (as first read), theirs (as read now), mine.
@Suite("Read again before saving")
struct DraftRebaseTests {
    func base() throws -> Trunk { try Fixture.trunk("single_include_dids") }

    @Test func nobodyElseChangedAnything() throws {
        let base = try base()
        let rebase = DraftRebase(DraftDiff(original: base, draft: base.setting(.rtpTimeout, .integer(60))), fresh: base)
        #expect(rebase.conflicts.isEmpty && rebase.alreadyThere.isEmpty && rebase.othersChanged.isEmpty)
        #expect(rebase.diff.changes.map(\.key) == [.rtpTimeout])
    }

    @Test func someoneChangedTheSameFieldToAnotherValue() throws {
        let base = try base()
        let fresh = base.setting(.rtpTimeout, .integer(45))
        let rebase = DraftRebase(DraftDiff(original: base, draft: base.setting(.rtpTimeout, .integer(60))), fresh: fresh)
        #expect(rebase.conflicts == [FieldConflict(key: .rtpTimeout, base: .integer(30), theirs: .integer(45), mine: .integer(60))])
        #expect(rebase.diff.isEmpty, "an open conflict keeps theirs")
    }

    @Test func aConflictPickedForTheValueTheyHaveNowIsNoLongerOpen() throws {
        let base = try base()
        let fresh = base.setting(.rtpTimeout, .integer(45))
        let diff = DraftDiff(original: base, draft: base.setting(.rtpTimeout, .integer(60)))
        let mine = FieldConflict(key: .rtpTimeout, base: .integer(30), theirs: .integer(45), mine: .integer(60), choice: .mine)
        let picked = DraftRebase(diff, fresh: fresh, decided: [mine])
        #expect(picked.conflicts.isEmpty)
        #expect(picked.diff.changes.map(\.new) == [.integer(60)])
        let moved = DraftRebase(diff, fresh: base.setting(.rtpTimeout, .integer(90)), decided: [mine])
        #expect(moved.conflicts.map(\.theirs) == [.integer(90)], "they changed it again: ask again")
    }

    @Test func someoneChangedOtherFieldsOnly() throws {
        let base = try base()
        let fresh = base.setting(.name, .text("EU outbound (theirs)")).setting(.capacityLimit, .integer(5))
        let rebase = DraftRebase(DraftDiff(original: base, draft: base.setting(.rtpTimeout, .integer(60))), fresh: fresh)
        #expect(rebase.conflicts.isEmpty)
        #expect(rebase.othersChanged == [.name, .capacityLimit])
        #expect(rebase.diff.patchDocument()?.text() == #"{"data":{"attributes":{"rtp_timeout":60},"id":"\#(base.id)","type":"voice_out_trunks"}}"#,
                "only my field is sent")
        #expect(rebase.diff.draft.name == "EU outbound (theirs)", "theirs is kept")
    }

    @Test func theTrunkAlreadyHasMyValue() throws {
        let base = try base()
        let fresh = base.setting(.status, .text("blocked"))
        let rebase = DraftRebase(DraftDiff(original: base, draft: base.setting(.status, .text("blocked"))), fresh: fresh)
        #expect(rebase.conflicts.isEmpty)
        #expect(rebase.alreadyThere == [.status])
        #expect(rebase.diff.patchDocument() == nil, "nothing to send")
    }
}
