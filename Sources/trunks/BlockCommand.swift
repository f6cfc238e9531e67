import ArgumentParser
import TrunkModel

/// `trunks block NAME|ID`: sets the trunk's status to blocked (as `trunks set NAME status=blocked`).
struct BlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "block",
        abstract: "Block one trunk, or every trunk a filter matches: calls through it are refused (as trunks set NAME status=blocked).",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) block NAME|ID
                 [--dry-run] [--yes] [--ticket T] [--reason R]
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) block --all-matching FILTER
                 [--output text|json] [--dry-run] [--yes] [--ticket T] [--reason R]
        """,
        discussion: """
        On a terminal, the word block must be typed to send, as in the review dialog; --yes sends \
        without asking. Reviewed, checked against a change made meanwhile and audited as trunks set is.

        \(RunbookOptions.allMatching)

        \(RunbookOptions.exitStatuses)
        """)

    @OptionGroup var target: ChangeTarget

    func validate() throws {
        try target.allMatching.validate(trunk: target.trunk != nil)
    }

    func run() async throws {
        try await StatusChange.run("block", .blocked, target)
    }
}

/// `trunks unblock NAME|ID`: sets the trunk's status to active (as `trunks set NAME status=active`).
struct UnblockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unblock",
        abstract: "Unblock one trunk, or every trunk a filter matches: calls through it are let through again (as trunks set NAME status=active).",
        usage: """
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) unblock NAME|ID
                 [--dry-run] [--yes] [--ticket T] [--reason R]
        trunks (--demo | --sandbox | --production | --base-url URL | --profile NAME) unblock --all-matching FILTER
                 [--output text|json] [--dry-run] [--yes] [--ticket T] [--reason R]
        """,
        discussion: """
        Reviewed, asked ("Send? [y/N]", or --yes), checked against a change made meanwhile and \
        audited as trunks set is.

        \(RunbookOptions.allMatching)

        \(RunbookOptions.exitStatuses)
        """)

    @OptionGroup var target: ChangeTarget

    func validate() throws {
        try target.allMatching.validate(trunk: target.trunk != nil)
    }

    func run() async throws {
        try await StatusChange.run("unblock", .active, target)
    }
}

/// The change `block` and `unblock` make: the status field, as `set status=…` sets it.
enum StatusChange {
    static func run(_ command: String, _ status: TrunkStatus, _ target: ChangeTarget) async throws {
        let profile = target.profileChoice.profile
        if let filter = target.allMatching.filter {
            let change = AllMatchingChange(command: command, filter: filter, connection: target.connection, profile: profile,
                                           options: target.runbook, format: target.allMatching.output)
            try await change.run(edit: { _ in .status(status) })
            return
        }
        let change = RunbookChange(command: command, trunk: target.trunk ?? "", connection: target.connection, profile: profile,
                                   options: target.runbook)
        try await change.run { base, _ in
            .draft(base.setting(.status, .text(status.rawValue)), notes: [])
        }
    }
}
