import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The filter's index: what matches, that narrowing and widening agree with a fresh search, and
/// that changed trunks are searched as they now are.
@Suite struct SearchIndexTests {
    private static func names(_ state: AppState) -> [String] {
        state.visible.map { state.trunks[$0].name ?? "" }
    }

    @Test(arguments: [
        ("berlin", ["Berlin Office"]),
        ("ZÜRICH", ["Zürich Ost"]),
        ("東京", ["東京 outbound"]),
        ("00000000-0000-4000-8000-000000000002", ["東京 outbound"]),
        ("8000-000000000002", []),
        ("203.0.113.1/32", ["Berlin Office", "東京 outbound", "Zürich Ost"]),
        ("ref-7", ["Zürich Ost"]),
        ("4477", ["Berlin Office"]),
        ("nothing", []),
    ])
    func matchesNameIdPrefixReferenceAddressesAndPrefixes(needle: String, expected: [String]) {
        var state = UIFixtures.loadedState()
        var zurich = state.trunks[2]
        zurich.externalReferenceId = "REF-7"
        state.trunks[2] = zurich
        var berlin = state.trunks[0]
        berlin.dstPrefixes = ["4477"]
        state.trunks[0] = berlin
        state.filter = needle
        state.refreshVisible()
        #expect(Self.names(state) == expected)
    }

    @Test func typingAndErasingAgreeWithAFreshSearchAtEveryStep() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        for text in ["o", "ou", "out", "outx", "out", "o", ""] {
            while state.filter.count > text.count { _ = state.press([.backspace]) }
            if state.filter.count < text.count { _ = state.type(String(text.dropFirst(state.filter.count))) }
            var fresh = state
            fresh.trunks = TrunkList(state.trunks.elements)
            fresh.refreshVisible()
            #expect(state.visible == fresh.visible, "after typing \(text)")
        }
    }

    @Test(arguments: ["name:\"Berlin Office\"", "status:blocked o", "o status:active", "ost x", "00000000-0000-4000-8000-000000000001"])
    func everyPrefixOfAQueryAgreesWithTheUnindexedFilter(line: String) {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        var typed = ""
        for character in line + "\u{7f}\u{7f}\u{7f}" {
            if character == "\u{7f}" { _ = state.press([.backspace]); typed.removeLast() } else { _ = state.type(String(character)); typed.append(character) }
            let query = FilterQuery.parse(typed)
            let expected = state.trunks.indices.filter { query.matches(state.trunks[$0]) }
            #expect(state.visible == expected, "after \(typed)")
        }
    }

    @Test func aReplacedTrunkIsSearchedAsItIsNow() {
        var state = UIFixtures.loadedState()
        state.filter = "berlin"
        state.refreshVisible()
        #expect(Self.names(state) == ["Berlin Office"])
        var renamed = state.trunks[0]
        renamed.name = "Hamburg Office"
        state.replace(renamed)
        #expect(Self.names(state).isEmpty)
        state.filter = "hamburg"
        state.refreshVisible()
        #expect(Self.names(state) == ["Hamburg Office"])
    }

    @Test func filteringKeepsTheSortOrder() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("s"), .char("S")])
        #expect(Self.names(state) == ["東京 outbound", "Zürich Ost", "Berlin Office"])
        state.filter = "o"
        state.refreshVisible()
        #expect(Self.names(state) == ["東京 outbound", "Zürich Ost", "Berlin Office"])
        state.filter = "of"
        state.refreshVisible()
        #expect(Self.names(state) == ["Berlin Office"])
    }

    /// The byte scanner's edges: a first byte repeated before the match, a needle that is the
    /// whole field, one longer than it, text across two fields (never a match), non-ASCII bytes.
    @Test(arguments: [
        ("aab", ["Zürich Ost"]), ("xaaab", ["Zürich Ost"]), ("xaaabb", []), ("ostx", []),
        ("ü", ["Zürich Ost"]), ("office", ["Berlin Office"]),
    ])
    func scannerEdges(needle: String, expected: [String]) {
        var state = UIFixtures.loadedState()
        var zurich = state.trunks[2]
        zurich.externalReferenceId = "xaaab"
        state.trunks[2] = zurich
        state.filter = needle
        state.refreshVisible()
        #expect(Self.names(state) == expected)
    }

    /// A query longer than the kept answers, typed and erased one key at a time, agrees with a
    /// fresh search at every step, and a changed sort drops the kept answers.
    @Test func longQueriesAndSortChangesAgreeWithAFreshSearch() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("/")])
        let line = "o " + String(repeating: "o", count: 40)
        func check(_ note: String) {
            var fresh = state
            fresh.trunks = TrunkList(state.trunks.elements)
            fresh.refreshVisible()
            #expect(state.visible == fresh.visible, "\(note) \(state.filter)")
        }
        for character in line {
            _ = state.type(String(character))
            check("typed")
        }
        for _ in line {
            _ = state.press([.backspace])
            check("erased")
        }
        _ = state.type("ou")
        state.sort.next()
        state.refreshVisible()
        check("sorted")
        _ = state.press([.backspace])
        check("sorted, erased")
    }
}
