import ArgumentParser

/// The options every runbook command (`set`, `prefixes`, `block`, `unblock`) shares: show
/// without sending, send without asking, and the ticket and reason for the audit trail.
struct RunbookOptions: ParsableArguments {
    @Flag(help: "Print the change and the exact PATCH body, send nothing (also in read-only mode; wins over --yes).")
    var dryRun = false
    @Flag(help: "Send without asking (required when standard input is not a terminal).")
    var yes = false
    @Option(help: ArgumentHelp("The ticket the change is made for; written to the audit line.", valueName: "ticket"))
    var ticket: String?
    @Option(help: ArgumentHelp("Why the change is made; written to the audit line.", valueName: "text"))
    var reason: String?

    /// The exit statuses, as each command's help states them.
    static let exitStatuses = """
        Exit status: 0 sent (or nothing to change, or --dry-run), 1 refused by validation \
        (nothing sent) or not confirmed at the prompt, 2 usage error (an unknown field, no such \
        trunk, no --yes without a terminal), 3 conflict: someone changed a field you change since \
        it was read (nothing sent), or the outcome of the change could not be learned, 4 network \
        or API error, 5 read-only mode (nothing sent).
        """
}
