import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The render fast paths give exactly what the general code gives.
@Suite struct RenderFastPathTests {
    /// `ListPane.money` as it was before the fast path: through `Decimal` and `String(format:)`.
    private static func decimalMoney(_ text: String) -> String {
        guard let value = DecimalText.value(text) else { return text }
        let number = NSDecimalNumber(decimal: value).doubleValue
        return number == number.rounded() ? String(Int(number)) : String(format: "%.2f", number)
    }

    private static let moneyInputs: [String] = {
        let wholes = ["0", "00", "7", "007", "12", "3000", "100000", "999999999999999", "123456789012345"]
        let fractions: [String?] = [nil, "0", "00", "5", "05", "50", "99", "01", "1", "10"]
        var inputs: [String] = []
        for sign in ["", "-"] {
            for whole in wholes {
                for fraction in fractions { inputs.append(sign + whole + (fraction.map { "." + $0 } ?? "")) }
            }
        }
        return inputs + ["12.345", "0.125", " 12", "12 ", "1e3", "", "-", ".5", "12.", "abc", "1.2.3", "--1", "1-2", "1234567890123456.5"]
    }()

    @Test func moneyMatchesTheDecimalFormatting() {
        for input in Self.moneyInputs {
            #expect(MoneyText.money(input) == Self.decimalMoney(input), "\"\(input)\"")
        }
    }

    @Test func plainMoneyDeclinesWhatItCannotFormatExactly() {
        for input in ["12.345", " 12", "1e3", "", "-", ".5", "12.", "12345678901234", "+1"] {
            #expect(MoneyText.plainMoney(input) == nil, "\"\(input)\"")
        }
        #expect(MoneyText.plainMoney("-0.0") == "0")
        #expect(MoneyText.plainMoney("0012.5") == "12.50")
    }
}
