import Testing
import TrunkModel

/// "Would this number be allowed?": the default action, its prefix exceptions, and the summary.
@Suite("Prefix policy")
struct PrefixPolicyTests {
    static let allowAll44 = PrefixPolicy(defaultAction: .allowAll, prefixes: ["44"])
    static let rejectAllBut = PrefixPolicy(defaultAction: .rejectAll, prefixes: ["44", "4420", "49"])

    @Test("allow_all with [44] blocks 44… and allows the rest", arguments: [
        ("442071234567", false, "44"), ("4420", false, "44"), ("4912345", true, nil), ("4", true, nil),
    ])
    func allowAll(number: String, allowed: Bool, matched: String?) throws {
        let decision = try #require(Self.allowAll44.decide(number))
        #expect(decision.allowed == allowed)
        #expect(decision.matchedPrefix == matched)
    }

    @Test("reject_all with [44, 4420, 49] allows the listed prefixes, naming the longest match", arguments: [
        ("442071234567", true, "4420"), ("441234567", true, "44"), ("4930123", true, "49"),
        ("3706149822", false, nil), ("4", false, nil),
    ])
    func rejectAll(number: String, allowed: Bool, matched: String?) throws {
        let decision = try #require(Self.rejectAllBut.decide(number))
        #expect(decision.allowed == allowed)
        #expect(decision.matchedPrefix == matched)
    }

    @Test("a leading + or 00 and separators are stripped before matching", arguments: [
        "+442071234567", "00442071234567", "+44 20 7123-4567", "(0044) 20 7123 4567",
    ])
    func stripsPlusAndDoubleZero(dialled: String) throws {
        let decision = try #require(Self.rejectAllBut.decide(dialled))
        #expect(decision.number == "442071234567")
        #expect(decision.matchedPrefix == "4420")
        #expect(decision.allowed)
    }

    @Test("input without digits has no answer", arguments: ["", "   ", "+", "abc", "+-"])
    func emptyInput(dialled: String) {
        #expect(Self.rejectAllBut.decide(dialled) == nil)
    }

    @Test("the summary says the policy in words", arguments: [
        (PrefixPolicy(defaultAction: .rejectAll, prefixes: ["44", "4420", "49"]), "Rejects every destination except 44, 4420, 49"),
        (PrefixPolicy(defaultAction: .allowAll, prefixes: ["44"]), "Allows every destination except 44"),
        (PrefixPolicy(defaultAction: .rejectAll, prefixes: []), "Rejects every destination"),
        (PrefixPolicy(defaultAction: .allowAll, prefixes: []), "Allows every destination"),
        (PrefixPolicy(defaultAction: .allowAll, prefixes: (1...14).map(String.init)),
         "Allows every destination except 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more"),
    ])
    func summary(policy: PrefixPolicy, expected: String) {
        #expect(policy.summary == expected)
    }

    @Test("a trunk's policy; missing values mean allow all without exceptions")
    func fromTrunk() throws {
        var trunk = try Fixture.trunk("single_include_dids")
        trunk.defaultDstAction = .rejectAll
        trunk.dstPrefixes = ["370"]
        #expect(PrefixPolicy(trunk: trunk) == PrefixPolicy(defaultAction: .rejectAll, prefixes: ["370"]))
        #expect(PrefixPolicy(trunk: try Fixture.trunk("all_nulls")) == PrefixPolicy(defaultAction: .allowAll, prefixes: []))
    }
}

/// The dialled number's digits, read the same way whether the text is plain ASCII or not.
@Suite struct PrefixPolicyDigitsTests {
    @Test(arguments: [
        ("+49 30 1234567", "49301234567"), ("0049-30-12", "00493012"), ("77#+1 312", "771312"),
        ("+4\u{301}9 30", "930"), ("٤٩ 30", "30"), ("", ""), ("+ + +", ""),
    ])
    func digitsAreTheASCIIDigitsOfTheText(text: String, digits: String) {
        #expect(PrefixPolicy(defaultAction: .allowAll, prefixes: []).decide(text)?.number ?? "" == (digits.hasPrefix("00") ? String(digits.dropFirst(2)) : digits))
    }

    @Test func theLongestMatchingPrefixDecidesAndTheFirstOfEqualOnesIsNamed() {
        let policy = PrefixPolicy(defaultAction: .rejectAll, prefixes: ["4", "4930", "49", "4930"])
        #expect(policy.decide("+49 30 1")?.matchedPrefix == "4930")
        #expect(policy.decide("+49 31")?.matchedPrefix == "49")
        #expect(policy.decide("+1 212")?.matchedPrefix == nil)
    }
}
