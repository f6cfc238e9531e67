import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `ticket: required`: the configuration says no change goes out without a ticket reference. The
/// terminal UI asks for one at start and again instead of sending; once set, sending goes on.
@Suite("Ticket required")
struct TicketRequiredTests {
    @Test(arguments: [
        ("ticket: required\n", nil as String?, true),
        ("ticket: optional\n", nil, false),
        ("ticket: required\nprofiles:\n  lab:\n    environment: demo\n    ticket: optional\n", "lab", false),
        ("profiles:\n  prod:\n    environment: production\n    ticket: required\n", "prod", true),
        ("", nil, false),
    ])
    func theConfigurationOrItsProfileSays(yaml: String, profile: String?, required: Bool) throws {
        var flags = CommandLineSettings()
        flags.profile = profile
        let settings = try ResolvedSettings.resolve(flags, environment: [:], config: TrunksConfig.parse(yaml, source: "c.yaml"))
        #expect(settings.ticketRequired == required)
    }

    @Test func aValueOtherThanRequiredOrOptionalIsNamedWithItsLine() {
        #expect(throws: ConfigError("c.yaml:2: ticket must be required or optional")) {
            try TrunksConfig.parse("theme: default\nticket: always\n", source: "c.yaml")
        }
    }

    @Test func atStartTheTicketPromptOpensUnlessOneWasGivenOrNothingCanChange() {
        var asked = AppState(environmentLabel: "demo")
        asked.ticketRequired = true
        _ = asked.start()
        #expect(asked.commandInput?.text == "ticket ")
        #expect(asked.message?.text == "The configuration asks for a ticket before changes are made: type it (and a reason), Enter")
        let bottom = Screen.render(asked, rows: 23, columns: 80).plainText().split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom == ":ticket  ID [REASON] — required before changes are sent · Esc skips for now", "the prompt says why")

        var given = AppState(environmentLabel: "demo")
        given.ticketRequired = true
        given.auditTicket = AuditTicket("ABC-1")
        _ = given.start()
        #expect(given.commandInput == nil)

        var readOnly = AppState(environmentLabel: "demo")
        readOnly.ticketRequired = true
        readOnly.readOnly = true
        _ = readOnly.start()
        #expect(readOnly.commandInput == nil, "read-only mode changes nothing, so it needs no ticket")
    }

    @Test func aSaveWithoutATicketAsksForOneAndSendsOnceItIsSet() {
        var state = KeymapCommandTests.review()
        state.ticketRequired = true
        #expect(state.press([.char("y")]).calls.isEmpty, "nothing is read or sent without a ticket")
        #expect(state.commandInput?.text == "ticket ")
        #expect(state.review != nil, "the review stays under the prompt")
        _ = state.type("ABC-7 customer asked")
        let set = state.press([.enter])
        #expect(set == [.setAuditTicket(AuditTicket("ABC-7", reason: "customer asked"))])
        #expect(state.review != nil && state.commandInput == nil)
        let id = state.review?.diff.original.id ?? ""
        #expect(state.press([.char("y")]).calls == [.loadTrunk(id: id)], "y now reads the trunk again before its PATCH")
    }

    @Test func aChangeToTheMarkedTrunksWithoutATicketSendsNothing() {
        var state = BulkChangeTests.threeMarked()
        state.ticketRequired = true
        _ = state.press([.char("b"), .char("u")])
        #expect(state.bulkChange?.phase == .reviewing)
        #expect(state.press([.char("y")]).calls.isEmpty)
        #expect(state.bulkChange?.sending == nil && state.commandInput?.text == "ticket ")
    }
}
