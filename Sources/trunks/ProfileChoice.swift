import ArgumentParser

/// `--profile NAME`, shared by `trunks` and `trunks info`. The parent command parses its options
/// wherever they stand, so `trunks info --profile NAME` reaches `info` only through an option
/// group of the same type (swift-argument-parser hands the parent's decoded group to the child).
struct ProfileChoice: ParsableArguments {
    @Option(help: ArgumentHelp("Profile from config.yaml (default: TRUNKS_PROFILE, then default_profile).", valueName: "name"))
    var profile: String?
}

extension TrunksCommand {
    /// The `--profile` given, if any.
    var profile: String? { profileChoice.profile }
}
