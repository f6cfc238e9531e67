import Foundation
import Glibc
@testable import CursesTerminal
import ScreenKit
import Testing

/// Headless tests of the real curses driver on a pseudo-terminal. Serialized, nested suites
/// included: curses and signal handlers are process-wide, and only one screen may be active.
@Suite(.serialized)
enum CursesScreenTests {}

/// A pseudo-terminal of 24 × 80 and helpers for one curses test; closes the terminal when
/// released. Every screen a test makes must be stopped before that.
final class CursesFixture {
    static let theme = Theme(name: "test", styles: [
        .text: CellStyle(),
        .title: CellStyle(foreground: .rgb(255, 0, 0), attributes: .bold),
        .selection: CellStyle(foreground: .indexed(15), background: .indexed(24), attributes: .reverse),
        .error: CellStyle(foreground: .indexed(196), attributes: [.bold, .underline]),
        .muted: CellStyle(foreground: .rgb(128, 128, 128), attributes: .italic),
    ])

    let terminal: PseudoTerminal
    var suspensions = 0

    init() throws {
        terminal = try PseudoTerminal(rows: 24, columns: 80)
    }

    deinit {
        terminal.close()
    }

    /// A screen on the pseudo-terminal; SIGTSTP counts a suspension instead of stopping.
    func makeScreen(theme: Theme = CursesFixture.theme, mode: ColorMode = .auto,
                    environment: [String: String] = [:], terminalType: String = "xterm-256color",
                    input: Int32? = nil) throws -> CursesScreen {
        try CursesScreen(theme: theme, colorMode: mode, terminalType: terminalType,
                         inputDescriptor: input ?? terminal.slave, outputDescriptor: terminal.slave,
                         environment: environment, suspendProcess: { [self] in suspensions += 1 })
    }

    /// A frame with styled text, wide characters and a cell in the bottom-right corner; 4 of
    /// its cells are continuation cells.
    func sampleGrid(rows: Int = 24, columns: Int = 80) -> Grid {
        var grid = Grid(rows: rows, columns: columns)
        grid.write("Trunks 東京 ok", row: 0, column: 0, role: .title)
        grid.write("selected row", row: 1, column: 2, role: .selection)
        grid.write("a東b京c", row: 2, column: 0, role: .error)
        grid.write("muted", row: 3, column: 75, role: .muted)
        grid.write("Z", row: rows - 1, column: columns - 1)
        return grid
    }

    /// The character offset of the last `needle` in `text`, or -1.
    static func lastIndex(of needle: String, in text: String) -> Int {
        guard let range = text.range(of: needle, options: .backwards) else { return -1 }
        return text.distance(from: text.startIndex, to: range.lowerBound)
    }

    /// The handler address of a signal action, for comparing dispositions.
    static func handlerAddress(_ action: sigaction) -> UInt {
        withUnsafeBytes(of: action.__sigaction_handler) { $0.load(as: UInt.self) }
    }
}
