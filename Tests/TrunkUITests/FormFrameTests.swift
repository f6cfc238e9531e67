import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Golden frames of the form, the list editor and the create/delete dialogs, in
/// `Snapshots/form/` (text and role map), compared by the shared `SnapshotAssertion`.
@Suite struct FormFrameTests {
    /// Compares the frame of `state` at `rows` × `columns` with the golden `form/<name>-<columns>x<rows>`.
    func expectFrame(_ state: AppState, _ name: String, rows: Int, columns: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        SnapshotAssertion.assertFrame(Screen.render(state, rows: rows, columns: columns),
                                      named: "form/\(name)-\(columns)x\(rows)", sourceLocation: sourceLocation)
    }

    static let sizes = [(24, 80), (48, 160)]

    static func twilio() -> Trunk {
        var trunk = UIFixtures.trunk(4, name: "Frankfurt Twilio")
        trunk.authenticationMethod = AuthenticationMethod(type: .twilio, twilioAccountSid: "AC22222222222222222222222222222222")
        trunk.onCliMismatchAction = .replaceCli
        return trunk
    }

    static func ipOnly() -> Trunk {
        var trunk = UIFixtures.trunk(5, name: "Dublin Support")
        trunk.authenticationMethod = AuthenticationMethod(type: .ipOnly, allowedSipIps: ["192.0.2.50/32"], techPrefix: "4401#")
        trunk.mediaEncryptionMode = .srtpDtls
        return trunk
    }

    /// Every attribute null: what a sparse or future server may send.
    static func nullEverywhere() -> Trunk {
        var trunk = Trunk(id: "00000000-0000-4000-8000-000000000099")
        trunk.name = "Paris Minimal"
        trunk.authenticationMethod = AuthenticationMethod(type: .credentialsAndIp)
        return trunk
    }

    static func threeHundredPrefixes() -> Trunk {
        var trunk = UIFixtures.trunk(6, name: "Vienna wholesale")
        trunk.dstPrefixes = (0..<300).map { String(4_300 + $0) }
        return trunk
    }

    /// A state editing `trunk`, with `key` selected.
    func editing(_ trunk: Trunk, at key: FieldKey) throws -> AppState {
        var state = UIFixtures.state(with: [trunk])
        _ = state.press([.char("e")])
        try state.focusField(key)
        return state
    }

    @Test(arguments: sizes)
    func credentialsAndIP(rows: Int, columns: Int) throws {
        try expectFrame(try editing(UIFixtures.trunks[0], at: .allowedSipIps), "credentials", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func unicodeNameBeingEdited(rows: Int, columns: Int) throws {
        var state = try editing(UIFixtures.trunks[1], at: .name)
        _ = state.press([.enter, .end])
        _ = state.type(" 東口")
        try expectFrame(state, "unicode-name", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func twilioWithTheSIDMasked(rows: Int, columns: Int) throws {
        let state = try editing(Self.twilio(), at: .twilioAccountSid)
        #expect(!Screen.render(state, rows: rows, columns: columns).contains("AC22222222222222222222222222222222"))
        try expectFrame(state, "twilio", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func ipOnlyWithTheMethodLocked(rows: Int, columns: Int) throws {
        try expectFrame(try editing(Self.ipOnly(), at: .authType), "ip-only", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func nullEverywhereScrolledToTheEnd(rows: Int, columns: Int) throws {
        try expectFrame(try editing(Self.nullEverywhere(), at: .emergencyDids), "null-everywhere", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func threeHundredPrefixesInTheListEditor(rows: Int, columns: Int) throws {
        var state = try editing(Self.threeHundredPrefixes(), at: .dstPrefixes)
        _ = state.press([.enter, .end])
        #expect(Screen.render(state, rows: rows, columns: columns).contains("at 300"))
        _ = state.press(Array(repeating: .pageUp, count: 15))
        try expectFrame(state, "prefixes-300", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func newTrunkWithErrorsCounted(rows: Int, columns: Int) throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("n")])
        try expectFrame(state, "new", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func reviewOfAPatch(rows: Int, columns: Int) throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p"), .paste("4420 33"), .escape])
        try state.focusField(.status)
        _ = state.press([.enter, .down, .enter, .ctrl("s")])
        try expectFrame(state, "review-patch", rows: rows, columns: columns)
    }

    @Test(arguments: sizes)
    func reviewOfACreate(rows: Int, columns: Int) throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("c"), .enter])
        _ = state.type("Berlin Office 2")
        _ = state.press([.enter, .ctrl("s")])
        try expectFrame(state, "review-create", rows: rows, columns: columns)
    }

    @Test func movingDownRedrawsOnlyTheMarkerUntilTheFormScrolls() throws {
        var state = try editing(UIFixtures.trunks[0], at: .name)
        var scrolls = 0
        let count = try #require(state.form?.fieldKeys.count)
        for _ in 1..<count {
            let before = Screen.render(state, rows: 24, columns: 80)
            _ = state.press([.down])
            let after = Screen.render(state, rows: 24, columns: 80)
            let changed = (2..<21).filter { before.line($0) != after.line($0) }.count
            if changed > 2 { scrolls += 1 }
            let selected = try #require(state.form?.selectedKey)
            let marked = (2..<21).map(after.line).first { $0.contains("▶") } ?? ""
            #expect(marked.contains(FieldTable.field(selected).label), "the selected field stays visible: \(selected)")
        }
        #expect(scrolls <= 4, "the form scrolls in steps, not on every move (\(scrolls) scrolls)")
    }

    @Test func deleteConfirmation() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("D")])
        _ = state.type("Berlin")
        _ = state.press([.enter])
        try expectFrame(state, "delete", rows: 24, columns: 80)
    }
}
