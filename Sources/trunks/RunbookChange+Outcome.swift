import ArgumentParser
import DidwwClient
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel
import TrunkUI

extension RunbookChange {
    /// Prints `lines` on standard error and gives the exit status to throw.
    static func end(_ status: Int32, _ lines: [String]) -> ExitCode {
        lines.forEach(Console.error)
        return ExitCode(status)
    }

    /// What the form would say under each field of `draft` (read from `base`): errors block
    /// sending; an error in a field that is not sent is a warning, as in the form.
    static func problems(base: Trunk, draft: Trunk, validator: TrunkValidator) -> (errors: [String], warnings: [String]) {
        var form = FormState(trunk: base, returnPane: .list)
        form.draft = draft
        var errors: [String] = [], warnings: [String] = []
        for key in form.fieldKeys {
            for issue in form.issues(key, validator: validator) {
                let line = "\(key.rawValue) (\(FieldTable.field(key).label)): \(issue.message)"
                if issue.severity == .error { errors.append(line) } else { warnings.append(line) }
            }
        }
        return (errors, warnings)
    }

    /// The exit status and message of a PATCH that did not succeed: a lost answer reading could
    /// not settle is a conflict (3), the server's refusal of a value is 1, read-only 5, else 4.
    static func failure(_ error: Error) -> ExitCode {
        if case DidwwError.readOnly = error {
            return end(CommandExit.readOnly, ["Read-only mode: nothing was sent."])
        }
        if let settled = error as? SettledChangeError {
            return settled.verdict == .unknown
                ? end(CommandExit.conflict, ["Outcome unknown: " + settled.userMessage, "Nothing was sent again; read the trunk before trying once more."])
                : end(CommandExit.network, ["Not changed: " + settled.userMessage])
        }
        if let facing = error as? UserFacingError {
            if facing.outcomeUnknown {
                return end(CommandExit.conflict, ["Outcome unknown: " + facing.userMessage, "Nothing was sent again."])
            }
            if !facing.fieldErrors.isEmpty || facing.httpStatus == 422 {
                let lines = facing.fieldErrors.map { problem in
                    (problem.field.map { "\($0.rawValue) (\(FieldTable.field($0).label)): " } ?? "") + "server: " + problem.message
                }
                return end(CommandExit.refused, ["The server refused the change:"] + lines)
            }
        }
        return end(CommandExit.network, ["Error: " + message(error)])
    }

    /// The error as a user reads it (never a secret).
    static func message(_ error: Error) -> String {
        (error as? UserFacingError)?.userMessage ?? "\(error)"
    }

    /// "Berlin Office (id)".
    static func title(_ trunk: Trunk) -> String {
        "\(trunk.name ?? "(no name)") (\(trunk.id))"
    }

    /// A value as the review shows it: secrets masked.
    static func shown(_ value: FieldValue, _ field: TrunkField) -> String {
        field.isSecret && value != .null ? "••••••••" : value.display(for: field)
    }

    /// The width the review is laid out in: the terminal's, else 100 columns.
    static func width() -> Int {
        var size = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 100
    }
}
