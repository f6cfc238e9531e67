import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Numbers the server sends too large for an `Int` are shown, never trapped on.
@Suite struct LargeServerNumberTests {
    @Test(arguments: [
        ("99999999999999999999", "99999999999999999999"),
        ("-99999999999999999999.5", "-99999999999999999999.5"),
        ("9223372036854775808", "9223372036854775808"),
    ])
    func aLimitPastIntMaxIsShownByItsDigits(sent: String, shown: String) {
        #expect(MoneyText.money(sent) == shown)
    }

    @Test func theListAndTheDetailShowAHugeLimit() {
        var trunk = UIFixtures.trunk(1, name: "Huge")
        trunk.thresholdAmount = "99999999999999999999"
        trunk.thresholdReached = true
        var state = UIFixtures.state(with: [trunk])
        #expect(ListRows.cell(trunk, .limit).0 == "⚠ $12.50/99999999999999999999")
        _ = state.press([.enter])
        _ = state.deliverRead(trunk)
        #expect(Screen.render(state, rows: 40, columns: 200).plainText().contains("of $99999999999999999999"))
    }
}
