import Testing
import TrunkModel
@testable import TrunkUI

/// The number tester's advice on a trunk with a tech prefix is exactly what to dial: the prefix,
/// then the number's E.164 digits, however the number was typed.
@Suite struct NumberTesterAdviceTests {
    @Test(arguments: [
        ("+44 20 7123 4567", "dial it as 4401#442071234567: the tech prefix comes first"),
        ("0044 20 7123 4567", "dial it as 4401#442071234567: the tech prefix comes first"),
        ("+44 (20) 7123-4567", "dial it as 4401#442071234567: the tech prefix comes first"),
        ("442071234567", "dial it as 4401#442071234567: the tech prefix comes first"),
        ("4401#+44 20 7123 4567", "tech prefix 4401# stripped before matching"),
    ])
    func adviceIsTheDigitsToDial(typed: String, note: String) throws {
        let answer = try #require(NumberTester.evaluate(typed, on: SeededTrunks.named("Dublin Support")))
        #expect(answer.note == note)
    }

    @Test func noAdviceBeforeThereAreDigits() {
        let answer = NumberTester.evaluate("+", on: SeededTrunks.named("Dublin Support"))
        #expect(answer?.verdict == nil && answer?.note == nil)
    }

    @Test func theOverlayShowsTheDigitsToDial() {
        var state = SeededTrunks.detailState("Dublin Support")
        _ = state.press([.char("t")])
        _ = state.type("+44 20 7123 4567")
        let frame = state.frame()
        #expect(frame.contains("dial it as 4401#442071234567"), "\(frame)")
        #expect(!frame.contains("4401#+44"))
    }
}
