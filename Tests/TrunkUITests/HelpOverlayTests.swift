import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The `?` overlay at the smallest terminal: every key and command of every pane is readable in
/// full (nothing cut off), scrolling with the list's movement keys; any other key closes it.
@Suite struct HelpOverlayTests {
    /// A state with the focus in `context`, at `rows` × `columns`.
    static func state(in context: KeyContext, rows: Int = 24, columns: Int = 80) -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.handle(.resized(rows: rows, columns: columns))
        switch context {
        case .global, .list: break
        case .detail: _ = state.press([.enter])
        case .form: _ = state.press([.char("e")])
        case .listEditor: _ = state.press([.char("p")])
        case .review: _ = state.press([.char("b")])
        case .didEditor: _ = state.press([.char("L")])
        default: Issue.record("help opens in the panes, the editors and the review, not in \(context.rawValue)")
        }
        #expect(HelpText.focusContext(state) == (context == .global ? .list : context))
        return state
    }

    /// The overlay's rows of every page, from the top to the end, as the user pages through them.
    static func pages(_ state: inout AppState, rows: Int = 24, columns: Int = 80) -> [[String]] {
        _ = state.press([.char("?")])
        #expect(state.showHelp)
        var pages: [[String]] = []
        for _ in 0..<40 {
            let grid = Screen.render(state, rows: rows, columns: columns)
            pages.append(SnapshotAssertion.textLines(grid, 0..<columns))
            if !(pages.last ?? []).contains(where: { $0.contains(" lines ") }) || state.helpScroll == HelpText.maxScroll(state) { break }
            _ = state.press([.pageDown])
        }
        return pages
    }

    /// The text of `pages` inside the overlay's frame, with runs of spaces collapsed.
    static func flattened(_ pages: [[String]]) -> String {
        pages.flatMap { $0.dropFirst(2).dropLast(3) }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
            .joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test("every key and command of every pane reads in full at 80x24", arguments: KeyContext.allCases.filter { $0 != .global && !$0.isPrompt })
    func everythingReadableAt80x24(context: KeyContext) {
        var state = Self.state(in: context)
        let pages = Self.pages(&state)
        #expect(pages.count > 1, "80x24 cannot hold it all: the overlay scrolls")
        let text = Self.flattened(pages)
        for binding in Keymap.standard.bindings where !binding.context.isPrompt {
            let keys = binding.keys.map(\.displayName).joined(separator: "/")
            #expect(text.contains(keys + " " + binding.description), "help shows \(keys) \(binding.description)")
        }
        // The "too small" screen names its own key; the help is never seen while it holds it.
        for context in KeyContext.allCases where context.isPrompt && context != .tooSmall {
            #expect(text.contains(context.rawValue + ":"), "help shows the keys of \(context.rawValue)")
        }
        for key in FilterQuery.keys {
            #expect(text.contains(key.name + ": " + key.help), "help shows the filter token \(key.name):")
        }
        for command in state.commandRegistry.commands {
            #expect(text.contains(command.usage + " " + command.help), "help shows \(command.usage) \(command.help)")
        }
        for page in pages {
            #expect(!page.contains { $0.contains("…") }, "nothing is cut off")
            #expect(page[1].hasPrefix("┌─ Keys: \(context.rawValue) first"), "one frame over the panes, focused pane named")
        }
        #expect(pages[0][2] == "│ \(context.rawValue) (here)" + String(repeating: " ", count: 78 - 1 - DisplayWidth.of(context.rawValue + " (here)")) + "│",
                "the focused pane's keys come first")
    }

    @Test func theFooterSaysWhereTheViewIsAndTheStatusLineHowToScroll() {
        var state = Self.state(in: .list)
        _ = state.press([.char("?")])
        let total = HelpText.lines(state, width: 77).count
        var lines = SnapshotAssertion.textLines(Screen.render(state, rows: 24, columns: 80), 0..<80)
        #expect(lines[21].hasPrefix("│ lines 1–19 of \(total) · j k PgDn PgUp scroll · any other key closes"))
        #expect(lines[23] == " j k PgDn PgUp scroll the help · any other key closes it")
        _ = state.press([.char("G")])
        lines = SnapshotAssertion.textLines(Screen.render(state, rows: 24, columns: 80), 0..<80)
        #expect(lines[21].hasPrefix("│ lines \(total - 18)–\(total) of \(total) ·"))
    }

    @Test func movementKeysScrollAndAnyOtherKeyCloses() {
        var state = Self.state(in: .detail)
        _ = state.press([.char("?")])
        let last = HelpText.maxScroll(state)
        #expect(last > 0)
        _ = state.press([.char("j"), .down])
        #expect(state.helpScroll == 2)
        _ = state.press([.char("k")])
        #expect(state.helpScroll == 1)
        _ = state.press([.pageDown])
        #expect(state.helpScroll == 1 + 18, "a page keeps one line of the last for context")
        _ = state.press([.char(" ")])
        #expect(state.helpScroll == min(last, 1 + 36))
        _ = state.press([.pageUp, .pageUp, .pageUp])
        #expect(state.helpScroll == 0)
        _ = state.press([.char("G")])
        #expect(state.helpScroll == last)
        _ = state.press([.down, .end])
        #expect(state.helpScroll == last, "never past the end")
        _ = state.press([.char("g")])
        #expect(state.helpScroll == 0)
        _ = state.press([.char("G"), .char("q")])
        #expect(!state.showHelp && state.helpScroll == 0, "q closes the help; it does not quit")
        #expect(!state.quitting)
        #expect(state.pane == .detail)
        _ = state.press([.char("?"), .escape])
        #expect(!state.showHelp && state.pane == .detail, "Esc closes the help only")
    }

    @Test func wideTerminalsUseAsFewColumnsAsHoldEverything() {
        var state = Self.state(in: .form, rows: 84, columns: 200)
        let pages = Self.pages(&state, rows: 84, columns: 200)
        #expect(pages.count == 1)
        #expect(pages[0][81].hasPrefix("│ any key closes"), "no scroll position when everything shows")
        #expect(HelpText.maxScroll(state) == 0)
        let geometry = HelpText.geometry(state, in: HelpText.body(for: state.screenSize))
        #expect(geometry.columns > 1)
        let fewer = geometry.columns - 1
        #expect(HelpText.lines(state, width: geometry.inner.width / fewer - 1).count > fewer * geometry.rows,
                "the fewest columns that hold it all, so descriptions are as wide as they can be")
    }

    @Test func theWheelScrollsTheHelpAndAClickReachesNothingBelow() {
        var state = Self.state(in: .list)
        _ = state.press([.char("?")])
        let selection = state.selection
        _ = state.handle(.key(.mouse(MouseEvent(.wheelDown, row: 10, column: 10))))
        #expect(state.helpScroll == AppState.wheelRows)
        _ = state.handle(.key(.mouse(MouseEvent(.wheelUp, row: 10, column: 10))))
        _ = state.handle(.key(.mouse(MouseEvent(.wheelUp, row: 10, column: 10))))
        #expect(state.helpScroll == 0)
        _ = state.handle(.key(.mouse(MouseEvent(.click, row: 5, column: 10))))
        #expect(state.showHelp && state.selection == selection)
    }

    @Test func remappedMovementKeysScrollTheHelpToo() {
        var state = Self.state(in: .list)
        state.keymap.bindings = state.keymap.bindings.map { binding in
            var changed = binding
            if binding.context == .list && binding.command == .moveDown { changed.keys = [.char("J"), .down] }
            return changed
        }
        _ = state.press([.char("?"), .char("J")])
        #expect(state.showHelp && state.helpScroll == 1)
        #expect(Screen.hints(state).hasPrefix(" J k PgDn PgUp scroll"))
    }

    @Test func helpAt80x24() {
        var state = Self.state(in: .form)
        _ = state.press([.char("?")])
        SnapshotAssertion.assertFrame(Screen.render(state, rows: 24, columns: 80), named: "help-80x24-form")
    }
}
