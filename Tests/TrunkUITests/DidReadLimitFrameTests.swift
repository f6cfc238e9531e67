import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The DID editor when the account has more DIDs than were read: the warning, the header and
/// the reasons given for a number that is not among the ones read.
@Suite struct DidReadLimitFrameTests {
    static let truncation = AccountDidList.Truncation(read: 10_000, total: 12_345)

    func state(rows: Int, columns: Int, truncation: AccountDidList.Truncation? = truncation) -> AppState {
        var state = UIFixtures.state(with: [DidEditorReducerTests.linkedTrunk()])
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.press([.char("e"), .char("L")])
        _ = state.deliverAccountDids(DidEditorReducerTests.account, truncation: truncation)
        return state
    }

    @Test func numbersAreGroupedByThousands() {
        #expect(AccountDidList.Truncation.grouped(0) == "0")
        #expect(AccountDidList.Truncation.grouped(999) == "999")
        #expect(AccountDidList.Truncation.grouped(10_000) == "10,000")
        #expect(AccountDidList.Truncation.grouped(1_234_567) == "1,234,567")
        #expect(Self.truncation.readOfTotal == "10,000 of 12,345")
        #expect(AccountDidList.Truncation(read: 100, total: nil).warning.contains("the account's DIDs (it has more)"))
    }

    @Test func theWarningStandsUnderTheHeaderAt80x24() {
        var state = state(rows: 24, columns: 80)
        _ = state.press([.char("a")])
        _ = state.type("7777")
        _ = state.press([.enter])
        let frame = Screen.render(state, rows: 24, columns: 80)
        SnapshotAssertion.assertFrame(frame, named: "form/did-editor-truncated-80x24")
        #expect(frame.contains("CLI DIDs: 1 linked · 10,000 of 12,345 DIDs read"))
        #expect(frame.contains("⚠ Showing the first 10,000 of the account's 12,345 DIDs"))
        #expect(frame.contains("✗ none of the 10,000 DIDs read (of 12,345) has 7777"))
    }

    @Test func aPastedNumberBeyondTheOnesReadIsNotCalledForeign() {
        var state = state(rows: 24, columns: 80)
        _ = state.press([.paste("+4930123456, +15550001111")])
        guard case .didSet(let editor)? = state.form?.editor else {
            Issue.record("the DID editor is open")
            return
        }
        #expect(editor.error == "not among the first 10,000 of 12,345 DIDs read: +15550001111")
    }

    @Test func aWholeAccountKeepsTheOldWords() {
        var state = state(rows: 24, columns: 80, truncation: nil)
        _ = state.press([.paste("+15550001111")])
        let frame = Screen.render(state, rows: 24, columns: 80)
        #expect(!frame.contains("Showing the first"))
        #expect(frame.contains("5 on the account"))
        guard case .didSet(let editor)? = state.form?.editor else { return }
        #expect(editor.error == "not a DID of this account: +15550001111")
    }
}
