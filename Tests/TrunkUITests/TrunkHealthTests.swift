import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// The health summary: which findings each seeded trunk gets, and the words with their reasons.
@Suite struct TrunkHealthTests {
    typealias Kind = TrunkHealth.Kind

    @Test("findings of the seeded fixtures, in order", arguments: [
        ("Berlin Office", [Kind.encryptionOff]),
        ("Chicago Sales", [.blocked, .noRtpRestriction, .techPrefix]),
        ("Dublin Support", [.techPrefix, .ipOnly]),
        ("Frankfurt Twilio", [.encryptionOff]),
        ("Zürich Ost", [.techPrefix]),
        ("東京 outbound", [.techPrefix]),
        ("Café ☎ trunk", [.blocked, .ipOnly]),
        ("Lisbon Any IP", [.thresholdReached, .sipFromAnywhere, .encryptionOff]),
        ("Madrid Callcenter", [.blocked, .thresholdReached, .encryptionOff]),
        ("Paris Minimal", [.noRtpRestriction, .encryptionOff]),
        ("Tallinn Lab", [.encryptionOff]),
    ])
    func seededFindings(name: String, expected: [Kind]) {
        #expect(TrunkHealth.findings(SeededTrunks.named(name)).map(\.kind) == expected)
    }

    @Test func eachFindingSaysWhy() {
        let lisbon = TrunkHealth.findings(SeededTrunks.named("Lisbon Any IP"))
        #expect(lisbon.map(\.text) == [
            "24-hour limit reached: spent $612.40 of $500 in the last 24 hours",
            "SIP accepted from any address (0.0.0.0/0 allowed): only the SIP password protects it",
            "Media encryption off: call audio travels as plain RTP",
        ])
        let chicago = TrunkHealth.findings(SeededTrunks.named("Chicago Sales"))
        #expect(chicago.map(\.text).contains("Tech prefix 77# must be dialled before every number, emergency calls too (77#112)"))
        #expect(chicago.first?.text == "Blocked: every outbound call is refused until the status is Active")
        let dublin = TrunkHealth.findings(SeededTrunks.named("Dublin Support"))
        #expect(dublin.last?.text == "IP-only authentication: only DIDWW support can change the method or its SIP addresses")
        #expect(dublin.last?.isProblem == false)
    }

    @Test("open address lists", arguments: [
        (["0.0.0.0/0"], Kind.rtpFromAnywhere), (["::/0"], .rtpFromAnywhere),
        ([], .noRtpRestriction), (["203.0.113.0/24", "::/0"], .rtpFromAnywhere),
    ])
    func rtpLists(rtp: [String], expected: Kind) {
        var trunk = SeededTrunks.named("Zürich Ost")
        trunk.allowedRtpIps = rtp
        #expect(TrunkHealth.findings(trunk).map(\.kind) == [expected, .techPrefix])
    }

    @Test func ipOnlyOpenToTheWorldIsWorseThanWithAPassword() {
        var trunk = SeededTrunks.named("Dublin Support")
        trunk.authenticationMethod?.allowedSipIps = ["::/0"]
        let open = TrunkHealth.findings(trunk).first { $0.kind == .sipFromAnywhere }
        #expect(open?.text == "SIP accepted from any address (::/0 allowed): anyone on the internet can call through it")
    }

    @Test func aTrunkWithNothingToReportHasNoFindings() {
        var trunk = SeededTrunks.named("Zürich Ost")
        trunk.authenticationMethod?.techPrefix = ""
        #expect(TrunkHealth.findings(trunk).isEmpty)
        var unknown = Trunk(id: "only-an-id")
        unknown.allowedRtpIps = ["192.0.2.0/24"]
        #expect(TrunkHealth.findings(unknown).isEmpty, "unknown values are not findings")
    }
}
