import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A prefix added in the list editor is in the draft (and so on disk) at once, not only after
/// Esc; and `q` in the list or DID editor quits as it does in the form, asking first.
@Suite struct EditorDraftTests {
    static func storedDrafts(_ effects: [Effect]) -> [StoredDraft] {
        effects.compactMap { if case .storeDraft(let draft) = $0 { return draft } else { return nil } }
    }

    @Test func anAddedPrefixIsInTheDraftAndOnDiskBeforeEsc() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p"), .char("+")])
        _ = state.type("4420")
        let effects = state.press([.enter])
        #expect(state.form?.draft.dstPrefixes?.contains("4420") == true)
        #expect(Self.storedDrafts(effects).count == 1, "the draft is written as it changes: \(effects)")
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("Edit Berlin Office · modified"), "\(frame)")
    }

    @Test func aPastedListAndAnEditedItemAreInTheDraftAtOnce() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p")])
        #expect(!Self.storedDrafts(state.press([.paste("4420, 33")])).isEmpty)
        #expect(state.form?.draft.dstPrefixes?.suffix(2) == ["4420", "33"])
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("3333")
        #expect(!Self.storedDrafts(state.press([.enter])).isEmpty)
        #expect(state.form?.draft.dstPrefixes?.last == "3333")
    }

    @Test func qInTheListEditorAsksBeforeQuittingAndKeepsTheDraft() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p"), .char("+")])
        _ = state.type("4420")
        _ = state.press([.enter])
        #expect(state.press([.char("q")]).isEmpty)
        #expect(state.confirmQuit, "q is not swallowed by the list editor")
        #expect(state.press([.char("y")]) == [.quit])
    }

    @Test func qInAnUnchangedListEditorOrDidEditorQuitsAtOnce() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p")])
        #expect(state.press([.char("q")]) == [.quit])
        var dids = UIFixtures.loadedState()
        _ = dids.press([.char("L")])
        guard case .didSet? = dids.form?.editor else { Issue.record("L opens the DID editor"); return }
        let quit = dids.press([.char("q")])
        #expect(quit == [.quit] || dids.confirmQuit, "q in the DID editor quits or asks: \(quit)")
        var typing = UIFixtures.loadedState()
        _ = typing.press([.char("p"), .char("+")])
        #expect(typing.press([.char("q")]).isEmpty && !typing.quitting, "q typed into the input is text")
    }
}
