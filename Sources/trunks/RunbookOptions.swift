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

        With --all-matching, each trunk ends on its own and the status is the highest that \
        applies: 4 a trunk failed (network or API), 3 a trunk changed meanwhile (skipped, never \
        overwritten) or the outcome of its change is unknown, 1 the change is not valid for some \
        trunks (named; the others are sent), 0 every trunk changed or already so (also when \
        nothing matches). 2 and 5 end before anything is sent.
        """

    /// What `--all-matching` does, as each command's help says it.
    static let allMatching = """
        --all-matching FILTER changes every trunk the filter matches (the / filter's language, as \
        trunks list --filter: key:value tokens are sent to the server, free words matched here) \
        instead of NAME|ID: one review (the counts, the trunks grouped by identical change, the \
        exact PATCH of one), one question (type the count when more than 10 change, and block \
        when blocking; --yes skips it), then one trunk at a time, at most 20 requests a second, \
        each read again just before its PATCH. A trunk someone changed meanwhile is skipped, never \
        overwritten; a trunk the change is not valid for is named and not sent, and the others go \
        ahead. The results follow as a table (✓ done, ✗ failed and why, – skipped and why), or as \
        JSON with --output json (the review then goes to standard error). Every change writes its \
        audit line, as for one trunk.
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
