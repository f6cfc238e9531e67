import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The list pane's reducer: paging, filter, sort, scroll, and every list and global key.
@Suite struct ListReducerTests {
    private static func many(_ count: Int, from start: Int = 1) -> [Trunk] {
        (start..<(start + count)).map { UIFixtures.trunk($0, name: String(format: "Trunk %03d", $0)) }
    }

    private func page(_ number: Int, of all: [Trunk], size: Int) -> TrunkPage {
        let slice = Array(all.dropFirst((number - 1) * size).prefix(size))
        let last = (all.count + size - 1) / size
        return TrunkPage(trunks: slice, totalRecords: all.count, nextLink: number < last ? "next" : nil)
    }

    @Test func aFirstLoadThatFailsSaysNotLoadedNotZeroTrunks() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        #expect(Screen.countText(state) == "loading…")
        _ = state.deliverPageFailure("Could not connect to 127.0.0.1:9", generation: 0)
        #expect(Screen.countText(state) == "not loaded", "an account never read is not an empty account")
        _ = state.handle(.key(.char("r")))
        _ = state.deliverPage(TrunkPage(trunks: [], totalRecords: 0, nextLink: nil), number: 1, generation: state.listGeneration)
        #expect(Screen.countText(state) == "0 trunks", "once read, an empty account says so")
    }

    @Test func pagesAfterTheFirstAreAskedForAFewAtATimeAndMayArriveInAnyOrder() {
        let all = Self.many(23)
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        let first = state.deliverPage(page(1, of: all, size: 2), number: 1, generation: 0)
        let window = ListLoad.maximumInFlight
        #expect(first.calls == (2...(1 + window)).map { .loadPage(number: $0, size: 2) })
        #expect(state.trunks.count == 2, "the first page shows at once")
        #expect(Screen.countText(state) == "loaded 2 of 23…")
        #expect(state.deliverPage(page(4, of: all, size: 2), number: 4, generation: 0).calls == [.loadPage(number: 2 + window, size: 2)])
        _ = state.deliverPage(page(3, of: all, size: 2), number: 3, generation: 0)
        #expect(state.trunks.map(\.name) == ["Trunk 001", "Trunk 002", "Trunk 005", "Trunk 006", "Trunk 007", "Trunk 008"],
                "pages are placed in server order whatever order they arrive in")
        var pending = [2] + Array(5...(3 + window))
        var requested = Set(2...(3 + window))
        while let next = pending.first {
            pending.removeFirst()
            for effect in state.deliverPage(page(next, of: all, size: 2), number: next, generation: 0) {
                guard case .request(_, .loadPage(let number, _, _)) = effect else { continue }
                #expect(!requested.contains(number), "page \(number) is asked for once")
                requested.insert(number)
                pending.append(number)
            }
            #expect(state.listLoad.inFlight.count <= ListLoad.maximumInFlight)
        }
        #expect(state.trunks.map(\.name) == all.map(\.name))
        #expect(!state.loading)
        #expect(Screen.countText(state) == "23 trunks")
    }

    @Test func aTrunkJumpedToBeforeItsPageArrivesIsNotListedTwice() {
        let all = Self.many(6)
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        _ = state.deliverPage(page(1, of: all, size: 2), number: 1, generation: 0)
        _ = state.press([.char(":")])
        _ = state.type("trunk \(all[4].id)")
        #expect(state.press([.enter]).calls == [.loadTrunk(id: all[4].id)])
        _ = state.deliverRead(all[4])
        #expect(state.trunks.count == 3)
        for number in 2...3 { _ = state.deliverPage(page(number, of: all, size: 2), number: number, generation: 0) }
        #expect(state.trunks.map(\.id).count == Set(state.trunks.map(\.id)).count)
        #expect(state.trunks.count == 6)
        #expect(state.selectedTrunk?.id == all[4].id, "the jumped-to trunk stays selected")
    }

    @Test func aPageRepeatedOrFromAnOldGenerationIsIgnored() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        let all = Self.many(4)
        guard let first = state.requests.oldest(making: .loadPage(number: 1, size: 2)) else { Issue.record("no page 1"); return }
        _ = state.handle(.answered(first, .page(.success(page(1, of: all, size: 2)))))
        _ = state.handle(.answered(first, .page(.success(page(1, of: all, size: 2)))))
        #expect(state.trunks.count == 2, "page 1 answered twice is applied once")
        // A refresh starts a new load: the first load's page 2, still on its way, is not part of it.
        guard let oldSecond = state.requests.oldest(making: .loadPage(number: 2, size: 2)) else { Issue.record("no page 2"); return }
        _ = state.press([.char("r")])
        _ = state.handle(.answered(oldSecond, .page(.success(page(2, of: all, size: 2)))))
        #expect(state.trunks.count == 2)
    }

    @Test func refreshUpdatesInPlaceKeepsTheSelectionAndDropsVanishedTrunks() {
        let all = Self.many(6)
        var state = AppState(environmentLabel: "demo", pageSize: 3)
        _ = state.start()
        _ = state.deliverPage(page(1, of: all, size: 3), number: 1, generation: 0)
        _ = state.deliverPage(page(2, of: all, size: 3), number: 2, generation: 0)
        _ = state.press([.char("G")])
        #expect(state.selectedTrunk?.name == "Trunk 006")
        #expect(state.press([.char("r")]).calls == [.loadPage(number: 1, size: 3)])
        var changed = Array(all.dropFirst())
        changed[0].name = "Renamed 002"
        _ = state.deliverPage(page(1, of: changed, size: 3), number: 1, generation: 1)
        #expect(state.selectedTrunk?.name == "Trunk 006", "the selection stays while its page is still loading")
        #expect(state.trunks.contains { $0.name == "Renamed 002" })
        _ = state.deliverPage(page(2, of: changed, size: 3), number: 2, generation: 1)
        #expect(state.trunks.map(\.name) == ["Renamed 002", "Trunk 003", "Trunk 004", "Trunk 005", "Trunk 006"])
        #expect(state.selectedTrunk?.name == "Trunk 006")
    }

    @Test func aFailedPageKeepsWhatIsLoadedAndSaysSo() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("r")])
        _ = state.deliverPageFailure("HTTP 500", generation: 1)
        #expect(state.trunks.count == 3)
        #expect(state.message?.text == "HTTP 500 — showing the last good data (3 loaded); r retries")
        #expect(!state.loading)
    }

    @Test func typingNarrowsAtOnceAndEnterSendsTokensToTheServer() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("/")]).isEmpty)
        #expect(state.type("status:blocked").isEmpty, "nothing is sent while typing")
        #expect(state.visible.map { state.trunks[$0].name } == ["Zürich Ost"])
        #expect(state.press([.enter]).calls == [.loadPage(number: 1, size: 50, query: ServerQuery(filters: ["status": "blocked"]))])
        #expect(state.filterInput == nil)
        #expect(state.filter == "status:blocked")
        #expect(state.press([.char("/"), .enter]).isEmpty, "the same tokens are not sent twice")
    }

    @Test func freeTextIsLocalAndUnknownTokensAreExplainedNotSent() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        _ = state.type("zür colour:red")
        #expect(state.visible.count == 1)
        #expect(state.press([.enter]).isEmpty)
        #expect(state.message?.text.hasPrefix("Not sent: colour: is not a filter") == true)
    }

    @Test func escapeClearsTheFilterAndReloadsWithoutServerFilters() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        _ = state.type("auth:twilio")
        _ = state.press([.enter])
        #expect(state.visible.isEmpty)
        #expect(ListPane.emptyText(state) == "  no trunk matches auth:twilio — Esc clears the filter")
        #expect(state.press([.escape]).calls == [.loadPage(number: 1, size: 50)])
        #expect(state.filter.isEmpty)
        #expect(state.visible.count == 3)
    }

    @Test func escapeInTheFilterLineClearsItWithoutAReloadWhenNothingWasSent() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        _ = state.type("berlin")
        #expect(state.press([.escape]).isEmpty)
        #expect(state.filter.isEmpty && state.filterInput == nil)
    }

    @Test func emptyStatesSayWhatIsGoingOn() {
        var state = AppState(environmentLabel: "demo")
        _ = state.start()
        #expect(ListPane.emptyText(state) == "  loading trunks…")
        _ = state.deliverPage(TrunkPage(trunks: [], totalRecords: 0), number: 1, generation: 0)
        #expect(ListPane.emptyText(state) == "  no trunks on this account — n creates one")
        var filtered = UIFixtures.loadedState()
        _ = filtered.press([.char("/")])
        _ = filtered.type("status:blocked abc")
        #expect(ListPane.emptyText(filtered) == "  no trunk matches status:blocked abc — Esc clears the filter")
    }

    @Test func sortCyclesColumnsLocallyWhenEverythingIsLoaded() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.char("s")]).isEmpty)
        #expect(state.sort == ListSort(column: .name, descending: false))
        #expect(state.visible.map { state.trunks[$0].name } == ["Berlin Office", "Zürich Ost", "東京 outbound"])
        #expect(state.press([.char("S")]).isEmpty)
        #expect(state.visible.map { state.trunks[$0].name } == ["東京 outbound", "Zürich Ost", "Berlin Office"])
        _ = state.press([.char("s")])
        #expect(state.sort.column == .status)
        #expect(state.visible.map { state.trunks[$0].name }.first == "Berlin Office")
        #expect(Screen.render(state, rows: 24, columns: 80).line(0).contains("sort Status ▲"))
    }

    @Test func sortAsksTheServerWhenPagesRemainAndItCanSortByTheColumn() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        _ = state.deliverPage(page(1, of: Self.many(40), size: 2), number: 1, generation: 0)
        let byName = state.press([.char("s")])
        #expect(byName.calls == [.loadPage(number: 1, size: 2, query: ServerQuery(sort: [.init(field: "name")]))])
        let reversed = state.press([.char("S")])
        #expect(reversed.calls == [.loadPage(number: 1, size: 2, query: ServerQuery(sort: [.init(field: "name", descending: true)]))])
        #expect(state.press([.char("s")]).isEmpty, "status cannot be sorted by the server: the loaded rows are sorted")
        #expect(state.message?.text.contains("the server cannot sort by it") == true)
    }

    @Test func movingKeysWalkTheListAndPageByTheVisibleRows() {
        var state = AppState(environmentLabel: "demo", pageSize: 100)
        _ = state.start()
        _ = state.handle(.resized(rows: 24, columns: 80))
        _ = state.deliverPage(TrunkPage(trunks: Self.many(60), totalRecords: 60), number: 1, generation: 0)
        let rows = state.listViewportRows
        #expect(rows == 19)
        _ = state.press([.char("j"), .down])
        #expect(state.selection == 2)
        _ = state.press([.char("k")])
        #expect(state.selection == 1)
        _ = state.press([.pageDown])
        #expect(state.selection == 1 + rows - 1)
        _ = state.press([.char("G")])
        #expect(state.selection == 59)
        #expect(state.listScroll == 60 - rows)
        _ = state.press([.pageUp, .up])
        #expect(state.listScroll == 59 - rows, "scrolling up moves the window only when the selection leaves it")
        _ = state.press([.char("g")])
        #expect(state.selection == 0 && state.listScroll == 0)
        _ = state.press([.end, .home])
        #expect(state.selection == 0)
    }

    @Test func resizingKeepsSelectionScrollAndDraft() {
        var state = AppState(environmentLabel: "demo", pageSize: 100)
        _ = state.start()
        _ = state.handle(.resized(rows: 60, columns: 200))
        _ = state.deliverPage(TrunkPage(trunks: Self.many(80), totalRecords: 80), number: 1, generation: 0)
        _ = state.press(Array(repeating: .char("j"), count: 30))
        let selected = state.selectedTrunk?.id
        #expect(state.listScroll == 0)
        #expect(state.handle(.resized(rows: 24, columns: 80)) == [.redraw])
        #expect(state.selectedTrunk?.id == selected)
        #expect(state.listScroll == 30 - state.listViewportRows + 1)
        _ = state.press([.char("e")])
        state.editForm { $0.draft.name = "Draft name" }
        _ = state.handle(.resized(rows: 10, columns: 40))
        #expect(Screen.render(state, rows: 10, columns: 40).plainText().contains("Terminal too small: 40×10"))
        _ = state.handle(.resized(rows: 40, columns: 120))
        #expect(state.form?.draft.name == "Draft name")
        #expect(state.selectedTrunk?.id == selected)
    }

    @Test func listCommandsOpenEditBlockAndPrefixes() {
        var state = UIFixtures.loadedState()
        #expect(state.press([.enter]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)])
        #expect(state.pane == .detail)
        _ = state.press([.escape])
        #expect(state.pane == .list)
        _ = state.press([.char("e")])
        #expect(state.form?.original.id == UIFixtures.trunks[0].id)
        _ = state.press([.escape])
        _ = state.press([.char("p")])
        if case .list(let editor)? = state.form?.editor { #expect(editor.items == ["44", "49"]) } else { Issue.record("p opens the prefix editor") }
        state = UIFixtures.loadedState()
        _ = state.press([.char("b")])
        #expect(state.review?.diff.changes.map(\.key) == [.status])
    }

    @Test func globalCommandsHelpQuitTabColonRefreshRedraw() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("?")])
        #expect(state.showHelp)
        _ = state.press([.char("x")])
        #expect(!state.showHelp)
        #expect(state.press([.tab]).calls == [.loadTrunk(id: UIFixtures.trunks[0].id)])
        #expect(state.pane == .detail)
        _ = state.press([.backTab])
        #expect(state.pane == .list)
        _ = state.press([.char(":")])
        #expect(state.commandInput != nil)
        _ = state.press([.escape])
        #expect(state.press([.ctrl("l")]) == [.redraw])
        #expect(state.press([.char("r")]).calls == [.loadPage(number: 1, size: 50)])
        #expect(state.press([.char("q")]) == [.quit])
    }
}

/// The header's count and data age.
@Suite struct ListHeaderTests {
    @Test func theHeaderSaysHowMuchIsLoadedAndHowOldItIs() {
        var state = ListSnapshotTests.state(rows: 24, columns: 80)
        #expect(Screen.render(state, rows: 24, columns: 80).line(0).contains("loaded 9 of 312… · updated 42s ago"))
        state.now = state.now.addingTimeInterval(11 * 60)
        #expect(Screen.render(state, rows: 24, columns: 80).line(0).contains("updated 11m ago (stale)"))
    }
}
