import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The list load against servers whose total lies: it ends at the first short or empty page
/// or the first page without `links.next`, follows `next` while pages come back full, and the
/// header shows the trunks the user has, with the server's claim beside it when they differ.
@Suite struct ListPagingRulesTests {
    /// How a scripted server answers page requests.
    struct Server: Sendable {
        var count: Int
        var total: Int?
        /// Pages answered with this many trunks at most (a server that cuts a page short).
        var shortPages: [Int: Int] = [:]
        /// Pages sent without `links.next` although trunks follow.
        var withoutNext: Set<Int> = []
        /// True when every page, even the last, has a `links.next`.
        var alwaysNext = false
        /// The most trunks a page holds whatever `page[size]` asks (a server that caps it).
        var cap: Int?

        func page(_ number: Int, size asked: Int) -> TrunkPage {
            let size = min(asked, cap ?? asked)
            let start = min(count, (number - 1) * size)
            var slice = Array(start..<min(count, start + size))
            if let cut = shortPages[number] { slice = Array(slice.prefix(cut)) }
            let more = start + size < count
            let next = (more || alwaysNext) && !withoutNext.contains(number) ? "next" : nil
            return TrunkPage(trunks: slice.map { UIFixtures.trunk($0 + 1, name: String(format: "Trunk %03d", $0 + 1)) },
                             totalRecords: total, nextLink: next)
        }
    }

    /// Starts a load and answers every page asked for, in the order asked; returns the pages asked for.
    static func load(_ state: inout AppState, from server: Server, limit: Int = 200) -> [Int] {
        var asked = [1]
        var pending: [Int] = []
        let effects = state.start()
        #expect(effects.calls == [.loadPage(number: 1, size: state.pageSize)])
        pending.append(1)
        while !pending.isEmpty && asked.count <= limit {
            let number = pending.removeFirst()
            for effect in state.deliverPage(server.page(number, size: state.pageSize), number: number, generation: state.listGeneration) {
                guard case .request(_, .loadPage(let next, _, _)) = effect else { continue }
                asked.append(next)
                pending.append(next)
            }
        }
        return asked
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var what: String
        var server: Server
        var size: Int
        var loaded: Int
        var header: String
        var mostRequests: Int
        var testDescription: String { what }
    }

    static let rows: [Row] = [
        Row(what: "an honest total: every page once, in parallel", server: Server(count: 23, total: 23), size: 2,
            loaded: 23, header: "23 trunks", mostRequests: 12),
        Row(what: "a total of a billion over 72 trunks", server: Server(count: 72, total: 1_000_000_000), size: 10,
            loaded: 72, header: "72 trunks (the server said 1,000,000,000)", mostRequests: 8 + ListLoad.maximumInFlight),
        Row(what: "the largest Int as total", server: Server(count: 72, total: .max), size: 10,
            loaded: 72, header: "72 trunks (the server said 9,223,372,036,854,775,807)", mostRequests: 8 + ListLoad.maximumInFlight),
        Row(what: "a negative total", server: Server(count: 72, total: -5), size: 10,
            loaded: 72, header: "72 trunks (the server said -5)", mostRequests: 8),
        Row(what: "a total too small, with next links", server: Server(count: 72, total: 1), size: 10,
            loaded: 72, header: "72 trunks (the server said 1)", mostRequests: 8),
        Row(what: "no total at all", server: Server(count: 72, total: nil), size: 10,
            loaded: 72, header: "72 trunks", mostRequests: 8),
        Row(what: "a short page with a next link ends the list", server: Server(count: 72, total: 72, shortPages: [3: 5]), size: 10,
            loaded: 25, header: "25 trunks (the server said 72)", mostRequests: 8),
        Row(what: "an empty page with a next link ends the list", server: Server(count: 30, total: 100, alwaysNext: true), size: 10,
            loaded: 30, header: "30 trunks (the server said 100)", mostRequests: 10),
        Row(what: "a full page without a next link ends the list", server: Server(count: 72, total: 72, withoutNext: [2]), size: 10,
            loaded: 20, header: "20 trunks (the server said 72)", mostRequests: 8),
        Row(what: "a server that caps the page size: its pages are followed at its size", server: Server(count: 250, total: 250, cap: 40),
            size: 100, loaded: 250, header: "250 trunks", mostRequests: 7 + ListLoad.maximumInFlight),
        Row(what: "a full last page with a next link costs one empty page", server: Server(count: 30, total: 30, alwaysNext: true), size: 10,
            loaded: 30, header: "30 trunks", mostRequests: 4),
    ]

    @Test(arguments: rows)
    func theLoadEndsWhereThePagesEnd(row: Row) {
        var state = AppState(environmentLabel: "demo", pageSize: row.size)
        let asked = Self.load(&state, from: row.server)
        #expect(asked.count <= row.mostRequests, "asked for \(asked)")
        #expect(Set(asked).count == asked.count, "no page is asked for twice: \(asked)")
        #expect(state.trunks.count == row.loaded)
        #expect(Set(state.trunks.map(\.id)).count == state.trunks.count)
        #expect(state.trunks.map(\.name) == (0..<row.loaded).map { String(format: "Trunk %03d", $0 + 1) })
        #expect(!state.loading && state.isFullyLoaded)
        #expect(Screen.countText(state) == row.header)
    }

    @Test func pagesInFlightPastAShortPageAreIgnoredWhateverTheyHold() {
        let server = Server(count: 72, total: 1_000_000_000)
        var state = AppState(environmentLabel: "demo", pageSize: 10)
        _ = state.start()
        let first = state.deliverPage(server.page(1, size: 10), number: 1, generation: 0)
        #expect(first.calls == (2...9).map { .loadPage(number: $0, size: 10) })
        #expect(Screen.countText(state) == "loaded 10 of 1,000,000,000…")
        var asked = Set(2...9)
        for number in 2...8 {
            for case .loadPage(let next, _, _) in state.deliverPage(server.page(number, size: 10), number: number, generation: 0).calls {
                asked.insert(next)
            }
        }
        #expect(asked == Set(2...15), "pages 2 to 7 were full, each asked for one more; page 8 was short")
        #expect(!state.loading, "the list is whole once page 8, the short one, is in")
        var ghost = UIFixtures.trunk(999, name: "Ghost")
        ghost.id = "ghost"
        #expect(state.deliverPage(TrunkPage(trunks: [ghost], totalRecords: 1_000_000_000, nextLink: "next"), number: 9, generation: 0).isEmpty)
        for number in 10...15 {
            #expect(state.deliverPage(server.page(number, size: 10), number: number, generation: 0).isEmpty)
        }
        #expect(state.trunks.count == 72 && !state.trunks.contains { $0.id == "ghost" })
        #expect(state.listLoad.inFlight.isEmpty)
        #expect(Screen.countText(state) == "72 trunks (the server said 1,000,000,000)")
    }

    @Test func aPageAskedForPastTheEndThatFailsLeavesTheWholeListAlone() {
        let server = Server(count: 15, total: 1_000)
        var state = AppState(environmentLabel: "demo", pageSize: 10)
        _ = state.start()
        _ = state.deliverPage(server.page(1, size: 10), number: 1, generation: 0)
        _ = state.deliverPage(server.page(2, size: 10), number: 2, generation: 0)
        #expect(!state.loading && state.trunks.count == 15)
        _ = state.deliverPageFailure("The DIDWW server failed (500)", generation: 0)
        #expect(state.listError == nil && state.message == nil && state.isFullyLoaded)
        #expect(Screen.countText(state) == "15 trunks (the server said 1,000)")
    }

    @Test func emptyPagesArrivingBeforeTheShortOneEndTheListAtTheShortOne() {
        let server = Server(count: 72, total: 1_000_000_000)
        var state = AppState(environmentLabel: "demo", pageSize: 10)
        _ = state.start()
        _ = state.deliverPage(server.page(1, size: 10), number: 1, generation: 0)
        for number in (2...9).reversed() {
            #expect(state.deliverPage(server.page(number, size: 10), number: number, generation: 0).isEmpty,
                    "page \(number): the end is known from page 9 on, nothing more is asked for")
        }
        #expect(state.trunks.map(\.name) == (1...72).map { String(format: "Trunk %03d", $0) })
        #expect(!state.loading && Screen.countText(state) == "72 trunks (the server said 1,000,000,000)")
    }

    @Test func aCreateOrDeleteDuringALoadWithTheLargestTotalDoesNotTrap() {
        var state = AppState(environmentLabel: "demo", pageSize: 2)
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: Array(UIFixtures.trunks.prefix(2)), totalRecords: .max, nextLink: "next"), number: 1, generation: 0)
        #expect(state.totalRecords == .max)
        // A create and a delete sent earlier are answered while the list still loads.
        _ = state.ask(.create(body: Data()), for: .create)
        _ = state.ask(.delete(id: UIFixtures.trunks[0].id), for: .delete(trunkID: UIFixtures.trunks[0].id))
        _ = state.deliverCreate(UIFixtures.trunk(7, name: "New"))
        #expect(state.totalRecords == .max)
        _ = state.deliverDelete(id: UIFixtures.trunks[0].id)
        #expect(state.totalRecords == .max - 1)
    }

    @Test func aCreateAfterALyingTotalCountsTheTrunksTheUserHas() {
        var state = AppState(environmentLabel: "demo", pageSize: 10)
        _ = Self.load(&state, from: Server(count: 72, total: 1_000_000_000))
        _ = state.ask(.create(body: Data()), for: .create)
        _ = state.deliverCreate(UIFixtures.trunk(500, name: "New"))
        #expect(Screen.countText(state) == "73 trunks (the server said 1,000,000,000)")
    }
}
