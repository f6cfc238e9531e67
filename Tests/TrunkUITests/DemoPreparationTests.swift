import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// Demo mode while the fake API seeds its account: the list says how far it is, nothing is asked
/// of the server, and the first page is asked for once the account is ready.
@Suite struct DemoPreparationTests {
    private func preparing(_ total: Int) -> AppState {
        var state = AppState(environmentLabel: "demo", pageSize: 500)
        state.demoPreparation = DemoPreparation(total: total)
        return state
    }

    @Test(arguments: [
        (0, 100_000, "  Preparing the demo account: 0 of 100,000 trunks…"),
        (40_000, 100_000, "  Preparing the demo account: 40,000 of 100,000 trunks…"),
        (1_000, 1_500, "  Preparing the demo account: 1,000 of 1,500 trunks…"),
    ])
    func theListSaysHowFarTheSeedingIs(seeded: Int, total: Int, text: String) {
        var state = preparing(total)
        #expect(state.start().isEmpty, "nothing is asked of a server still seeding")
        #expect(state.handle(.demoPreparing(seeded: seeded, total: total)).isEmpty)
        #expect(ListPane.emptyText(state) == text)
        #expect(Screen.render(state, rows: 24, columns: 80).text.contains(text.dropFirst(2)))
    }

    @Test func theFirstPageIsAskedForWhenTheAccountIsReady() {
        var state = preparing(42)
        _ = state.start()
        #expect(state.press([.char("r"), .char("s")]).isEmpty, "refreshing or sorting waits for the account too")
        #expect(state.handle(.demoReady).calls == [.loadPage(number: 1, size: 500,
                                                       query: state.serverQuery)])
        #expect(state.demoPreparation == nil)
        #expect(ListPane.emptyText(state) == "  loading trunks…")
        #expect(state.handle(.demoReady).isEmpty, "a second ready changes nothing")
        #expect(state.handle(.demoPreparing(seeded: 1, total: 42)).isEmpty && state.demoPreparation == nil)
    }
}
