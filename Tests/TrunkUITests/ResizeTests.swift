import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Resizing in any pane keeps the draft, the selection and the scroll position: a trip through
/// a large and a too-small size comes back to the same frame.
@Suite struct ResizeTests {
    /// Resizes `state` to 160x48, to 40x10 (too small) and back to 80x24; the frames before and
    /// after must be equal.
    static func expectSameFrameAfterResizing(_ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = state.frame()
        for (rows, columns) in [(48, 160), (10, 40), (60, 200), (24, 80)] {
            _ = state.handle(.resized(rows: rows, columns: columns))
            _ = state.frame()
        }
        #expect(state.frame() == before, "the same frame after resizing", sourceLocation: sourceLocation)
    }

    @Test func theDetailKeepsItsScrollPosition() {
        var state = SeededTrunks.detailState("Oslo Emergency")
        _ = state.press(Array(repeating: .char("j"), count: 12))
        #expect(state.detailScroll == 12)
        Self.expectSameFrameAfterResizing(&state)
        #expect(state.detailScroll == 12)
    }

    @Test func theFormKeepsItsDraftAndSelectedField() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("e")])
        try state.focusField(.capacityLimit)
        _ = state.press([.enter, .ctrl("u")])
        _ = state.type("77")
        _ = state.press([.enter])
        Self.expectSameFrameAfterResizing(&state)
        #expect(state.form?.draft.capacityLimit == 77 && state.form?.selectedKey == .capacityLimit)
    }

    @Test func aFieldBeingTypedKeepsItsText() throws {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("e")])
        try state.focusField(.name)
        _ = state.press([.enter, .end])
        _ = state.type(" (new")
        Self.expectSameFrameAfterResizing(&state)
        guard case .text(.name, let input)? = state.form?.editor else { Issue.record("still editing the name"); return }
        #expect(input.text == "Berlin Office (new")
    }

    @Test func theListEditorKeepsItsSelectedItem() throws {
        var state = SeededTrunks.detailState("Vienna")
        _ = state.press([.char("p")])
        _ = state.press(Array(repeating: .pageDown, count: 20))
        Self.expectSameFrameAfterResizing(&state)
        guard case .list(let editor)? = state.form?.editor else { Issue.record("still in the list editor"); return }
        #expect(editor.selected == 200)
    }

    @Test func theHelpKeepsItsPlace() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.char("?"), .pageDown, .pageDown])
        let top = state.helpScroll
        #expect(top > 0)
        Self.expectSameFrameAfterResizing(&state)
        #expect(state.showHelp && state.helpScroll == top)
    }

    @Test func theListKeepsItsSelectionAndAHalfTypedFilter() {
        var state = SeededTrunks.detailState("Berlin Office")
        _ = state.press([.escape])
        _ = state.press(Array(repeating: .char("j"), count: 15))
        _ = state.press([.char("/")])
        _ = state.type("r")
        Self.expectSameFrameAfterResizing(&state)
        #expect(state.filterInput?.text == "r")
    }
}
