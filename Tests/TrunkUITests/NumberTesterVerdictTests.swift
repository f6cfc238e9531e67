import Testing
import TrunkModel
@testable import TrunkUI

/// The number tester is the call check with only the number known: a trunk that refuses every
/// call (blocked, 24-hour limit reached, capacity 0) refuses the number too, and says which rule.
@Suite struct NumberTesterVerdictTests {
    @Test(arguments: [
        ("Madrid Callcenter", "+44 20 7946 0000", "✗ Refused by status: The trunk is blocked: it refuses every call.",
         ["also threshold_reached: The 24-hour spend limit is reached: $200 spent, limit $200."]),
        ("Chicago Sales", "77#+1 312 555 0100", "✗ Refused by status: The trunk is blocked: it refuses every call.", []),
        ("Lisbon Any IP", "+351 21 000 0000", "✗ Refused by threshold_reached: The 24-hour spend limit is reached", []),
        ("Tallinn Lab", "+372 600 0000", "✗ Refused by capacity_limit: The capacity limit is 0: every call is refused.", []),
    ])
    func aTrunkThatRefusesEveryCallRefusesTheNumber(trunk: String, typed: String, first: String, also: [String]) throws {
        let answer = try #require(NumberTester.evaluate(typed, on: SeededTrunks.named(trunk)))
        #expect(answer.verdict == .refused)
        #expect((answer.sign + answer.reason).hasPrefix(first), "\(answer.reason)")
        for line in also { #expect(answer.more.contains { $0.hasPrefix(line) }, "\(answer.more)") }
        #expect(answer.more.last?.hasPrefix("destination: Allowed") == true, "the destination's own answer is still said")
    }

    @Test func theOverlayOfABlockedTrunkNeverSaysAllowed() {
        var state = SeededTrunks.detailState("Madrid Callcenter")
        _ = state.press([.char("t")])
        _ = state.type("+44 20 7946 0000")
        let frame = state.frame()
        #expect(!frame.contains("✓ Allowed"), "\(frame)")
        #expect(frame.contains("✗ Refused by status"), "\(frame)")
        #expect(frame.contains("also threshold_reached"), "\(frame)")
    }

    @Test func aTrunkThatTakesCallsStillAnswersByItsDestinationPolicy() throws {
        let answer = try #require(NumberTester.evaluate("+49 30 1234567", on: SeededTrunks.named("Berlin Office")))
        #expect(answer.verdict == .allowed && answer.more.isEmpty)
        #expect(answer.line.hasPrefix("✓ Allowed: "))
    }
}
