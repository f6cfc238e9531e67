import Testing
@testable import ScreenKit

/// The renderer's fast paths for box drawing, arrows, punctuation and Latin letters
/// agree with the general grapheme-by-grapheme code.
@Suite struct NarrowFastPathTests {
    private static let ranges: [ClosedRange<UInt32>] = [0xA0...0x2FF, 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x25FC]

    @Test func everyFastScalarIsOneColumnAsMeasured() {
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                #expect(DisplayWidth.isPlainNarrow(value))
                #expect(DisplayWidth.of(character) == DisplayWidth.measured(character), "U+\(String(value, radix: 16))")
                #expect(DisplayWidth.measured(character) == 1, "U+\(String(value, radix: 16))")
            }
        }
        #expect(!DisplayWidth.isPlainNarrow(0x25FD), "◽ is wide (emoji presentation)")
        #expect(!DisplayWidth.isPlainNarrow(0x300), "combining marks are not in the fast set")
    }

    @Test(arguments: [
        "┌──── Trunks ────┐", "│ é à ü ß │", "▶ Berlin · Wien…", "a\u{301}bc ─", "─e\u{301}─", "東京 ─",
        "tab\there", "← → ↑ ↓ ▲ ▼", "“quoted” — dash", "▶️ emoji", "",
    ])
    func writesAgreeWithTheGraphemePath(text: String) {
        for (column, limit) in [(0, 30), (-3, 30), (2, 5), (25, 10)] {
            var fast = Grid(rows: 2, columns: 30)
            var general = Grid(rows: 2, columns: 30)
            let advanced = fast.write(text, row: 1, column: column, role: .border, limit: limit)
            let end = min(30, column + limit)
            let expected = general.writeGraphemes(text, row: 1, column: column, end: end, role: .border)
            #expect(fast == general, "\(text) at \(column)")
            #expect(advanced == expected, "\(text) at \(column)")
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.measured($1) }, "\(text)")
        }
    }
}
