import Foundation
import ScreenKit
import Testing
@testable import TrunkUI

/// `:ticket` sets, shows and clears the ticket every change is audited with; the header says it.
@Suite("Ticket command")
struct TicketCommandTests {
    /// Runs `:command` on `state`; the effects it asks for.
    static func run(_ command: String, on state: inout AppState) -> [Effect] {
        _ = state.press([.char(":")])
        _ = state.type(command)
        return state.press([.enter])
    }

    struct Row: Sendable, CustomStringConvertible {
        var command: String
        var before: AuditTicket?
        var after: AuditTicket?
        var effects: [Effect]
        var message: String
        var description: String { ":\(command)" }
    }

    static let rows: [Row] = [
        Row(command: "ticket ABC-123", before: nil, after: AuditTicket("ABC-123"),
            effects: [.setAuditTicket(AuditTicket("ABC-123"))], message: "Changes audited with ticket ABC-123"),
        Row(command: "ticket ABC-124 customer  moves carrier", before: AuditTicket("ABC-123"),
            after: AuditTicket("ABC-124", reason: "customer moves carrier"),
            effects: [.setAuditTicket(AuditTicket("ABC-124", reason: "customer moves carrier"))],
            message: "Changes audited with ticket ABC-124 (reason: customer moves carrier)"),
        Row(command: "ticket", before: AuditTicket("ABC-123", reason: "why"), after: AuditTicket("ABC-123", reason: "why"),
            effects: [], message: "Ticket in force: ABC-123 (reason: why)"),
        Row(command: "ticket", before: nil, after: nil, effects: [],
            message: "No ticket: changes are audited without one (:ticket ABC-123 [reason] sets it)"),
        Row(command: "ticket -", before: AuditTicket("ABC-123"), after: nil, effects: [.setAuditTicket(nil)],
            message: "Ticket cleared: changes are audited without one"),
        Row(command: "ticket off", before: AuditTicket("ABC-123"), after: nil, effects: [.setAuditTicket(nil)],
            message: "Ticket cleared: changes are audited without one"),
        Row(command: "ticket off", before: nil, after: nil, effects: [], message: "No ticket to clear"),
    ]

    @Test(arguments: rows)
    func ticketCommand(row: Row) {
        var state = KeymapCommandTests.list()
        state.auditTicket = row.before
        let effects = Self.run(row.command, on: &state)
        #expect(effects == row.effects)
        #expect(state.auditTicket == row.after)
        #expect(state.message?.text == row.message)
    }

    @Test func theHeaderShowsTheTicketWhileSetAt80And60Columns() {
        var state = KeymapCommandTests.list()
        _ = Self.run("ticket ABC-123 customer asked", on: &state)
        let wide = Screen.render(state, rows: 23, columns: 80).line(0)
        #expect(wide.contains("ticket ABC-123"), "\(wide)")
        #expect(wide.contains(" trunks "), "\(wide)")
        let narrow = Screen.render(state, rows: 16, columns: 60).line(0)
        #expect(narrow.contains("ABC-123"), "\(narrow)")
        #expect(ModalHintTests.statusLine(state).contains("ABC-123 (reason: customer asked)"), "said whole at 80 columns")
        _ = Self.run("ticket off", on: &state)
        #expect(!Screen.render(state, rows: 23, columns: 80).line(0).contains("ABC-123"))
    }

    @Test func theTicketCanBeSetWhileAFormIsOpen() {
        var state = KeymapCommandTests.dirtyForm()
        #expect(Self.run("ticket OPS-1", on: &state) == [.setAuditTicket(AuditTicket("OPS-1"))])
        #expect(state.form != nil && state.auditTicket?.ticket == "OPS-1", "the draft stays open")
    }
}
