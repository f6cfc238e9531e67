import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The API key is never taken as a command-line argument (ps, shell history and SSH audit logs
/// would keep it). Someone who tries gets told where the key goes instead of "unknown option",
/// and the value they typed is never echoed.
enum KeyOnCommandLine {
    static let options = ["--api-key", "--apikey", "--key", "--token"]

    /// The key-like option among `arguments`, if any (`--api-key VALUE` or `--api-key=VALUE`).
    static func option(in arguments: [String]) -> String? {
        for argument in arguments {
            if argument == "--" { return nil }
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if options.contains(name) { return name }
        }
        return nil
    }

    static func refusal(_ option: String) -> String {
        """
        Error: \(option) is not accepted: a key given on the command line stays in ps, shell history \
        and logs. Give it through the environment (DIDWW_API_KEY=… trunks --sandbox) or a profile in \
        ~/.config/trunks/config.yaml (api_key_env, api_key_command or api_key_file; trunks info shows the file).

        """
    }
}

extension TrunksCommand {
    /// Refuses a key on the command line before parsing, then runs as usual.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let option = KeyOnCommandLine.option(in: arguments) {
            StandardStreams.error(KeyOnCommandLine.refusal(option))
            // A usage error: 2 for the commands scripts run (`CommandExit`), the parser's 64 otherwise.
            exitProcess(CommandExit.command(in: arguments) != nil ? CommandExit.usage : 64)
        }
        if CommandExit.command(in: arguments) != nil { await CommandExit.run(arguments) }
        await main(nil)
    }
}
