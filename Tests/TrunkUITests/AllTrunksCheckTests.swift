import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The all-trunks answer checks every trunk without wording each rule; the outcomes must be those
/// of the full check, rule by rule, so the list never says another verdict than the trunk's own.
@Suite struct AllTrunksCheckTests {
    static let calls: [CallCheck.Call] = [
        CallCheck.Call(number: "+49 30 1234567"),
        CallCheck.Call(number: "+49 30 1234567", sourceIP: "203.0.113.10", username: "nobody", cli: "+4930111"),
        CallCheck.Call(number: "0044 20 7946 0000", sourceIP: "2001:db8::10", cli: "+44 20 0", mediaIP: "203.0.113.5"),
        CallCheck.Call(number: "77#4930", sourceIP: "198.51.100.20", twilioAccountSid: "AC" + String(repeating: "0", count: 32),
                       emergency: true),
        CallCheck.Call(number: "112", sourceIP: "0.0.0.1", mediaIP: "2001:db8:cafe::1", emergency: true),
        CallCheck.Call(number: "", sourceIP: "not an address"),
    ]

    @Test(arguments: calls.indices)
    func theOutcomesAreThoseOfTheFullCheck(call: Int) {
        let call = Self.calls[call]
        for trunk in SeededTrunks.all {
            let full = CallCheck.evaluate(call, on: trunk)
            let quick = CallCheck.outcomes(call, on: trunk)
            #expect(quick.checks.map(\.rule) == full.checks.map(\.rule), "\(trunk.name ?? trunk.id)")
            #expect(quick.checks.map(\.outcome) == full.checks.map(\.outcome), "\(trunk.name ?? trunk.id)")
            #expect(quick.verdict == full.verdict && quick.refusedBy == full.refusedBy && quick.cli == full.cli)
            #expect(quick.checks.allSatisfy { $0.detail.isEmpty }, "no words are built")
        }
    }

    @Test(arguments: calls.indices)
    func eachRowSaysItsTrunksVerdictAndDecidingRuleInFull(call: Int) throws {
        let call = Self.calls[call]
        let answers = AllTrunksCheck.answers(call, on: SeededTrunks.all)
        #expect(answers.rows.count == SeededTrunks.all.count)
        #expect(Set(answers.rows.map(\.trunkID)).count == SeededTrunks.all.count, "each trunk once")
        for answer in answers.rows {
            let trunk = SeededTrunks.all[answer.position]
            #expect(trunk.id == answer.trunkID)
            let full = CallCheck.evaluate(call, on: trunk)
            #expect(answer.verdict == full.verdict)
            let expected = full.firstRefusal ?? (full.verdict == .unknown ? full.checks.first { $0.outcome == .unknown } : nil)
            #expect(AllTrunksCheck.words(of: answer, call: call, trunk: trunk) == expected, "\(trunk.name ?? trunk.id)")
        }
        #expect(answers.allowed == answers.rows.filter { $0.verdict == .allowed }.count)
    }
}
