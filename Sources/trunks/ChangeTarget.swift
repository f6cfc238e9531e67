import ArgumentParser

/// What every changing runbook command (`set`, `prefixes`, `block`, `unblock`) takes before its
/// own words: how to reach the account, the review and audit options, and which trunks — one by
/// NAME|ID, or every one `--all-matching` finds.
struct ChangeTarget: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var profileChoice: ProfileChoice
    @OptionGroup var runbook: RunbookOptions
    @OptionGroup var allMatching: AllMatchingOptions

    @Argument(help: ArgumentHelp("The trunk, by id or exact name (none with --all-matching).", valueName: "name|id"),
              completion: .custom { words, _, prefix in TrunkNameCompletion.names(words: words, prefix: prefix) })
    var trunk: String?
}
