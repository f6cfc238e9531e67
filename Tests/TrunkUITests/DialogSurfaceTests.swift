import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Dialogs have a background context: inside a dialog, a role without a background of its own
/// takes the dialog's, so no dialog of any shipped theme shows stripes of page colour.
@Suite struct DialogSurfaceTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
    static let names = ["default", "dark", "light", "high-contrast", "mono", "solarized-dark", "solarized-light"]

    /// Every kind of dialog the program draws, at 120×40.
    static func dialogs() throws -> [(name: String, state: AppState)] {
        var result: [(String, AppState)] = []
        var help = UIFixtures.loadedState()
        _ = help.press([.char("?")])
        result.append(("help", help))
        var delete = UIFixtures.loadedState()
        _ = delete.press([.char("D")])
        _ = delete.type("Berl")
        result.append(("delete", delete))
        var review = UIFixtures.loadedState()
        _ = review.press([.char("p"), .paste("4420 33"), .escape])
        try review.focusField(.status)
        _ = review.press([.enter, .down, .enter, .ctrl("s")])
        result.append(("review", review))
        var picker = UIFixtures.loadedState()
        _ = picker.press([.char("e")])
        try picker.focusField(.status)
        _ = picker.press([.enter])
        result.append(("picker", picker))
        var alert = UIFixtures.loadedState()
        alert.alert = AlertState(title: "Save failed", text: "The server did not answer.\n\nYour draft is kept.")
        result.append(("alert", alert))
        var audit = UIFixtures.loadedState()
        audit.showAudit([AuditFixtures.line(changes: [AuditEntry.Change(field: "name", old: "a", new: "b")])])
        result.append(("audit", audit))
        var dids = UIFixtures.state(with: [DidEditorReducerTests.linkedTrunk()])
        _ = dids.handle(.resized(rows: 40, columns: 120))
        _ = dids.press([.char("e"), .char("L")])
        _ = dids.deliverAccountDids(DidEditorReducerTests.account)
        _ = dids.press([.char("a")])
        _ = dids.type("49")
        result.append(("did candidates", dids))
        return result
    }

    /// The theme as written (roles left at `default` still `default`).
    static func asWritten(_ name: String) throws -> Theme {
        let file = shipped.appendingPathComponent(name + ".yaml")
        var visiting: Set<String> = [file.path]
        let text = try String(contentsOf: file, encoding: .utf8)
        return try #require(ThemeLoader.resolve(text: text, source: file.path, folders: [shipped], visiting: &visiting).theme)
    }

    @Test(arguments: names)
    func everyDialogCellStandsOnTheDialogBackground(name: String) throws {
        let written = try Self.asWritten(name)
        let drawn = try ThemeLoader.load(name, folders: [Self.shipped])
        let dialog = drawn.style(for: .dialog)
        for (kind, state) in try Self.dialogs() {
            let grid = Screen.render(state, rows: 40, columns: 120)
            var cells = 0
            for row in 0..<grid.rows {
                for column in 0..<grid.columns where grid[row, column].surface == .dialog {
                    cells += 1
                    let role = grid[row, column].role
                    let own = written.styles[role]?.background ?? .terminalDefault
                    let expected = role == .text || role == .dialog || own == .terminalDefault ? dialog.background : own
                    let style = drawn.style(for: role, on: .dialog)
                    #expect(style.background == expected, "\(name) \(kind): \(role) at \(row),\(column)")
                    if written.styles[role]?.foreground ?? .terminalDefault == .terminalDefault || role == .text {
                        #expect(style.foreground == dialog.foreground, "\(name) \(kind): \(role) without a colour of its own")
                    }
                }
            }
            #expect(cells > 0, "\(kind) draws a dialog")
        }
    }

    @Test func theLightThemesDialogsShowNoPageColour() throws {
        let light = try ThemeLoader.load("light", folders: [Self.shipped])
        let page = light.style(for: .text).background, dialog = light.style(for: .dialog).background
        #expect(page != dialog)
        let grid = Screen.render(try Self.dialogs()[2].state, rows: 40, columns: 120)
        var backgrounds: Set<String> = []
        for row in 0..<grid.rows {
            for column in 0..<grid.columns where grid[row, column].surface == .dialog {
                backgrounds.insert("\(light.style(for: grid[row, column].role, on: .dialog).background)")
            }
        }
        #expect(!backgrounds.contains("\(page)"), "the review dialog shows page colour: \(backgrounds)")
        #expect(backgrounds.contains("\(dialog)"))
    }

    @Test func outsideDialogsNothingChanges() throws {
        let grid = Screen.render(UIFixtures.loadedState(), rows: 40, columns: 120)
        #expect(grid.cells.allSatisfy { $0.surface == .page })
        for name in Self.names {
            let theme = try ThemeLoader.load(name, folders: [Self.shipped])
            let written = try Self.asWritten(name)
            for role in StyleRole.allCases where role != .text {
                let own = written.styles[role]?.background ?? .terminalDefault
                #expect(theme.style(for: role).background == (own == .terminalDefault ? theme.style(for: .text).background : own))
            }
        }
    }

    @Test func writesKeepTheSurfaceAndTheContrastCheckSeesDialogPairs() throws {
        var grid = Grid(rows: 3, columns: 10)
        grid.setSurface(Rect(row: 1, column: 2, height: 1, width: 4), .dialog)
        grid.write("abcdefgh", row: 1, column: 0, role: .muted)
        grid.write("東京", row: 1, column: 4, role: .warning)
        grid.fill(Rect(row: 1, column: 0, height: 1, width: 3), role: .input)
        #expect((0..<10).map { grid[1, $0].surface == .dialog ? "d" : "." }.joined() == "..dddd....")
        #expect(grid[1, 5].text.isEmpty && grid[1, 5].surface == .dialog)
        let theme = try ThemeLoader.parse("""
            roles:
              text:   { fg: "#1c1c1c", bg: "#ffffff" }
              muted:  { fg: "#767676" }
              dialog: { fg: "#1c1c1c", bg: "#d0d0d0" }
            """, source: "test")
        let problems = ThemeChecker.contrastProblems(theme)
        #expect(problems.contains { $0.role == .muted && $0.surface == .dialog }, "grey on grey inside dialogs")
        #expect(!problems.contains { $0.role == .muted && $0.surface == .page && $0.depths.contains(.direct) },
                "4.54:1 on white passes in 16M colours")
    }

    @Test func theCheckerNamesDialogProblemsWithTheRolesLine() {
        let text = """
            name: greys
            roles:
              text:   { fg: "#1c1c1c", bg: "#ffffff" }
              muted:  { fg: "#767676" }
              dialog: { fg: "#1c1c1c", bg: "#d0d0d0" }
              selection: { attrs: [reverse] }
            """
        let problems = ThemeChecker.check(text: text, source: "greys.yaml", folders: [])
        #expect(problems.map(\.description) == [
            "greys.yaml:4: error: role muted in dialogs at 16M and 256 colours: contrast 2.94:1 of #767676 on #d0d0d0 is below 4.5:1",
            "greys.yaml:4: error: role muted at 16 colours: contrast 4.00:1 of #7f7f7f (bright-black) on #ffffff (bright-white) is below 4.5:1",
            "greys.yaml:4: error: role muted in dialogs at 16 colours: contrast 3.18:1 of #7f7f7f (bright-black) on #e5e5e5 (white) is below 4.5:1",
            "greys.yaml:4: error: role muted at 8 colours: contrast 1.57:1 of #00cdcd (cyan) on #e5e5e5 (white) is below 4.5:1",
            "greys.yaml:4: error: role muted in dialogs at 8 colours: contrast 1.57:1 of #00cdcd (cyan) on #e5e5e5 (white) is below 4.5:1",
        ])
    }
}
