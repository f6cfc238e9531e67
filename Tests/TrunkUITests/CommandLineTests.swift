import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The `:` command line: registry, completion, `:trunk`, `:q`, `:refresh`.
@Suite struct CommandLineTests {
    private func typed(_ text: String, into state: inout AppState) -> [Effect] {
        _ = state.press([.char(":")])
        return state.type(text)
    }

    @Test func colonOpensTheLineAndEscapeClosesIt() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char(":")])
        #expect(state.commandInput == TextInput())
        _ = state.press([.escape])
        #expect(state.commandInput == nil)
    }

    @Test func tabCompletesAUniqueCommandNameAndAddsASpaceWhenItTakesAnArgument() {
        var state = UIFixtures.loadedState()
        _ = typed("tru", into: &state)
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "trunk ")
        _ = state.press([.ctrl("u")])
        _ = state.type("ref")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "refresh")
    }

    @Test func tabOnAnAmbiguousPrefixListsCandidatesThenCycles() {
        var state = UIFixtures.loadedState()
        _ = typed("q", into: &state)
        _ = state.press([.tab])
        #expect(state.commandCompletion?.candidates == ["q", "q!"])
        #expect(state.commandInput?.text == "q")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "q")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "q!")
        _ = state.press([.backTab])
        #expect(state.commandInput?.text == "q")
        _ = state.press([.ctrl("u")])
        _ = state.type("qu")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "quit", "an alias completes when no name fits")
    }

    @Test func tabCompletesTrunkNamesIncludingWideCharacters() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk 東", into: &state)
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "trunk 東京 outbound")
        _ = state.press([.ctrl("u")])
        _ = state.type("trunk o")
        _ = state.press([.tab])
        #expect(state.commandCompletion?.candidates == ["Berlin Office", "Zürich Ost", "東京 outbound"])
    }

    @Test func tabCompletesTrunkIds() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk 00000000-0000-4000-8000-00000000000", into: &state)
        _ = state.press([.tab])
        #expect(state.commandCompletion?.candidates.count == 3)
        _ = state.type("3")
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "trunk " + UIFixtures.trunks[2].id)
    }

    @Test func trunkJumpsByNameAndOpensTheDetail() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk zürich ost", into: &state)
        let effects = state.press([.enter])
        #expect(effects.calls == [.loadTrunk(id: UIFixtures.trunks[2].id)])
        #expect(state.selectedTrunk?.name == "Zürich Ost")
        #expect(state.pane == .detail)
        #expect(state.commandInput == nil)
    }

    @Test func trunkJumpsByIdPrefixAndClearsALocalFilterThatHidesIt() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        _ = state.type("Berlin")
        _ = state.press([.enter])
        #expect(state.visible.count == 1)
        _ = typed("trunk 00000000-0000-4000-8000-000000000002", into: &state)
        _ = state.press([.enter])
        #expect(state.selectedTrunk?.name == "東京 outbound")
        #expect(state.filter.isEmpty)
    }

    @Test func anUnloadedIdIsReadAndAddedToTheList() {
        var state = UIFixtures.loadedState()
        let id = "11111111-2222-4333-8444-555555555555"
        _ = typed("trunk \(id)", into: &state)
        #expect(state.press([.enter]).calls == [.loadTrunk(id: id)])
        var far = UIFixtures.trunk(99, name: "Far away")
        far.id = id
        _ = state.deliverRead(far)
        #expect(state.selectedTrunk?.id == id)
        #expect(state.pane == .detail)
        #expect(state.trunks.count == 4)
    }

    @Test func anUnknownIdSaysSo() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk 11111111-2222-4333-8444-555555555555", into: &state)
        _ = state.press([.enter])
        _ = state.deliverReadFailure(id: "11111111-2222-4333-8444-555555555555", "not found (404)")
        #expect(state.message?.text.contains("Could not find trunk 11111111") == true)
        #expect(state.pendingJump == nil)
    }

    @Test func aNameNotLoadedIsLookedUpOnTheServerWhenPagesRemain() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: Array(UIFixtures.trunks.prefix(2)), totalRecords: 300, nextLink: "n"), number: 1, generation: 0)
        _ = typed("trunk Far away", into: &state)
        #expect(state.press([.enter]).calls == [.lookupTrunk(name: "Far away")])
        var far = UIFixtures.trunk(99, name: "Far away")
        far.id = "11111111-2222-4333-8444-555555555555"
        #expect(state.deliver(.lookupTrunk(name: "Far away"), .trunks(.success([far]))).calls == [.loadTrunk(id: far.id)])
        _ = state.deliverRead(far)
        #expect(state.selectedTrunk?.name == "Far away")
    }

    @Test func aNameThatMatchesNothingWhenAllIsLoadedIsReported() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk nowhere", into: &state)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.message?.text == "No trunk named or numbered \"nowhere\"")
    }

    @Test func anAmbiguousNameListsTheMatches() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk r", into: &state)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.message?.text.hasPrefix("2 trunks match \"r\"") == true)
    }

    @Test func quitQuitsWithoutADraft() {
        var state = UIFixtures.loadedState()
        _ = typed("q", into: &state)
        #expect(state.press([.enter]) == [.quit])
        #expect(state.quitting)
    }

    @Test func quitAsksWhenTheDraftIsUnsavedAndBangQuitsAnyway() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { $0.draft.name = "Changed" }
        _ = typed("q", into: &state)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.confirmQuit)
        _ = state.press([.char("n")])
        #expect(!state.quitting)
        _ = typed("q!", into: &state)
        #expect(state.press([.enter]) == [.removeDraft(trunkID: UIFixtures.trunks[0].id), .quit],
                ":q! discards the draft as its help says, so the next start does not offer it")
    }

    @Test func bangQuitWithoutAChangedFormRemovesNothing() {
        var state = UIFixtures.loadedState()
        _ = typed("q!", into: &state)
        #expect(state.press([.enter]) == [.quit])
    }

    @Test func refreshReloadsAndHelpOpensTheOverlay() {
        var state = UIFixtures.loadedState()
        _ = typed("refresh", into: &state)
        #expect(state.press([.enter]).calls == [.loadPage(number: 1, size: 50)])
        _ = typed("help", into: &state)
        _ = state.press([.enter])
        #expect(state.showHelp)
    }

    @Test func anUnknownCommandIsExplained() {
        var state = UIFixtures.loadedState()
        _ = typed("frobnicate", into: &state)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.message?.text.hasPrefix("Unknown command :frobnicate") == true)
    }

    @Test func aRegisteredCommandRunsItsHandlerAndCompletesItsWords() {
        var state = UIFixtures.loadedState()
        state.commandRegistry.register(CommandLineCommand("colour", argument: "NAME", help: "test", completion: .words(["dark", "light"])) { state, argument in
            state.message = StatusMessage("colour \(argument)")
            return [.redraw]
        })
        _ = typed("colour l", into: &state)
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "colour light")
        #expect(state.press([.enter]) == [.redraw])
        #expect(state.message?.text == "colour light")
    }

    @Test func theLineShowsCandidatesAndUsage() {
        var state = UIFixtures.loadedState()
        _ = typed("trunk", into: &state)
        var grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.line(23).contains(":trunk NAME-OR-ID — jump to a trunk by name or id"))
        _ = state.type(" ")
        _ = state.press([.tab])
        grid = Screen.render(state, rows: 24, columns: 80)
        #expect(grid.line(22).contains("Berlin Office"))
        #expect(grid.line(22).contains("Zürich Ost"))
    }

    @Test func helpListsTheRegisteredCommands() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("?")])
        let grid = Screen.render(state, rows: 60, columns: 200)
        for command in state.commandRegistry.commands {
            #expect(grid.contains(command.usage))
        }
    }

    @Test func sortCommandSortsByANamedColumnAndCompletesColumnNames() {
        var state = UIFixtures.loadedState()
        _ = typed("sort cap", into: &state)
        _ = state.press([.tab])
        #expect(state.commandInput?.text == "sort capacity")
        _ = state.type(" desc")
        #expect(state.press([.enter]).isEmpty)
        #expect(state.sort == ListSort(column: .capacity, descending: true))
        #expect(state.visible.map { state.trunks[$0].name } == ["東京 outbound", "Zürich Ost", "Berlin Office"])
        _ = typed("sort colour", into: &state)
        _ = state.press([.enter])
        #expect(state.message?.text.hasPrefix("No column \"colour\"") == true)
        _ = typed("sort", into: &state)
        _ = state.press([.enter])
        #expect(state.sort.column == nil)
    }

    @Test func filterCommandFiltersLikeSlashAndSendsTokens() {
        var state = UIFixtures.loadedState()
        _ = typed("filter status:blocked", into: &state)
        #expect(state.press([.enter]).calls == [.loadPage(number: 1, size: 50, query: ServerQuery(filters: ["status": "blocked"]))])
        #expect(state.visible.map { state.trunks[$0].name } == ["Zürich Ost"])
        _ = typed("filter", into: &state)
        #expect(state.press([.enter]).calls == [.loadPage(number: 1, size: 50)])
        #expect(state.visible.count == 3)
    }
}
