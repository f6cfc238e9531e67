import Foundation
import Testing
@testable import TrunkModel

/// Trimming, fixed decimals and decimal amounts read as `Foundation` reads them: the same text
/// for every kind of white space, the same rounding, the same `Double` of an amount.
@Suite struct TextAndNumberFormTests {
    @Test(arguments: [
        ("  name ", "name", "name"),
        ("\tname\t", "name", "name"),
        ("\u{00A0}name\u{3000}", "name", "name"),
        ("\nname\r\n", "\nname\r\n", "name"),
        ("\u{85}name\u{2028}\u{2029}", "\u{85}name\u{2028}\u{2029}", "name"),
        ("a b", "a b", "a b"),
        ("   ", "", ""),
        ("", "", ""),
        (" \u{0301}e ", "\u{0301}e", "\u{0301}e"),
        ("\u{200B}x\u{200B}", "x", "x"), ("\u{FEFF}x", "\u{FEFF}x", "\u{FEFF}x"),
        ("\u{0B}\u{0C}x", "\u{0B}\u{0C}x", "x"),
    ])
    func trimmingMatchesFoundation(text: String, whitespace: String, whitespaceAndNewlines: String) {
        #expect(text.trimmingWhitespace() == whitespace)
        #expect(text.trimmingWhitespaceAndNewlines() == whitespaceAndNewlines)
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func trimmingMatchesFoundationForEveryScalarAtTheEnds() {
        for value in Array(0...0x3100) + [0xFEFF, 0x1F600, 0xE0020] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)x\(scalar)"
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        (12.5, 2, "12.50"), (0.125, 2, "0.12"), (0.375, 2, "0.38"), (1.005, 2, "1.00"), (2.675, 2, "2.67"),
        (-0.001, 2, "-0.00"), (99.95, 1, "100.0"), (33.333333, 1, "33.3"), (1e20, 2, "100000000000000000000.00"),
        (0, 2, "0.00"), (-7.5, 0, "-8"), (Double.infinity, 2, "inf"), (Double.nan, 1, "nan"),
    ])
    func fixedDecimalsRoundAsPrintfDoes(value: Double, decimals: Int, text: String) {
        #expect(FixedPoint.text(value, decimals: decimals) == text)
        #expect(FixedPoint.text(value, decimals: decimals) == String(format: "%.\(decimals)f", value))
    }

    @Test(arguments: [
        ("12.5", 12.5, "12.5"), ("1.005", 1.0050000000000001, "1.005"), ("0.000001", 1.0000000000000002e-06, "0.000001"),
        ("35240203.304", 35240203.304000005, "35240203.304"), ("-3000", -3000, "-3000"), ("0", 0, "0"),
        ("123456789012345678901234567890.5", 1.2345678901234568e+29, "123456789012345678901234567890.5"),
    ])
    func decimalsReadAsFoundationReadsThem(text: String, double: Double, description: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalText.double(value) == double)
        #expect(DecimalText.double(value) == NSDecimalNumber(decimal: value).doubleValue)
        #expect(value.description == description)
        #expect(value.description == NSDecimalNumber(decimal: value).stringValue)
    }

    @Test(arguments: [("1.005", "1.01"), ("1.015", "1.02"), ("2.675", "2.67"), ("12.5", "12.50"), ("3000.0", "3000"),
                      ("99999999999999999999.5", "99999999999999999999.5"), (" 7.125 ", "7.12")])
    func moneyRoundsAsBefore(text: String, shown: String) {
        #expect(MoneyText.money(text) == shown)
    }
}
