import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Golden frames of the list pane (Snapshots/list-*.txt and .roles.txt), from seeded data:
/// unicode and over-long names, a trunk with every attribute null, each authentication type,
/// reached limits, many SIP addresses, 300 destination prefixes (found by the filter, not a column).
@Suite struct ListSnapshotTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static var seeded: [Trunk] {
        var trunks: [Trunk] = []
        func add(_ index: Int, _ name: String, _ change: (inout Trunk) -> Void = { _ in }) {
            var trunk = UIFixtures.trunk(index, name: name)
            change(&trunk)
            trunks.append(trunk)
        }
        add(1, "Berlin Office")
        add(2, "東京 outbound") { $0.mediaEncryptionMode = .zrtp; $0.createdAt = "2025-01-02T03:04:05Z" }
        add(3, "Zürich Ost", ) { $0.status = .blocked; $0.thresholdReached = true; $0.spentAmount = "3000.01" }
        add(4, "Frankfurt Twilio") {
            $0.authenticationMethod = AuthenticationMethod(type: .twilio, allowedSipIps: nil)
            $0.mediaEncryptionMode = .srtpSdes
        }
        add(5, "Dublin IP only") {
            $0.authenticationMethod = AuthenticationMethod(type: .ipOnly, allowedSipIps: ["192.0.2.50/32", "2001:db8::1", "198.51.100.0/24"])
        }
        add(6, "Vienna wholesale carrier interconnect with a very long name indeed") {
            $0.capacityLimit = 32767
            $0.dstPrefixes = (0..<300).map { String(4_300 + $0) }
        }
        add(7, "Café ☎ trunk") { $0.mediaEncryptionMode = .srtpDtls; $0.thresholdAmount = "250.5"; $0.spentAmount = "12" }
        trunks.append(Trunk(id: "00000000-0000-4000-8000-000000000008"))
        add(9, "Toronto NOC") {
            $0.authenticationMethod?.allowedSipIps = (1...40).map { "198.51.100.\($0)/32" }
            $0.thresholdAmount = nil
        }
        return trunks
    }

    /// The seeded trunks as the first (full) page of 312, loaded 42 seconds before `now`.
    static func state(rows: Int, columns: Int) -> AppState {
        var state = AppState(environmentLabel: "demo", pageSize: seeded.count, now: now.addingTimeInterval(-42))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: seeded, totalRecords: 312, nextLink: "next"), number: 1, generation: 0)
        state.now = now
        return state
    }

    private func frame(_ state: AppState, _ rows: Int, _ columns: Int) -> Grid {
        Screen.render(state, rows: rows, columns: columns)
    }

    @Test func listAt80x24() {
        SnapshotAssertion.assertFrame(frame(Self.state(rows: 24, columns: 80), 24, 80), named: "list-80x24")
    }

    @Test func listAt160x48() {
        let state = Self.state(rows: 48, columns: 160)
        let list = Viewport.panes(state, rows: 48, columns: 160).list!
        SnapshotAssertion.assertFrame(frame(state, 48, 160), named: "list-160x48", columns: 0..<list.right)
    }

    @Test func listAt200x60ShowsEveryColumn() {
        let state = Self.state(rows: 60, columns: 200)
        let list = Viewport.panes(state, rows: 60, columns: 200).list!
        let grid = frame(state, 60, 200)
        SnapshotAssertion.assertFrame(grid, named: "list-200x60", columns: 0..<list.right)
        for column in ListColumn.drawn { #expect(grid.line(2).contains(column.rawValue)) }
    }

    @Test func sortedByNameDescending() {
        var state = Self.state(rows: 24, columns: 80)
        _ = state.press([.char("S")])
        SnapshotAssertion.assertFrame(frame(state, 24, 80), named: "list-80x24-name-descending")
    }

    @Test func filterWithNoMatchExplainsHowToClear() {
        var state = Self.state(rows: 24, columns: 80)
        _ = state.press([.char("/")])
        _ = state.type("status:blocked abc")
        SnapshotAssertion.assertFrame(frame(state, 24, 80), named: "list-80x24-filter-empty")
    }

    @Test func filterWithAMistakeSaysWhy() {
        var state = Self.state(rows: 24, columns: 80)
        _ = state.press([.char("/")])
        _ = state.type("zür stat:blocked")
        let grid = frame(state, 24, 80)
        #expect(grid.line(23).contains("⚠ stat: is not a filter"))
        #expect(grid.contains("Zürich Ost"))
    }

    @Test func commandLineCompletion() {
        var state = Self.state(rows: 24, columns: 80)
        _ = state.press([.char(":")])
        _ = state.type("trunk ")
        _ = state.press([.tab])
        SnapshotAssertion.assertFrame(frame(state, 24, 80), named: "list-80x24-command-completion")
    }

    @Test func tooSmall() {
        SnapshotAssertion.assertFrame(frame(Self.state(rows: 12, columns: 40), 12, 40), named: "too-small-40x12")
    }

    /// An 80×24 terminal with a tmux status line: the whole list, the status line's keys fitted.
    @Test func listAt80x23() {
        SnapshotAssertion.assertFrame(frame(Self.state(rows: 23, columns: 80), 23, 80), named: "list-80x23")
    }

    /// The smallest terminal drawn: fewer keys named, the header in one line.
    @Test func listAt60x16() {
        SnapshotAssertion.assertFrame(frame(Self.state(rows: 16, columns: 60), 16, 60), named: "list-60x16")
    }

    @Test func wideNamesKeepColumnsAlignedAtEverySize() {
        for (rows, columns) in [(24, 80), (40, 100), (48, 160), (60, 200)] {
            let grid = frame(Self.state(rows: rows, columns: columns), rows, columns)
            let list = Viewport.panes(Self.state(rows: rows, columns: columns), rows: rows, columns: columns).list!
            let lines = Array(SnapshotAssertion.textLines(grid, 0..<list.right)[list.row..<list.bottom])
            let starts = lines.compactMap { line -> Int? in
                guard let range = line.range(of: "Active") ?? line.range(of: "Blocked") else { return nil }
                return DisplayWidth.of(String(line[..<range.lowerBound]))
            }
            #expect(Set(starts).count == 1, "status column aligned at \(columns)×\(rows): \(starts)")
        }
    }
}

/// The bottom line keeps whole hints and "? help".
@Suite struct KeyHintLineTests {
    @Test(arguments: [
        (80, " Enter open · e edit · b block/unblock · p prefixes · / filter · s sort · ? help"),
        (40, " Enter open · e edit · ? help"),
        (12, " ? help"),
        (200, " Enter open · e edit · b block/unblock · p prefixes · / filter · s sort · r refresh · ? help · q quit"),
    ])
    func hintsFitTheWidth(width: Int, expected: String) {
        let line = " Enter open · e edit · b block/unblock · p prefixes · / filter · s sort · r refresh · ? help · q quit"
        #expect(KeyHintLine.fit(line, width: width) == expected)
    }
}
