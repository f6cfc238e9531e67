import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The list with its index (`TrunkList`): sorts and filters give what the plain definitions give
/// (`ListSort.key` with ties by id; `FilterQuery.matches`), and a list changed step by step
/// (pages in any order, trunks replaced, removed, reordered) answers as one built fresh.
@Suite struct TrunkListTests {
    private let trunks = TrunkListSamples.all

    @Test(arguments: TrunkListSamples.sorts)
    func everySortGivesTheDefinedOrder(sort: ListSort) {
        var list = TrunkList(trunks)
        #expect(list.matching(FilterQuery(), sort: sort) == TrunkListSamples.referenceOrder(trunks, sort))
    }

    /// Equal keys go by name as the name column orders names: lower-cased, in `String` order,
    /// whatever the bytes (case, NUL, line breaks, composed and decomposed letters, prefixes).
    @Test func namesOfEqualKeysCompareAsTheirLowerCasedText() {
        let names: [String?] = TrunkListSamples.edgeCases.map(\.name) + [
            "Kyiv Backup 00027", "kyiv backup 00031", "e\u{301}a", "éa", "eb", "E\u{301}", "ab", "aB", "ab\u{301}", "abc",
        ]
        for a in names {
            for b in names {
                let left = (a ?? "").lowercased(), right = (b ?? "").lowercased()
                let expected: Bool? = left == right ? nil : left < right
                #expect(ListSortKey.nameOrder(a, b) == expected, "\(String(describing: a)) vs \(String(describing: b))")
            }
        }
    }

    @Test(arguments: TrunkListSamples.queries)
    func everyFilterGivesTheTrunksThatMatch(line: String) {
        var list = TrunkList(trunks)
        for sort in [ListSort(), ListSort(column: .name, descending: true)] {
            #expect(list.matching(FilterQuery.parse(line), sort: sort) == TrunkListSamples.referenceMatches(trunks, line, sort),
                    "\(line) sorted by \(sort.column?.rawValue ?? "server order")")
        }
    }

    /// Pages arrive out of order while a sort is shown, then trunks change, leave and are put back
    /// in server order; at every step each sort and filter equals a fresh build's and the definition.
    @Test(arguments: [ListSort(column: .name), ListSort(column: .sipIps, descending: true), ListSort(column: .limit)])
    func aListBuiltStepByStepAnswersAsAFreshOne(shown: ListSort) {
        let pages = stride(from: 0, to: trunks.count, by: 16).map { Array(trunks[$0..<min($0 + 16, trunks.count)]) }
        var list = TrunkList()
        var expected: [Trunk] = []
        for index in [0, 3, 1, 7, 2, 4, 6, 5].filter(pages.indices.contains) {
            let place = expected.count / 2
            _ = list.matching(FilterQuery.parse("o status:active"), sort: shown)
            list.insert(contentsOf: pages[index], at: place)
            expected.insert(contentsOf: pages[index], at: place)
            #expect(list.matching(FilterQuery.parse("o status:active"), sort: shown)
                        == TrunkListSamples.referenceMatches(expected, "o status:active", shown),
                    "the filter shown takes in page \(index)")
            _ = list.matching(FilterQuery(), sort: shown)
            check(list, expected, "after page \(index)")
        }
        var renamed = list[5]
        renamed.name = "aaa first now"
        renamed.dstPrefixes = ["777"]
        list[5] = renamed
        expected[5] = renamed
        check(list, expected, "after a rename")
        list.remove(at: 9)
        expected.remove(at: 9)
        list.append(trunks[0])
        expected.append(trunks[0])
        check(list, expected, "after a delete and an append")
        list.removeAll { $0.status == .blocked }
        expected.removeAll { $0.status == .blocked }
        check(list, expected, "after dropping the blocked")
        list.sort { $0.id > $1.id }
        expected.sort { $0.id > $1.id }
        check(list, expected, "after reordering")
    }

    @Test func typingNarrowsAndErasingWidensAsAFreshSearch() {
        var list = TrunkList(trunks)
        for line in ["a", "ab", "abc", "abcd", "abc", "ab", "a", "a s", "a st", "a status:blocked", "a", ""] {
            #expect(list.matching(FilterQuery.parse(line), sort: ListSort()) == TrunkListSamples.referenceMatches(trunks, line, ListSort()),
                    "\(line)")
        }
    }

    @Test func equalAddressListsShareStorageAndKeepTheirValues() {
        var first = Trunk(id: "1"), second = Trunk(id: "2")
        first.allowedRtpIps = ["2001:db8:abcd::5/128", "203.0.113.10/32"]
        second.allowedRtpIps = ["2001:db8:abcd::5/128", "203.0.113.10/32"]
        first.callbackUrl = "https://hooks.example.com/didww"
        second.callbackUrl = "https://hooks.example.com/didww"
        let list = TrunkList([first, second])
        #expect(list.elements == [first, second])
        let shared = list[0].allowedRtpIps!.withUnsafeBufferPointer { a in list[1].allowedRtpIps!.withUnsafeBufferPointer { $0.baseAddress == a.baseAddress } }
        #expect(shared)
        let sameURL = list[0].callbackUrl!.utf8.withContiguousStorageIfAvailable { a in
            list[1].callbackUrl!.utf8.withContiguousStorageIfAvailable { $0.baseAddress == a.baseAddress }
        }
        #expect(sameURL == true)
    }

    /// Once every page is in, the load's ids are dropped (they would double the list's memory);
    /// a refresh still drops the trunks the server no longer lists.
    @Test(arguments: [true, false])
    func aFinishedLoadKeepsNoIDsAndARefreshStillDropsTheGone(refresh: Bool) {
        let all = Array(trunks.prefix(6))
        var state = AppState(environmentLabel: "demo", pageSize: 3)
        _ = state.start()
        if refresh {
            _ = state.deliverPage(TrunkPage(trunks: all, totalRecords: 6), number: 1, generation: 0)
            _ = state.handle(.key(.char("r")))
        }
        let kept = refresh ? Array(all.dropFirst()) : all
        let generation = state.listGeneration
        _ = state.deliverPage(TrunkPage(trunks: Array(kept.prefix(3)), totalRecords: kept.count, nextLink: "next"), number: 1, generation: generation)
        #expect(!state.listLoad.serverOrder.isEmpty, "pages still to come are placed by it")
        _ = state.deliverPage(TrunkPage(trunks: Array(kept.dropFirst(3)), totalRecords: kept.count), number: 2, generation: generation)
        #expect(state.listLoad.isComplete)
        #expect(state.listLoad.serverOrder.isEmpty && state.listLoad.seen.isEmpty)
        #expect(state.trunks.elements == kept)
    }

    private func check(_ list: TrunkList, _ expected: [Trunk], _ note: String) {
        #expect(list.elements == expected, "\(note): the trunks themselves")
        var changed = list
        var fresh = TrunkList(expected)
        for sort in TrunkListSamples.sorts {
            let order = changed.matching(FilterQuery(), sort: sort)
            #expect(order == fresh.matching(FilterQuery(), sort: sort), "\(note), \(sort)")
            #expect(order == TrunkListSamples.referenceOrder(expected, sort), "\(note), \(sort)")
        }
        for line in ["a", "o b", "777", "status:active 2"] {
            #expect(changed.matching(FilterQuery.parse(line), sort: ListSort()) == TrunkListSamples.referenceMatches(expected, line, ListSort()),
                    "\(note), \(line)")
        }
    }
}
