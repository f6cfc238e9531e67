import Foundation
import Glibc
@testable import CursesTerminal
import ScreenKit
import Testing

extension CursesScreenTests {
    /// Drawing: text, wide characters, styles, colour depths, and the cells a frame costs.
    @Suite struct Drawing {
        let fixture: CursesFixture

        init() throws {
            fixture = try CursesFixture()
        }

        @Test func drawsTextWideCharactersAndStylesIntoCurses() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            #expect(screen.size == (24, 80))
            #expect(screen.colorDepth == .palette256)
            screen.draw(fixture.sampleGrid())
            #expect(screen.screenLine(0) == "Trunks 東京 ok")
            #expect(screen.screenLine(1) == "  selected row")
            #expect(screen.screenLine(2) == "a東b京c")
            #expect(screen.screenLine(3) == String(repeating: " ", count: 75) + "muted")
            #expect(screen.screenCell(row: 23, column: 79)?.text == "Z")
            #expect(screen.screenCell(row: 0, column: 7)?.text == "東")

            let title = try #require(screen.screenCell(row: 0, column: 0))
            let titleEntry = screen.palette.entry(for: .title)
            #expect(title.pair == titleEntry.pair)
            #expect(titleEntry.foreground == 196 && titleEntry.background == -1)
            #expect(title.attributes == CursesScreen.cursesAttributes(.bold))
            #expect(screen.pairColors(titleEntry.pair) == (196, -1))
            let selection = try #require(screen.screenCell(row: 1, column: 2))
            #expect(screen.pairColors(selection.pair) == (15, 24))
            #expect(selection.attributes == CursesScreen.cursesAttributes(.reverse))
            let muted = try #require(screen.screenCell(row: 3, column: 75))
            #expect(screen.pairColors(muted.pair) == (244, -1))
            #expect(muted.attributes == CursesScreen.cursesAttributes(.italic))
            #expect(screen.screenCell(row: 5, column: 5)?.pair == screen.palette.entry(for: .text).pair)
        }

        @Test func aCellOnADialogIsDrawnWithTheDialogsPair() throws {
            let theme = Theme(name: "t", styles: [.text: CellStyle(foreground: .indexed(250), background: .indexed(255))],
                              dialogStyles: [.text: CellStyle(foreground: .indexed(250), background: .indexed(238))])
            let screen = try fixture.makeScreen(theme: theme)
            defer { screen.stop() }
            var grid = Grid(rows: 24, columns: 80)
            grid.setSurface(Rect(row: 2, column: 0, height: 1, width: 40), .dialog)
            grid.write("page", row: 1, column: 0)
            grid.write("dialog", row: 2, column: 0)
            screen.draw(grid)
            let page = try #require(screen.screenCell(row: 1, column: 0))
            let dialog = try #require(screen.screenCell(row: 2, column: 0))
            #expect(screen.pairColors(page.pair) == (250, 255))
            #expect(screen.pairColors(dialog.pair) == (250, 238))
            #expect(screen.pairColors(try #require(screen.screenCell(row: 2, column: 30)).pair) == (250, 238),
                    "the blank rest of the dialog row too")
            grid.setSurface(Rect(row: 2, column: 0, height: 1, width: 40), .page)
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 40, "a change of surface alone redraws the cells")
        }

        @Test func anIdenticalFrameWritesNothing() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            let grid = fixture.sampleGrid()
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 24 * 80 - 4)
            let bytesAfterFirst = await fixture.terminal.settledOutputCount()
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 0)
            #expect(await fixture.terminal.settledOutputCount() == bytesAfterFirst)

            var changed = grid
            changed.write("X", row: 10, column: 10)
            screen.draw(changed)
            #expect(screen.lastDrawCellCount == 1)
            let sent = await fixture.terminal.settledOutputCount() - bytesAfterFirst
            #expect(sent > 0 && sent < 32, "one changed cell sent \(sent) bytes")
        }

        @Test func scrollingAListByOneRowCostsFewBytes() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            func frame(scrolledBy offset: Int) -> Grid {
                var grid = Grid(rows: 24, columns: 80)
                grid.write("header", row: 0, column: 0, role: .title)
                for row in 1..<23 {
                    let item = row + offset
                    let letter = Character(Unicode.Scalar(UInt8(97 + item % 26)))
                    grid.write("trunk \(item) " + String(repeating: letter, count: item * 7 % 50) + " 東京",
                               row: row, column: 0)
                }
                grid.write("status", row: 23, column: 0, role: .statusBar)
                return grid
            }
            screen.draw(frame(scrolledBy: 0))
            let before = await fixture.terminal.settledOutputCount()
            screen.draw(frame(scrolledBy: 1))
            #expect(screen.lastDrawCellCount > 500)
            let sent = await fixture.terminal.settledOutputCount() - before
            #expect(sent < 200, "a one-row scroll sent \(sent) bytes")
        }

        @Test func wideAndNarrowCellsReplaceEachOther() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            var grid = Grid(rows: 24, columns: 80)
            grid.write("東京", row: 0, column: 0)
            screen.draw(grid)
            grid.write("abcd", row: 0, column: 0)
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 4)
            #expect(screen.screenLine(0) == "abcd")
            grid.write("ab京", row: 0, column: 0)
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 1)
            #expect(screen.screenLine(0) == "ab京")
            grid.write("x東y", row: 0, column: 1)
            screen.draw(grid)
            #expect(screen.screenLine(0) == "ax東y")
        }

        @Test func widthsTheCLibraryDisagreesWithStayAligned() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            var grid = Grid(rows: 24, columns: 80)
            grid.write("❤️|", row: 0, column: 0)
            grid[1, 0] = Cell("x")
            grid[1, 1] = Cell("")
            grid.write("|", row: 1, column: 2)
            screen.draw(grid)
            #expect(screen.screenCell(row: 0, column: 2)?.text == "|")
            #expect(screen.screenCell(row: 1, column: 1)?.text == " ")
            #expect(screen.screenCell(row: 1, column: 2)?.text == "|")
        }

        @Test func invalidateAndResizeRepaintEverything() async throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            let grid = fixture.sampleGrid()
            screen.draw(grid)
            screen.invalidate()
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 24 * 80 - 4)

            fixture.terminal.resize(rows: 30, columns: 100)
            kill(getpid(), SIGWINCH)
            #expect(await screen.key(within: 1000) == .resize)
            #expect(screen.size == (30, 100))
            screen.draw(fixture.sampleGrid(rows: 30, columns: 100))
            #expect(screen.lastDrawCellCount == 30 * 100 - 4)
            #expect(screen.screenCell(row: 29, column: 99)?.text == "Z")
        }

        @Test func cursorIsPlacedOrHidden() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            var grid = fixture.sampleGrid()
            grid.cursor = (row: 4, column: 12)
            screen.draw(grid)
            #expect(screen.screenCursor == (4, 12))
            grid.cursor = nil
            screen.draw(grid)
            #expect(screen.lastDrawCellCount == 0)
        }

        @Test(arguments: [
            (ColorMode.auto, ["NO_COLOR": "1"], "xterm-256color", ColorDepth.monochrome),
            (.never, [:], "xterm-256color", .monochrome),
            (.always, ["NO_COLOR": "1"], "xterm-256color", .palette256),
            (.auto, [:], "xterm", .ansi8),
            (.auto, ["COLORTERM": "truecolor"], "xterm-256color", .palette256),
            (.auto, [:], "vt100", .monochrome),
        ])
        func colourModeAndTerminalChooseTheDepth(mode: ColorMode, environment: [String: String],
                                                 terminalType: String, expected: ColorDepth) throws {
            let screen = try fixture.makeScreen(mode: mode, environment: environment,
                                                terminalType: terminalType)
            defer { screen.stop() }
            #expect(screen.colorDepth == expected)
            screen.draw(fixture.sampleGrid())
            let selection = try #require(screen.screenCell(row: 1, column: 2))
            if expected == .monochrome {
                #expect(selection.pair == 0)
                #expect(selection.attributes == CursesScreen.cursesAttributes(.reverse))
                let title = screen.screenCell(row: 0, column: 0)
                #expect(title?.attributes == CursesScreen.cursesAttributes(.bold))
            } else {
                #expect(selection.pair == screen.palette.entry(for: .selection).pair)
            }
            if expected == .ansi8 {
                let title = try #require(screen.screenCell(row: 0, column: 0))
                #expect(screen.pairColors(title.pair) == (1, -1))
            }
        }

        @Test func setThemeRemapsLive() throws {
            let screen = try fixture.makeScreen()
            defer { screen.stop() }
            screen.draw(fixture.sampleGrid())
            let blue = Theme(name: "blue", styles: [.title: CellStyle(foreground: .rgb(0, 0, 255))])
            screen.setTheme(blue)
            #expect(screen.theme == blue)
            screen.draw(fixture.sampleGrid())
            #expect(screen.lastDrawCellCount == 24 * 80 - 4)
            let title = try #require(screen.screenCell(row: 0, column: 0))
            #expect(screen.pairColors(title.pair) == (21, -1))
            #expect(title.attributes == CursesScreen.cursesAttributes([]))
        }

        @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tic")))
        func directColourTerminalsGetRGBValues() async throws {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("trunks-terminfo-\(getpid())")
            defer { try? FileManager.default.removeItem(at: directory) }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = directory.appendingPathComponent("direct.src")
            try Self.directEntry.write(to: source, atomically: true, encoding: .utf8)
            let ticStatus = try await Self.run("/usr/bin/tic", ["-x", "-o", directory.path, source.path])
            try #require(ticStatus == 0)
            // ncurses finds a terminal description only through the environment. Other tests
            // spawn processes meanwhile, and copying the environment races with adding or
            // removing a variable (the array moves), not with replacing one: scripts/test starts
            // the tests with TERMINFO set, so this replaces it, and it is never unset (a leftover
            // TERMINFO is harmless: ncurses falls back to the system's descriptions).
            let previous = getenv("TERMINFO").map { String(cString: $0) }
            setenv("TERMINFO", directory.path, 1)
            defer { if let previous { setenv("TERMINFO", previous, 1) } }

            let screen = try fixture.makeScreen(environment: ["COLORTERM": "truecolor"],
                                                terminalType: "trunks-direct")
            defer { screen.stop() }
            #expect(screen.colorDepth == .direct)
            screen.draw(fixture.sampleGrid())
            let title = try #require(screen.screenCell(row: 0, column: 0))
            #expect(screen.pairColors(title.pair) == (0xFF0000, -1))
            let selection = try #require(screen.screenCell(row: 1, column: 2))
            #expect(screen.pairColors(selection.pair) == (0xFFFFFF, 0x005F87))
        }

        /// Runs `executable` to its end and returns its exit status; the task suspends meanwhile.
        private static func run(_ executable: String, _ arguments: [String]) async throws -> Int32 {
            try await withCheckedThrowingContinuation { continuation in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: executable)
                process.arguments = arguments
                process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }

        private static let directEntry = """
            trunks-direct|xterm with direct colour for tests,
            \tcolors#0x1000000, pairs#0x10000, RGB,
            \tsetab=\\E[%?%p1%{8}%<%t4%p1%d%e48\\:2\\:\\:%p1%{65536}%/%d\\:%p1%{256}%/%{255}%&%d\\:%p1%{255}%&%d%;m,
            \tsetaf=\\E[%?%p1%{8}%<%t3%p1%d%e38\\:2\\:\\:%p1%{65536}%/%d\\:%p1%{256}%/%{255}%&%d\\:%p1%{255}%&%d%;m,
            \tuse=xterm-256color,

            """
    }
}
