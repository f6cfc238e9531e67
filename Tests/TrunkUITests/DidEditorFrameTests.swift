import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Golden frames of the DID set editor (`Snapshots/form/did-*`): DIDs by number, never by id.
@Suite struct DidEditorFrameTests {
    /// The CLI DID editor of Berlin Office with `typed` in the add line (nil: browsing).
    func state(typed: String?, rows: Int, columns: Int) -> AppState {
        var trunk = DidEditorReducerTests.linkedTrunk()
        trunk.dids = [DidEditorReducerTests.berlin, DidEditorReducerTests.vilnius]
        var state = UIFixtures.state(with: [trunk])
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.press([.char("e"), .char("L")])
        _ = state.deliverAccountDids(DidEditorReducerTests.account)
        if let typed {
            _ = state.press([.char("a")])
            _ = state.type(typed)
        }
        return state
    }

    @Test(arguments: [(24, 80), (48, 160)])
    func addingWithCompletion(rows: Int, columns: Int) {
        let frame = Screen.render(state(typed: "49", rows: rows, columns: columns), rows: rows, columns: columns)
        SnapshotAssertion.assertFrame(frame, named: "form/did-editor-adding-\(columns)x\(rows)")
        #expect(!frame.text.contains("d-"), "no DID is shown by its id")
    }

    @Test func browsingTheLinkedSet() {
        let frame = Screen.render(state(typed: nil, rows: 24, columns: 80), rows: 24, columns: 80)
        SnapshotAssertion.assertFrame(frame, named: "form/did-editor-80x24")
    }
}
