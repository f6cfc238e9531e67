import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A list of items on one line is cut between items, never inside one, and says how many more
/// there are; a value too wide for the detail's column wraps instead of being cut.
@Suite struct ItemCutTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var items: [String]
        var width: Int
        var shown: String
        var testDescription: String { "\(items.count) items in \(width) → \(shown)" }
    }

    static let addresses = (1...40).map { "198.51.100.\($0)/32" }

    static let table: [Case] = [
        Case(items: ["44", "49"], width: 20, shown: "44, 49"),
        Case(items: addresses, width: 46, shown: "198.51.100.1/32, 198.51.100.2/32 … +38 more"),
        Case(items: addresses, width: 43, shown: "198.51.100.1/32, 198.51.100.2/32 … +38 more"),
        Case(items: addresses, width: 42, shown: "198.51.100.1/32 … +39 more"),
        Case(items: addresses, width: 20, shown: "198.51.100… +39 more"),
        Case(items: ["2001:db8:abcd:1234:5678:9abc::5/128"], width: 20, shown: "2001:db8:abcd:1234:…"),
        Case(items: ["+4930123456", "+4930123457", "+4930123458"], width: 30, shown: "+4930123456 … +2 more"),
    ]

    @Test(arguments: table)
    func cutBetweenItems(_ row: Case) {
        let shown = ItemListText.fit(row.items, width: row.width)
        #expect(shown == row.shown)
        #expect(DisplayWidth.of(shown) <= row.width)
    }

    /// The form's row of Toronto NOC's 40 SIP addresses at 80 columns.
    @Test func theFormCutsAnAddressListBetweenAddresses() throws {
        var state = SeededTrunks.detailState("Toronto NOC", rows: 24, columns: 80)
        _ = state.press([.char("e")])
        try state.focusField(.allowedSipIps)
        let frame = state.frame()
        let row = try #require(frame.split(separator: "\n").first { $0.contains("Allowed SIP IPs") }.map(String.init))
        let shown = try #require(row.range(of: "[40] ").map { String(row[$0.lowerBound...]) })
        #expect(shown.contains("… +") && shown.contains(" more"), "says how many more: \(row)")
        let listed = shown.dropFirst(5).components(separatedBy: " … ")[0].components(separatedBy: ", ")
        #expect(listed.allSatisfy { Self.addresses.contains($0) }, "only whole addresses: \(listed)")
    }

    /// The detail wraps a value wider than its column (the trunk id at 60 columns) instead of
    /// cutting it at the border.
    @Test func theDetailWrapsAValueWiderThanItsColumn() throws {
        let state = SeededTrunks.detailState("Berlin Office")
        let id = SeededTrunks.named("Berlin Office").id
        let lines = DetailText.lines(for: try #require(state.detailTrunk), state: state, width: 58)
            .map { $0.pieces.map(\.text).joined() }
        let at = try #require(lines.firstIndex { $0.contains(" ID ") })
        let joined = lines[at].split(separator: " ").last.map(String.init)! + lines[at + 1].trimmingCharacters(in: .whitespaces)
        #expect(joined == id, "the id continues on the next line: \(lines[at]) / \(lines[at + 1])")
        #expect(lines.filter { DisplayWidth.of($0) > 58 }.isEmpty, "every line within the pane")
    }
}
