import ScreenKit
import Testing
@testable import TrunkUI

/// Word wrap (TextWrap): by display width, at spaces, never splitting a character.
@Suite struct TextWrapTests {
    @Test("wrapped pieces never exceed the width", arguments: [
        ("Vienna wholesale interconnect for premium-rate termination", 20),
        ("東京 outbound 東京東京東京東京東京東京東京東京", 9),
        ("averyveryveryverylongwordwithoutanyspaces", 10),
        ("short", 40),
    ])
    func wrapFits(text: String, width: Int) {
        let pieces = TextWrap.wrap(text, width: width)
        #expect(pieces.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(pieces.joined().filter { $0 != " " } == text.filter { $0 != " " }, "nothing is lost")
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextWrap.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.wrap("", width: 5) == [""])
    }

    @Test func listsBreakBetweenItemsOnly() {
        #expect(TextWrap.wrapList(["44", "4420", "49", "33"], width: 10) == ["44, 4420,", "49, 33"])
        #expect(TextWrap.wrapList(["averyverylongitem", "1"], width: 5) == ["averyverylongitem,", "1"])
    }

    @Test func hangingIndentKeepsAReasonInOneBlock() {
        #expect(TextWrap.wrapHanging("✓ Allowed: no prefixes are listed, so the default applies", width: 24)
                == ["✓ Allowed: no prefixes", "  are listed, so the", "  default applies"])
        #expect(TextWrap.wrapHanging("  tech prefix 77# stripped before matching", width: 24)
                == ["  tech prefix 77#", "  stripped before", "  matching"])
        #expect(TextWrap.wrapHanging("Allows every destination", width: 10) == TextWrap.wrap("Allows every destination", width: 10))
    }

    @Test func continuationIndentMarksFollowingPiecesAndKeepsWordsWhole() {
        #expect(TextWrap.wrap("one two three four five", width: 10, continuationIndent: 2)
                == ["one two", "  three", "  four", "  five"])
        let token = "/v3/voice_out_trunks/00000000-0000-4000-8000-000000000001"
        let pieces = TextWrap.wrap("PATCH " + token + " → 200", width: 20, continuationIndent: 2)
        #expect(pieces.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(pieces[0] == "PATCH", "a long token starts on its own line instead of being cut after PATCH")
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(pieces.joined().filter { $0 != " " } == "PATCH" + token + "→200", "nothing is lost")
        #expect(TextWrap.wrap("short", width: 20, continuationIndent: 2) == ["short"])
    }

    @Test func theAuditOverlayWrapsAtWordsWithAnIndent() {
        var state = UIFixtures.loadedState()
        var entry = AuditFixtures.line(name: "/v3/voice_out_trunks/00000000-0000-4000-8000-000000000001",
                                       changes: [AuditEntry.Change(field: "name", old: "Berlin Office", new: "Audited name")])
        entry.sshClient = "192.0.2.7"
        state.showAudit([entry])
        let grid = Screen.render(state, rows: 24, columns: 80)
        let rows = (0..<grid.rows).map(grid.line)
        guard let first = rows.firstIndex(where: { $0.contains("tester from") }) else {
            Issue.record("no audit line on screen:\n\(grid.plainText())")
            return
        }
        let words = ["Berlin", "Office", "Audited", "tester", "192.0.2.7", "ok"]
        let shown = rows[first...].prefix(6).joined(separator: " ")
        for word in words { #expect(shown.contains(word), "\(word) is whole on screen:\n\(grid.plainText())") }
        #expect(shown.contains("12 ms"), "the end of a long entry is shown")
        #expect(rows[first + 1].contains("   /v3/voice_out_trunks/"), "continuations are indented under the entry")
    }
}
