import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit statuses scripts rely on, shared by every command that runs without the terminal UI
/// (`check` and the runbook commands). Documented in the README's command table and each
/// command's `--help`.
enum CommandExit {
    /// Done, or nothing to change; `check`: the call would be allowed.
    static let done: Int32 = 0
    /// Refused by validation; `check`: the call would be refused.
    static let refused: Int32 = 1
    /// A usage error (an unknown option, a missing argument, no such trunk).
    static let usage: Int32 = 2
    /// A conflict (someone changed the trunk between read and write) or an outcome that could not
    /// be told; `check`: the verdict cannot be decided.
    static let conflict: Int32 = 3
    /// A network or API error.
    static let network: Int32 = 4
    /// Refused by read-only mode before anything was sent.
    static let readOnly: Int32 = 5

    /// The subcommands that exit with these statuses rather than the parser's own (64 for usage).
    static let commands: Set<String> = ["check", "list", "show", "set", "prefixes", "block", "unblock"]

    /// The command among `arguments` that uses these statuses, if any: the first word naming one,
    /// before any `--`, and not inside `trunks theme …`.
    static func command(in arguments: [String]) -> String? {
        let words = arguments.prefix { $0 != "--" }
        guard let index = words.firstIndex(where: { commands.contains($0) }) else { return nil }
        return words[..<index].contains("theme") ? nil : words[index]
    }

    /// Parses and runs `arguments` with these statuses: a usage error is 2 (not the parser's 64),
    /// help and version are 0, and a command's own `ExitCode` passes through.
    static func run(_ arguments: [String]) async -> Never {
        do {
            var command = try TrunksCommand.parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand { try await asynchronous.run() } else { try command.run() }
            exitProcess(done)
        } catch {
            let status = TrunksCommand.exitCode(for: error)
            let message = TrunksCommand.fullMessage(for: error)
            if status == .success {
                if !message.isEmpty { print(message) }
                exitProcess(done)
            }
            if !message.isEmpty { Console.error(message) }
            exitProcess(status == .validationFailure ? usage : status.rawValue)
        }
    }
}
