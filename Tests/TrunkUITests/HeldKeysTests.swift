import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Keys typed while a change is being sent wait for its answer: replayed in order once it is
/// saved, dropped (and said so) when it is not, never answering a question the answer brings.
@Suite struct HeldKeysTests {
    /// The list of three trunks, Berlin Office renamed in its form and the review's `y` pressed:
    /// the read before the PATCH is on its way.
    func sending() -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Renamed")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        return state
    }

    static var renamed: Trunk {
        var trunk = UIFixtures.trunks[0]
        trunk.name = "Renamed"
        return trunk
    }

    @Test func jjjTypedWhileSavingMoveTheSelectionOnceSaved() {
        var state = sending()
        #expect(state.review?.sending == true && state.selection == 0)
        #expect(state.press([.char("j"), .char("j")]).isEmpty)
        _ = state.deliverSaveBaseUnchanged()
        #expect(state.message?.text.hasPrefix("Saving…") == true, "the PATCH is on its way")
        #expect(state.press([.char("j")]).isEmpty)
        #expect(state.heldKeys.keys == [.char("j"), .char("j"), .char("j")] && state.selection == 0)
        #expect(Screen.render(state, rows: 24, columns: 80).contains("sending… · 3 keys wait for the answer"))
        _ = state.deliverSave(Self.renamed)
        #expect(state.form == nil && state.review == nil)
        #expect(state.selection == 2, "three rows down from Berlin Office, clamped at the last of three")
        #expect(state.selectedTrunk?.name == "Zürich Ost")
        #expect(state.message?.text.hasPrefix("Saved Renamed") == true, "the outcome stays on the status line")
        #expect(state.heldKeys.isEmpty)
    }

    @Test func heldKeysReplayInOrderAndMayOpenThings() {
        var state = sending()
        _ = state.press([.char("j"), .enter])
        _ = state.deliverSaveBaseUnchanged()
        let effects = state.deliverSave(Self.renamed)
        #expect(state.pane == .detail && state.selectedTrunk?.name == UIFixtures.trunks[1].name)
        #expect(effects.calls.contains(.loadTrunk(id: UIFixtures.trunks[1].id)), "Enter opened the second trunk, after j")
    }

    @Test func escDropsTheKeysHeldButNotTheChange() {
        var state = sending()
        _ = state.press([.char("j"), .char("j"), .escape])
        #expect(state.heldKeys.isEmpty && state.review?.sending == true)
        #expect(state.message?.text == "Dropped the 2 keys typed meanwhile; the change is still on its way")
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSave(Self.renamed)
        #expect(state.selection == 0 && state.form == nil)
    }

    /// When the change is not saved, the keys held are dropped and the status line says so.
    @Test(arguments: ["conflict", "read failed", "refused", "field error"])
    func heldKeysAreDroppedWhenTheChangeIsNotSaved(outcome: String) {
        var state = sending()
        _ = state.press([.char("j"), .char("y"), .char("j")])
        switch outcome {
        case "conflict":
            var theirs = UIFixtures.trunks[0]
            theirs.name = "Someone else's"
            _ = state.deliverSaveBase(theirs)
            #expect(state.review?.conflicts.isEmpty == false)
        case "read failed":
            _ = state.deliverSaveBaseFailure("timed out")
            #expect(state.review != nil)
        case "refused":
            _ = state.deliverSaveBaseUnchanged()
            _ = state.deliverSaveFailure("The DIDWW server failed (500).")
            #expect(state.alert != nil)
        default:
            _ = state.deliverSaveBaseUnchanged()
            _ = state.deliverSaveFailure("Invalid", fieldErrors: [APIError(title: "has already been taken", pointer: "/data/attributes/name")])
            #expect(state.form?.serverErrors[.name] != nil)
        }
        #expect(state.heldKeys.isEmpty && state.selection == 0)
        #expect(state.message?.text.hasSuffix("(2 keys typed while sending were not used)") == true, "\(state.message?.text ?? "")")
        #expect(state.review?.sending != true && state.requests.count == 0, "nothing was sent by a key typed before")
    }

    @Test func anUnknownOutcomeKeepsTheKeysWaitingUntilItIsKnown() {
        var state = sending()
        _ = state.press([.char("j")])
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSaveFailure("no answer", outcomeUnknown: true)
        #expect(state.heldKeys.keys == [.char("j")], "reading the trunk back: still waiting")
        _ = state.press([.char("j")])
        _ = state.deliverVerify(Self.renamed)
        #expect(state.selectedTrunk?.name == "Zürich Ost" && state.heldKeys.isEmpty)
    }

    @Test func replayingStopsAtAQuestionAndTheRestIsNotUsed() {
        var state = sending()
        _ = state.press([.char("j"), .char("j"), .char("b"), .char("k"), .char("j")])
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSave(Self.renamed)
        #expect(state.selectedTrunk?.name == "Zürich Ost")
        #expect(state.review?.sending == false && state.review?.scroll == 0, "b opened the review of unblocking Zürich Ost; k and j did not reach it")
        #expect(state.requests.count == 0)
        #expect(state.message?.text.hasSuffix("(2 keys typed while sending were not used)") == true, "\(state.message?.text ?? "")")
    }

    /// Unblocking needs no typed word: were y held, `b y` typed while saving would send it.
    @Test func theSendKeyPressedAgainIsNotHeld() {
        var state = sending()
        _ = state.press([.char("y"), .char("j"), .char("j"), .char("b"), .char("y")])
        #expect(state.heldKeys.keys == [.char("j"), .char("j"), .char("b")])
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSave(Self.renamed)
        #expect(state.review?.diff.changes.map(\.key) == [.status] && state.review?.sending == false)
        #expect(state.requests.count == 0 && state.message?.text.hasPrefix("Saved Renamed") == true)
    }

    @Test func atMostThirtyTwoKeysWait() {
        var state = UIFixtures.state(with: (1...40).map { UIFixtures.trunk($0, name: String(format: "Trunk %02d", $0)) })
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Renamed")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        _ = state.press(Array(repeating: .char("j"), count: 35))
        #expect(state.heldKeys.keys.count == 32 && state.heldKeys.count == 35)
        _ = state.deliverSaveBaseUnchanged()
        var saved = UIFixtures.trunk(1, name: "Renamed")
        saved.name = "Renamed"
        _ = state.deliverSave(saved)
        #expect(state.selection == 32)
        #expect(state.message?.text.hasSuffix("(3 keys typed while sending were not used)") == true, "\(state.message?.text ?? "")")
    }

    @Test func keysTypedWhileCreatingWaitToo() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("c"), .enter])
        _ = state.type("Brand new")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        #expect(state.review?.sending == true)
        _ = state.press([.char("g")])
        var created = UIFixtures.trunk(9, name: "Brand new")
        created.name = "Brand new"
        _ = state.deliverCreate(created)
        #expect(state.selection == 0 && state.form == nil, "the new trunk was selected, then g went to the first")
        #expect(state.message?.text.hasPrefix("Created Brand new") == true)
    }
}
