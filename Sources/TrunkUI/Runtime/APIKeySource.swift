import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel

/// Finds the API key, in order: `DIDWW_API_KEY`, the profile's `api_key_env`, its
/// `api_key_command` (run once through `/bin/sh -c`, its first output line is the key), its
/// `api_key_file` (refused when group- or world-readable, as ssh refuses private keys).
/// Never from the command line. The key itself is never part of an error or a description.
public enum APIKeySource {
    /// A key and a description of where it came from ("environment DIDWW_API_KEY").
    public struct Found: Sendable {
        public var key: String
        public var origin: String
    }

    /// The key for `profile` in `environment`; `runCommand` runs a shell command and returns its
    /// standard output (injected so tests need no shell).
    public static func resolve(profile: TrunksConfig.Profile?, environment: [String: String],
                               runCommand: (String) throws -> String = ShellCommand.output) throws -> Found {
        if let key = nonEmpty(environment["DIDWW_API_KEY"]) {
            return Found(key: key, origin: "environment DIDWW_API_KEY")
        }
        if let variable = profile?.apiKeyEnv {
            guard let key = nonEmpty(environment[variable]) else {
                throw ConfigError("Profile \(profile!.name): api_key_env names \(variable), which is not set")
            }
            return Found(key: key, origin: "environment \(variable)")
        }
        if let command = profile?.apiKeyCommand {
            let output: String
            do { output = try runCommand(command) } catch {
                throw ConfigError("Profile \(profile!.name): api_key_command failed: \(error)")
            }
            guard let key = nonEmpty(output.split(separator: "\n").first.map(String.init)) else {
                throw ConfigError("Profile \(profile!.name): api_key_command printed no key")
            }
            return Found(key: key, origin: "api_key_command")
        }
        if let path = profile?.apiKeyFile {
            let expanded = expandHome(path, environment: environment)
            return Found(key: try readKeyFile(expanded), origin: "file \(expanded)")
        }
        throw ConfigError("No API key: set DIDWW_API_KEY, or give the profile api_key_env, api_key_command or api_key_file (the key is never accepted on the command line, where ps would show it)")
    }

    /// Reads a key file, refusing it when group or others may read or write it.
    public static func readKeyFile(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ConfigError("api_key_file \(path): \(String(cString: strerror(errno)))")
        }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 {
            throw ConfigError("api_key_file \(path): permissions \(String(mode, radix: 8, uppercase: false).leftPadded(4)) are too open; the key must be readable by you only: chmod 600 \(path)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let key = nonEmpty(text.split(separator: "\n").first.map(String.init)) else {
            throw ConfigError("api_key_file \(path): no key in the file")
        }
        return key
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespaceAndNewlines(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func expandHome(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
