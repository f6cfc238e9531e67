import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Sorting by the 24-hour limit, the spend in 24 hours and the spend as a share of the limit:
/// each its own order, equal keys by name and then id whichever way, and the header says which.
@Suite struct SpendSortTests {
    /// Six trunks: two with the same name (ids 1 and 6), spends that tie, a trunk without a limit.
    static let trunks: [Trunk] = [
        (1, "Alpha", "50.0", "100.0"),
        (2, "bravo", "50", "1000.0"),
        (3, "Charlie", "10.0", nil),
        (4, "delta", "200.0", "200.0"),
        (5, "Echo", "10.00", "20.0"),
        (6, "alpha", "50.0", "100.0"),
    ].map { index, name, spent, limit in
        var trunk = UIFixtures.trunk(index, name: name)
        trunk.spentAmount = spent
        trunk.thresholdAmount = limit
        return trunk
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var command: String
        var order: [String]
        var header: String
        var testDescription: String { ":" + command }
    }

    static let rows: [Row] = [
        Row(command: "sort spent", order: ["Charlie", "Echo", "Alpha", "alpha", "bravo", "delta"], header: "24h spent ▲"),
        Row(command: "sort spent desc", order: ["delta", "Alpha", "alpha", "bravo", "Charlie", "Echo"], header: "24h spent ▼"),
        Row(command: "sort used", order: ["Charlie", "bravo", "Alpha", "alpha", "Echo", "delta"], header: "% of limit ▲"),
        Row(command: "sort used desc", order: ["delta", "Alpha", "alpha", "Echo", "bravo", "Charlie"], header: "% of limit ▼"),
        Row(command: "sort limit", order: ["Charlie", "Echo", "Alpha", "alpha", "delta", "bravo"], header: "24h limit ▲"),
        Row(command: "sort limit desc", order: ["bravo", "delta", "Alpha", "alpha", "Echo", "Charlie"], header: "24h limit ▼"),
        Row(command: "sort status", order: ["Alpha", "alpha", "bravo", "Charlie", "delta", "Echo"], header: "Status ▲"),
        Row(command: "sort status desc", order: ["Alpha", "alpha", "bravo", "Charlie", "delta", "Echo"], header: "Status ▼"),
    ]

    @Test(arguments: rows)
    func eachSortHasItsOrderAndEqualKeysGoByNameThenId(row: Row) {
        var state = UIFixtures.state(with: Self.trunks)
        _ = state.press([.char(":")])
        _ = state.type(row.command)
        _ = state.press([.enter])
        #expect(state.visible.map { state.trunks[$0].name ?? "" } == row.order)
        let alphas = state.visible.filter { state.trunks[$0].name?.lowercased() == "alpha" }.map { state.trunks[$0].id }
        #expect(alphas == alphas.sorted(), "the two trunks named alpha by id, ascending")
        let header = Screen.render(state, rows: 24, columns: 80).line(2)
        #expect(header.contains(row.header), "\(header)")
    }

    @Test func sGoesFromTheLimitToTheSpendToItsShareOfTheLimit() {
        var state = UIFixtures.state(with: Self.trunks)
        _ = state.press(Array(repeating: .char("s"), count: 5))
        #expect(state.sort.column == .limit)
        _ = state.press([.char("s")])
        #expect(state.sort == ListSort(column: .spent, descending: false))
        #expect(state.message?.text == "Sorted by 24h spent, ascending")
        _ = state.press([.char("S")])
        #expect(state.visible.map { state.trunks[$0].name }.first == "delta")
        _ = state.press([.char("s")])
        #expect(state.sort == ListSort(column: .usedShare, descending: false))
        #expect(Screen.render(state, rows: 24, columns: 80).line(2).contains("% of limit ▲"))
        _ = state.press([.char("s")])
        #expect(state.sort.column == .capacity)
    }

    @Test func theSortCommandTakesOtherWordsForTheShare() {
        for word in ["%", "share", "used"] {
            var state = UIFixtures.state(with: Self.trunks)
            _ = state.press([.char(":")])
            _ = state.type("sort \(word) desc")
            _ = state.press([.enter])
            #expect(state.sort == ListSort(column: .usedShare, descending: true), "\(word)")
        }
    }

    /// A zero limit is reached by any spend; amounts the server wrote otherwise still count.
    @Test(arguments: [
        ("10", "0", Double.infinity), ("0", "0", .infinity), ("50", "200", 25), (nil, "100", -1), ("5", nil, -1),
        ("not a number", "100", -1), (" 50", "100", 50), ("1e3", "2000", -1),
    ] as [(String?, String?, Double)])
    func shareOfTheLimit(spent: String?, limit: String?, share: Double) {
        var trunk = UIFixtures.trunk(1, name: "x")
        trunk.spentAmount = spent
        trunk.thresholdAmount = limit
        #expect(ListSort.key(trunk, .usedShare) == .number(share))
    }
}
