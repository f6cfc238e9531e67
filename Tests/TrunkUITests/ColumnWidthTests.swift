import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The list's columns share the pane's width by what the rows in view hold: each as wide as its
/// widest text (heading included) up to a cap, the spare shared evenly while there is not
/// enough, what is left after every cap empty at the end of the row.
@Suite struct ColumnWidthTests {
    static func widths(_ columns: [(ListColumn, Int)]) -> [ListColumn: Int] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0.0, $0.1) })
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var what: String
        var width: Int
        var needs: [ListColumn: Int]
        var expected: [ListColumn: Int]
        var testDescription: String { what }
    }

    static let table: [Case] = [
        Case(what: "room for everything: each column as wide as its content", width: 198,
             needs: [.name: 29, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10],
             expected: [.name: 29, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10]),
        Case(what: "short content gives its room to the name", width: 78,
             needs: [.name: 40, .status: 6, .authentication: 7, .sipIps: 7, .limit: 9],
             expected: [.name: 40, .status: 6, .authentication: 7, .sipIps: 7, .limit: 9]),
        Case(what: "too little room: the name and the addresses widen in turn", width: 78,
             needs: [.name: 40, .status: 7, .authentication: 10, .sipIps: 30, .limit: 12],
             expected: [.name: 20, .status: 7, .authentication: 10, .sipIps: 22, .limit: 12]),
        Case(what: "a very long name leaves every other column what it needs", width: 118,
             needs: [.name: 150, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10],
             expected: [.name: 23, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10]),
        Case(what: "a very long name takes its cap and no more: the rest of the row stays empty", width: 198,
             needs: [.name: 150, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10],
             expected: [.name: 48, .status: 7, .authentication: 10, .sipIps: 23, .limit: 16, .capacity: 9, .encryption: 10, .created: 10]),
        Case(what: "a long name and a long address list widen in turn up to their caps", width: 160,
             needs: [.name: 60, .status: 7, .authentication: 10, .sipIps: 60, .limit: 16, .capacity: 9, .encryption: 10, .created: 10],
             expected: [.name: 43, .status: 7, .authentication: 10, .sipIps: 45, .limit: 16, .capacity: 9, .encryption: 10, .created: 10]),
    ]

    @Test(arguments: table)
    func widthsByNeed(_ row: Case) {
        let columns = ListColumnLayout.layout(width: row.width, needs: row.needs)
        #expect(Self.widths(columns) == row.expected)
        #expect(columns.map(\.1).reduce(0, +) + columns.count <= row.width - 2, "never wider than the pane")
        #expect(columns.map(\.0) == ListColumn.allCases.filter { row.expected[$0] != nil }, "in display order")
    }

    @Test(arguments: [60, 80, 110, 120, 200])
    func whichColumnsShowDependsOnTheWidthAlone(columns: Int) {
        let inner = columns - 2
        let narrow = ListColumnLayout.layout(width: inner, needs: [:]).map(\.0)
        let wide = ListColumnLayout.layout(width: inner, needs: Dictionary(uniqueKeysWithValues: ListColumn.allCases.map { ($0, 3) })).map(\.0)
        #expect(narrow == wide && narrow == ListColumnLayout.chosen(width: inner).map(\.0))
    }

    /// With the preview off at 200 columns the addresses show whole and the name column is as
    /// wide as the longest name in view up to its cap, not half the screen.
    @Test func atTwoHundredColumnsTheAddressesShowWholeAndTheNameTakesItsCap() throws {
        var state = ListSnapshotTests.state(rows: 30, columns: 200)
        state.preview = .off
        var trunks = ListSnapshotTests.seeded
        trunks[0].authenticationMethod?.allowedSipIps = ["2001:db8:abcd:1234:5678:9abc::5/128", "192.0.2.1/32"]
        trunks[1].name = "Bratislava Retail 00026"
        state.showOnly(trunks)
        let frame = state.frame()
        #expect(frame.contains("2001:db8:abcd:1234:5678:9abc::5/128 +1"), "the address whole:\n\(frame)")
        let header = try #require(frame.split(separator: "\n").first { $0.contains("Name") && $0.contains("SIP IPs") })
        let nameColumn = header.distance(from: header.startIndex, to: try #require(header.range(of: "Status")).lowerBound)
            - header.distance(from: header.startIndex, to: try #require(header.range(of: "Name")).lowerBound)
        #expect(frame.contains("Vienna wholesale carrier interconnect with a ve…"), "a long name is cut at the cap:\n\(frame)")
        #expect(nameColumn == ListColumnLayout.cap(.name) + 1, "the name column is no wider than its cap: \(nameColumn)")
        #expect(header.range(of: #"Created +│$"#, options: .regularExpression) != nil, "the rest of the row stays empty: \(header)")
    }
}
