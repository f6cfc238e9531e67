import ScreenKit
import Testing

struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("a b", 3),
        ("e\u{301}", 1),
        ("cafe\u{301}s", 5),
        ("\u{301}", 0),
        ("東京", 4),
        ("한국", 4),
        ("Ａ", 2),
        ("ｱ", 1),
        ("😀", 2),
        ("👍🏽", 2),
        ("❤️", 2),
        ("❤", 1),
        ("🇯🇵", 2),
        ("\t", 0),
        ("Trunk 東京-1", 12),
    ])
    func widthOfStrings(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test(arguments: [
        ("hello", 10, "hello"),
        ("hello", 5, "hello"),
        ("hello world", 5, "hell…"),
        ("東京都庁", 5, "東京…"),
        ("東京都庁", 4, "東…"),
        ("a東京", 3, "a…"),
        ("abc", 1, "…"),
        ("東", 1, "…"),
        ("abc", 0, ""),
        ("abc", -3, ""),
        ("cafe\u{301} au lait", 6, "cafe\u{301} …"),
        ("cafe\u{301} au lait", 5, "cafe\u{301}…"),
    ])
    func truncationKeepsWideCharactersWhole(text: String, width: Int, expected: String) {
        let cut = DisplayWidth.truncate(text, to: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= max(0, width))
    }

    @Test(arguments: [
        ("ab", 4, false, "ab  "),
        ("ab", 4, true, "  ab"),
        ("東京都", 5, false, "東京…"),
        ("東京都", 4, false, "東… "),
        ("東京都", 4, true, " 東…"),
        ("", 2, false, "  "),
    ])
    func paddingFillsExactlyTheWidth(text: String, width: Int, alignRight: Bool, expected: String) {
        let padded = DisplayWidth.pad(text, to: width, alignRight: alignRight)
        #expect(padded == expected)
        #expect(DisplayWidth.of(padded) == width)
    }
}
