import FoundationEssentials

/// Where the argument of a `:` command gets its Tab completions from.
public enum CommandArgumentCompletion: Sendable {
    /// The command takes no argument (or a free one): nothing to complete.
    case none
    /// Names and ids of the loaded trunks.
    case trunks
    /// A fixed list of words.
    case words([String])
    /// Computed from the state (e.g. installed theme names).
    case computed(@Sendable (AppState) -> [String])
}

/// One `:` command: its name, aliases, help, argument completion, and the handler that runs it.
///
/// The handler gets the state and the argument text (trimmed, possibly empty) and returns
/// effects, like any reducer step; it must not do I/O.
public struct CommandLineCommand: Sendable {
    public var name: String
    public var aliases: [String]
    /// How the argument is written in help, e.g. "NAME-OR-ID"; empty for none.
    public var argument: String
    public var help: String
    public var completion: CommandArgumentCompletion
    /// True when the command changes what the list selects, filters or sorts, or opens another
    /// form: refused while a form is open, which it would leave behind with its draft.
    public var leavesTheForm: Bool
    public var run: @Sendable (inout AppState, String) -> [Effect]

    /// A command; `run` is called with the argument text after the name.
    public init(_ name: String, aliases: [String] = [], argument: String = "", help: String,
                completion: CommandArgumentCompletion = .none, leavesTheForm: Bool = false,
                run: @escaping @Sendable (inout AppState, String) -> [Effect]) {
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.help = help
        self.completion = completion
        self.leavesTheForm = leavesTheForm
        self.run = run
    }

    /// ":trunk NAME-OR-ID" — the usage line for help and hints.
    public var usage: String { ":" + name + (argument.isEmpty ? "" : " " + argument) }
}

/// The `:` commands in force. Other features add theirs with `register(_:)` or by listing a
/// `CommandLineCommand` static in `standard`.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [CommandLineCommand]

    /// A registry of `commands`, in help order.
    public init(_ commands: [CommandLineCommand]) {
        self.commands = []
        for command in commands { register(command) }
    }

    /// Adds `command`, replacing one with the same name.
    public mutating func register(_ command: CommandLineCommand) {
        commands.removeAll { $0.name == command.name }
        commands.append(command)
    }

    /// The command called `name` or with `name` as an alias.
    public func command(named name: String) -> CommandLineCommand? {
        commands.first { $0.name == name } ?? commands.first { $0.aliases.contains(name) }
    }

    /// Every name and alias, sorted, for completion.
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }.sorted()
    }

    /// The commands every build has (list and global ones; other panes register more).
    public static let standard = CommandRegistry([
        .trunk, .quit, .quitForce, .refresh, .help, .sort, .filter, .find, .audit, .drafts,
        .theme(), .preview, .readOnly, .ticket, .version, .messages,
        .check, .unmark,
    ])
}
