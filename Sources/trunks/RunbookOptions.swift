import ArgumentParser

/// The options every runbook command (`set`, `prefixes`, `block`, `unblock`) shares: show
/// without sending, send without asking, and the ticket and reason for the audit trail.
struct RunbookOptions: ParsableArguments {
    @Flag(help: "Print the change and the exact PATCH body, send nothing (also in read-only mode; wins over --yes).")
    var dryRun = false
    @Flag(help: "Send without asking (required when standard input is not a terminal).")
    var yes = false
    @OptionGroup var ticketOption: TicketOption
    @OptionGroup var reasonOption: ReasonOption

    /// The ticket given with `--ticket`, if any.
    var ticket: String? { ticketOption.ticket }
    /// The reason given with `--reason`, if any.
    var reason: String? { reasonOption.reason }

    /// The exit statuses, as each command's help states them.
    static let exitStatuses = """
        Exit status: 0 sent (or nothing to change, or --dry-run), 1 refused by validation \
        (nothing sent) or not confirmed at the prompt, 2 usage error (an unknown field, no such \
        trunk, no --yes without a terminal), 3 conflict: someone changed a field you change since \
        it was read (nothing sent), or the outcome of the change could not be learned, 4 network \
        or API error, 5 read-only mode (nothing sent).
        """
}

/// `--ticket`: one option type for `trunks` itself, the runbook commands and `trunks audit`, so
/// that the value given after a command's name reaches the command (an option `trunks` itself
/// declares under its own type would take it first).
struct TicketOption: ParsableArguments {
    @Option(help: ArgumentHelp("The ticket: written to the audit line of every change made (trunks audit: only its changes).",
                               valueName: "ticket"))
    var ticket: String?
}

/// `--reason`: shared by `trunks` itself and the runbook commands, as `TicketOption` is.
struct ReasonOption: ParsableArguments {
    @Option(help: ArgumentHelp("Why the change is made; written to the audit line with the ticket.", valueName: "text"))
    var reason: String?
}
