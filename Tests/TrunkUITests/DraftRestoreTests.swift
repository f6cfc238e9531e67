import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Several drafts left by an earlier session: each is offered with what it changes, newest first,
/// and each can be restored or deleted on its own.
@Suite struct DraftRestoreTests {
    func draft(_ trunk: Trunk, at seconds: TimeInterval, _ change: (inout Trunk) -> Void) throws -> StoredDraft {
        var form = FormState(trunk: trunk, returnPane: .list)
        change(&form.draft)
        return try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: seconds)))
    }

    @Test func everyDraftIsOfferedWithItsChangesAndEachIsRestoredOrDeletedAlone() throws {
        var state = UIFixtures.loadedState()
        let berlin = try draft(UIFixtures.trunks[0], at: 900) { $0.name = "Berlin renamed" }
        let tokyo = try draft(UIFixtures.trunks[1], at: 950) { $0.rtpTimeout = 45; $0.capacityLimit = 5 }
        state.offerDrafts([berlin, tokyo])

        let frame = Screen.render(state, rows: 30, columns: 100).plainText()
        #expect(frame.contains("Unsaved drafts from an earlier session"))
        let lines = frame.split(separator: "\n").map(String.init)
        let tokyoRow = try #require(lines.firstIndex { $0.contains("▶ 東京 outbound") }, "the newest draft comes first, selected")
        let berlinRow = try #require(lines.firstIndex { $0.contains("Berlin Office") && $0.contains("saved") })
        #expect(tokyoRow < berlinRow)
        #expect(lines[tokyoRow].contains("saved 50s ago") && lines[berlinRow].contains("saved 1m ago"))
        #expect(frame.contains("RTP timeout: 30 → 45") && frame.contains("Capacity limit: unlimited → 5"), "what each draft changes: \(frame)")
        #expect(frame.contains("Name: Berlin Office → Berlin renamed"))

        // d deletes the selected draft (Tokyo) only; Berlin stays offered.
        #expect(state.press([.char("d")]) == [.removeDraft(trunkID: tokyo.trunkID)])
        #expect(state.restorable.map(\.trunkID) == [berlin.trunkID] && state.restoreSelection == 0)
        // Esc puts the offer off; :drafts brings it back; y restores Berlin through a fresh read.
        _ = state.press([.escape])
        #expect(state.restoreSelection == nil)
        #expect(state.message?.text.contains(":drafts offers them again") == true)
        _ = state.press([.char(":")])
        _ = state.type("drafts")
        _ = state.press([.enter])
        #expect(state.restoreSelection == 0)
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: berlin.trunkID)], "nothing is sent: the trunk is read first")
        _ = state.deliverRead(UIFixtures.trunks[0])
        #expect(state.form?.draft.name == "Berlin renamed")
        #expect(state.restorable.isEmpty)
    }

    @Test func downAndUpChooseWhichDraftToRestore() throws {
        var state = UIFixtures.loadedState()
        let berlin = try draft(UIFixtures.trunks[0], at: 900) { $0.name = "Berlin renamed" }
        let zurich = try draft(UIFixtures.trunks[2], at: 800) { $0.rtpTimeout = 60 }
        state.offerDrafts([zurich, berlin])
        _ = state.press([.down])
        #expect(Screen.render(state, rows: 30, columns: 100).plainText().contains("▶ Zürich Ost"))
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: zurich.trunkID)])
        #expect(state.restorable.map(\.trunkID) == [berlin.trunkID], "the other draft waits for :drafts")
    }

    @Test func aRestoredDraftOpensAtItsFirstChangedField() throws {
        var state = UIFixtures.loadedState()
        let tokyo = try draft(UIFixtures.trunks[1], at: 950) { $0.capacityLimit = 5; $0.rtpTimeout = 45 }
        state.offerDrafts([tokyo])
        _ = state.press([.char("y")])
        _ = state.deliverRead(UIFixtures.trunks[1])
        let form = try #require(state.form)
        #expect(form.selectedKey == .rtpTimeout, "RTP timeout comes before Capacity limit in the form")
        let frame = Screen.render(state, rows: 30, columns: 100).plainText()
        let selectedLine = frame.split(separator: "\n").first { $0.contains("▶") } ?? ""
        #expect(selectedLine.contains("RTP timeout"), "\(frame)")
    }

    @Test func aRestoredDraftOfANewTrunkOpensAtItsFirstChangedField() throws {
        var state = UIFixtures.loadedState()
        var form = FormState(trunk: NewTrunk.serverDefaults(), returnPane: .list)
        form.mode = .create(cloneOf: nil)
        form.draft.rtpTimeout = 45
        state.offerDrafts([try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 900)))])
        _ = state.press([.char("y")])
        #expect(state.form?.selectedKey == .rtpTimeout)
    }
}
