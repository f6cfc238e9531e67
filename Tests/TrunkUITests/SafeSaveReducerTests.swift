import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The save path in the reducer: re-read before PATCH, three-way choice, unknown outcomes, drafts.
@Suite struct SafeSaveReducerTests {
    /// A state reviewing a rename of the first trunk to `name`, with `y` pressed (re-read asked for).
    func renaming(to name: String) throws -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type(name)
        _ = state.press([.enter, .ctrl("s")])
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)])
        return state
    }

    @Test func theirChangeToTheSameFieldIsAThreeWayChoiceAndMinePatchesOnlyMyField() throws {
        var state = try renaming(to: "Mine")
        var theirs = UIFixtures.trunks[0]
        theirs.name = "Theirs"
        #expect(state.deliverSaveBase(theirs).isEmpty, "nothing is sent while a conflict is open")
        let conflict = try #require(state.review?.conflicts.first)
        #expect(conflict.base == .text("Berlin Office") && conflict.theirs == .text("Theirs") && conflict.mine == .text("Mine"))
        let frame = Screen.render(state, rows: 30, columns: 100).plainText()
        #expect(frame.contains("base   Berlin Office") && frame.contains("theirs Theirs") && frame.contains("mine   Mine"))
        #expect(state.press([.char("y")]).isEmpty, "y before a pick does not send")
        _ = state.press([.char("m")])
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: theirs.id)], "the trunk is read once more before sending")
        let effects = state.deliverSaveBase(theirs)
        guard case .patch(_, let body)? = effects.calls.first else { Issue.record("no PATCH: \(effects)"); return }
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains("\"name\":\"Mine\"") && !text.contains("status"))
    }

    @Test func pickingTheirsLeavesNothingToSend() throws {
        var state = try renaming(to: "Mine")
        var theirs = UIFixtures.trunks[0]
        theirs.name = "Theirs"
        _ = state.deliverSaveBase(theirs)
        _ = state.press([.char("t")])
        _ = state.press([.char("y")])
        #expect(state.deliverSaveBase(theirs) == [.removeDraft(trunkID: theirs.id)], "no PATCH; the draft is done")
        #expect(state.form == nil && state.review == nil)
        #expect(state.message?.text.contains("already has your changes") == true)
    }

    @Test func theirChangesToOtherFieldsLetThePatchGoAheadAndSaySo() throws {
        var state = try renaming(to: "Mine")
        var theirs = UIFixtures.trunks[0]
        theirs.capacityLimit = 99
        theirs.dstPrefixes = ["1"]
        let effects = state.deliverSaveBase(theirs)
        guard case .patch(_, let body)? = effects.calls.first else { Issue.record("no PATCH: \(effects)"); return }
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains("\"name\":\"Mine\"") && !text.contains("capacity") && !text.contains("dst_prefixes"))
        #expect(state.review?.notice?.contains("Capacity limit") == true)
        var saved = theirs
        saved.name = "Mine"
        _ = state.deliverSave(saved)
        #expect(state.message?.text.contains("the PATCH carries only your fields") == true, "\(state.message?.text ?? "")")
    }

    @Test func anUnknownOutcomeIsCheckedByReadingAgainAndTheDraftStaysUntilApplied() throws {
        var state = try renaming(to: "Mine")
        _ = state.deliverSaveBase(UIFixtures.trunks[0])
        #expect(state.deliverSaveFailure("No answer within 15 s.", outcomeUnknown: true).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)])
        #expect(state.deliverVerify(UIFixtures.trunks[0]).isEmpty, "not applied: nothing is sent again by itself")
        #expect(state.message?.text.contains("does NOT have your change") == true)
        #expect(state.form?.draft.name == "Mine" && state.review?.sending == false)
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)], "sending again re-reads first")
        _ = state.deliverSaveBase(UIFixtures.trunks[0])
        _ = state.deliverSaveFailure("The connection broke.", outcomeUnknown: true)
        var applied = UIFixtures.trunks[0]
        applied.name = "Mine"
        let effects = state.deliverVerify(applied)
        #expect(effects == [.removeDraft(trunkID: applied.id)], "the draft goes once the change is known to be applied")
        #expect(state.form == nil)
        #expect(state.message?.text.contains("shows it was applied") == true)
    }

    @Test func aFailedReadBeforeSavingSendsNothing() throws {
        var state = try renaming(to: "Mine")
        #expect(state.deliverSaveBaseFailure("No answer within 15 s.").isEmpty)
        #expect(state.message?.text.hasPrefix("Nothing was sent") == true)
        #expect(state.review?.sending == false && state.form?.draft.name == "Mine")
    }

    @Test func draftsAreStoredAsTheyChangeWithoutSecretsAndRemovedWhenDiscarded() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        let effects = state.type("X")
        guard case .storeDraft(let draft)? = effects.last else { Issue.record("no draft stored: \(effects)"); return }
        #expect(draft.changes.map(\.field) == [.name] && draft.changes.first?.mine == .text("X"))
        var form = try #require(state.form)
        form.draft.set(.password, .text("s3cret-typed"))
        #expect(StoredDraft(form: form, at: Date())?.changes.contains { $0.field == .password } == false)
        let encoded = try JSONEncoder().encode(StoredDraft(form: form, at: Date()))
        #expect(!String(decoding: encoded, as: UTF8.self).contains("s3cret-typed"))
        #expect(!String(decoding: encoded, as: UTF8.self).contains("z0hshvbcy7"))
        _ = state.press([.enter, .escape])
        #expect(state.press([.char("y")]).contains(.removeDraft(trunkID: UIFixtures.trunks[0].id)))
    }

    @Test func aRestoredDraftOpensOnTheTrunkAsReadNowWithItsBaseKept() throws {
        var state = UIFixtures.loadedState()
        var form = FormState(trunk: UIFixtures.trunks[0], returnPane: .list)
        form.draft.name = "Restored"
        let draft = try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 900)))
        state.offerDrafts([draft])
        let frame = Screen.render(state, rows: 30, columns: 100).plainText()
        #expect(frame.contains("Unsaved draft from an earlier session") && frame.contains("Name: Berlin Office → Restored"))
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: draft.trunkID)])
        var now = UIFixtures.trunks[0]
        now.name = "Changed meanwhile"
        _ = state.deliverRead(now)
        #expect(state.form?.original.name == "Berlin Office", "the draft's base, so a change meanwhile shows as a conflict")
        #expect(state.form?.draft.name == "Restored")
        _ = state.press([.ctrl("s"), .char("y")])
        _ = state.deliverSaveBase(now)
        #expect(state.review?.conflicts.first?.theirs == .text("Changed meanwhile"))
    }
}
