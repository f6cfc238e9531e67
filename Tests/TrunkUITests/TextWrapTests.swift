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
}
