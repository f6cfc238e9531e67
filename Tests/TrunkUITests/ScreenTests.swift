import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Frames as a user sees them, at the sizes support staff use.
@Suite struct ScreenTests {
    @Test(arguments: [(24, 80), (60, 200), (10, 40), (5, 20)])
    func everySizeRendersWithoutCrashing(rows: Int, columns: Int) {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        let grid = Screen.render(state, rows: rows, columns: columns)
        #expect(grid.rows == rows && grid.columns == columns)
    }

    @Test func listAt80ColumnsKeepsWideNamesAligned() {
        let state = UIFixtures.loadedState()
        let grid = Screen.render(state, rows: 24, columns: 80)
        let rows = (0..<grid.rows).map(grid.line)
        let berlin = rows.first { $0.contains("Berlin Office") }!
        let tokyo = rows.first { $0.contains("東京 outbound") }!
        #expect(DisplayWidth.of(String(berlin.prefix(upTo: berlin.range(of: "Active")!.lowerBound)))
            == DisplayWidth.of(String(tokyo.prefix(upTo: tokyo.range(of: "Active")!.lowerBound))))
        #expect(grid.contains("Blocked"))
        #expect(grid.contains("$12.50/3000"))
        #expect(Screen.render(state, rows: 48, columns: 160).contains("unlimited"), "capacity shows when there is room")
    }

    @Test func detailMasksThePassword() {
        var state = UIFixtures.loadedState()
        _ = state.press([.enter])
        let grid = Screen.render(state, rows: 60, columns: 200)
        #expect(grid.contains("dpjgwbbac9"))
        #expect(!grid.contains("z0hshvbcy7"))
        #expect(grid.contains("Rejects every destination except 44, 49"))
    }

    @Test func reviewShowsOldNewAndTheExactBody() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("b")])
        let grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.contains("Status: Active → Blocked"))
        #expect(grid.contains("\"status\" : \"blocked\""))
        #expect(grid.contains("y send"))
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("?")])
        let grid = Screen.render(state, rows: 84, columns: 200)
        let prompts = HelpText.lines(state, width: 200).map { $0.pieces.map(\.text).joined() }.joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            // A question's or prompt's keys are listed in the words of its status-bar hint.
            if binding.context.isPrompt {
                #expect(prompts.contains(binding.hint), "help lists \(binding.hint)")
            } else {
                #expect(grid.contains(binding.description), "help lists \(binding.description)")
            }
        }
    }

    @Test func builtInDefaultThemeEqualsTheShippedFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try ThemeLoader.load("default", folders: [root.appendingPathComponent("themes")])
        #expect(shipped == ThemeLoader.builtInDefault())
        #expect(shipped.styles.count == StyleRole.allCases.count)
    }
}
