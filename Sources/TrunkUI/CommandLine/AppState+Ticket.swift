import FoundationEssentials

/// The ticket (and reason) the changes made in the terminal UI are made for: every audit line
/// written while it is set carries it.
public struct AuditTicket: Equatable, Sendable {
    public var ticket: String
    public var reason: String?

    /// A ticket; an empty reason is none.
    public init(_ ticket: String, reason: String? = nil) {
        self.ticket = ticket
        self.reason = reason.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// "ABC-123" or "ABC-123 (reason: customer asked)".
    public var text: String { ticket + (reason.map { " (reason: \($0))" } ?? "") }
}

extension AppState {
    /// `:ticket ABC-123 [reason…]` sets the ticket, `:ticket` shows it, `:ticket -` or
    /// `:ticket off` clears it; a change is handed to the auditing service (`Effect.setAuditTicket`).
    mutating func ticketCommand(_ argument: String) -> [Effect] {
        let words = argument.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else {
            message = StatusMessage(auditTicket.map { "Ticket in force: \($0.text)" }
                                    ?? "No ticket: changes are audited without one (:ticket ABC-123 [reason] sets it)")
            return []
        }
        if words.count == 1, first == "-" || first.lowercased() == "off" {
            guard auditTicket != nil else {
                message = StatusMessage("No ticket to clear")
                return []
            }
            auditTicket = nil
            message = StatusMessage("Ticket cleared: changes are audited without one", .success)
            return [.setAuditTicket(nil)]
        }
        let reason = words.dropFirst().joined(separator: " ")
        let ticket = AuditTicket(String(first), reason: reason)
        auditTicket = ticket
        message = StatusMessage("Changes audited with ticket \(ticket.text)", .success)
        return [.setAuditTicket(ticket)]
    }
}

extension AppState {
    /// True when a change may be sent as far as the ticket goes. With `ticket: required` and no
    /// ticket set, the ticket prompt (`:ticket ` on the command line) opens instead, over whatever
    /// asked, and nothing is sent.
    mutating func ticketAllowsSending() -> Bool {
        guard ticketRequired, auditTicket == nil else { return true }
        askForTicket(before: "this change is sent")
        return false
    }

    /// Opens the command line on `:ticket ` and says why.
    mutating func askForTicket(before what: String) {
        commandInput = TextInput("ticket ")
        message = StatusMessage("The configuration asks for a ticket before \(what): type it (and a reason), Enter", .warning)
    }
}

extension CommandLineCommand {
    /// `:ticket`: the ticket (and reason) audit lines carry from now on.
    public static let ticket = CommandLineCommand(
        "ticket", argument: "[ID [REASON]]",
        help: "audit changes with a ticket (- clears)",
        completion: .words(["off"])) { state, argument in state.ticketCommand(argument) }
}
