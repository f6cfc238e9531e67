import ScreenKit
import Testing
@testable import TrunkUI

/// A name cut to its column keeps what tells it from the rows beside it: the end, after "…",
/// when its start would read the same as a neighbour's.
@Suite struct NameCutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var width: Int
        var neighbours: [String]
        var shown: String
        var testDescription: String { "\(name) in \(width) beside \(neighbours) → \(shown)" }
    }

    static let table: [Case] = [
        Case(name: "Berlin Office", width: 16, neighbours: ["Bratislava Retail 00026"], shown: "Berlin Office"),
        Case(name: "Bratislava Retail 00026", width: 16, neighbours: ["Berlin Office", "Kyiv Backup 00027"],
             shown: "Bratislava Reta…"),
        Case(name: "Bratislava Retail 00026", width: 16, neighbours: ["Bratislava Retail 00032"], shown: "Bratislava…00026"),
        Case(name: "Bratislava Retail 00032", width: 16, neighbours: ["Kyiv Backup 00031", "Bratislava Retail 00026"],
             shown: "Bratislava…00032"),
        Case(name: "Bratislava Retail 00026", width: 18, neighbours: ["Bratislava Retail 00032"], shown: "Bratislava R…00026"),
        Case(name: "Bratislava Retail 00026", width: 23, neighbours: ["Bratislava Retail 00032"], shown: "Bratislava Retail 00026"),
        Case(name: "trunk-000123", width: 10, neighbours: ["trunk-000124"], shown: "tru…000123"),
        Case(name: "Vienna wholesale Alpha route one and more", width: 16,
             neighbours: ["Vienna wholesale Beta route one and more"], shown: "Vie…Alpha route…"),
        Case(name: "東京 outbound 00001", width: 12, neighbours: ["東京 outbound 00002"], shown: "東京 o…00001"),
        Case(name: "Bratislava Retail 00026", width: 16, neighbours: ["Bratislava Retail 00026"], shown: "Bratislava Reta…"),
        Case(name: "Bratislava Retail 00026", width: 5, neighbours: ["Bratislava Retail 00032"], shown: "Brat…"),
    ]

    @Test(arguments: table)
    func cut(_ row: Case) {
        let shown = NameCut.cut(row.name, width: row.width, neighbours: row.neighbours)
        #expect(shown == row.shown)
        #expect(DisplayWidth.of(shown) <= row.width, "fits its column")
    }

    @Test func neighboursInTheListAreToldApartOnScreen() {
        var state = SeededTrunks.detailState("Berlin Office", rows: 24, columns: 80)
        _ = state.press([.escape])
        var trunks = SeededTrunks.all.prefix(3).map { $0 }
        let long = "Bratislava Retail and Wholesale Interconnect"
        for (index, number) in ["00026", "00032"].enumerated() { trunks[index].name = long + " " + number }
        state.showOnly(trunks)
        let frame = state.frame()
        #expect(frame.contains("…00026") && frame.contains("…00032"), "the distinguishing ends show:\n\(frame)")
    }
}
