import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrunkModel

/// One line of the audit trail: who changed which trunk how, and what the server said.
public struct AuditEntry: Codable, Equatable, Sendable {
    /// One changed field, secrets already redacted: the values as shown, and for a field that is
    /// not a secret also as typed, so that the change can be undone (`UndoPlan`).
    public struct Change: Codable, Equatable, Sendable {
        public var field: String
        public var old: String
        public var new: String
        /// The value before the change; nil for a secret, for a new trunk, when it was not read,
        /// and in lines written by an older version.
        public var oldValue: FieldValue? = nil
        /// The value the change sent; nil for a secret and in lines written by an older version.
        public var newValue: FieldValue? = nil
    }

    public var time: String
    public var user: String
    /// The address from `SSH_CLIENT`, when the program runs over SSH.
    public var sshClient: String?
    public var profile: String
    public var method: String
    public var trunkID: String
    public var trunkName: String?
    public var changes: [Change]
    /// The HTTP status, nil when no answer arrived.
    public var status: Int?
    /// "ok", "failed", or "unknown" (no answer after sending, and reading could not tell).
    public var outcome: String
    /// How the outcome was learned by reading the server when the answer was lost or was a
    /// server failure (e.g. "no answer arrived; reading the trunk again finds it gone"); nil when
    /// the answer said it.
    public var settlement: String?
    public var latencyMs: Int
    /// The failure as the user saw it.
    public var error: String?
    /// The command that made the change ("trunks block"); nil for the terminal UI.
    public var command: String? = nil
    /// The ticket the change was made for (`--ticket`), if given.
    public var ticket: String? = nil
    /// Why the change was made (`--reason`), if given.
    public var reason: String? = nil
    /// The group id shared by the lines of one change to many trunks, if the change was one.
    public var batch: String? = nil

    /// A one-line summary for `trunks audit` and `:audit`.
    public var summary: String {
        let fields = changes.map { "\($0.field) \($0.old) → \($0.new)" }.joined(separator: "; ")
        let answer = status.map(String.init) ?? "no answer"
        let origin = sshClient.map { " from \($0)" } ?? ""
        let via = command.map { " by \($0)" } ?? ""
        return "\(time) \(user)\(origin) [\(profile)] \(method)\(via) \(trunkName ?? trunkID) (\(trunkID)): \(fields.isEmpty ? "no fields" : fields)"
            + " → \(answer) \(outcome)" + (settlement.map { " (\($0))" } ?? "") + " in \(latencyMs) ms"
            + (error.map { ": \($0)" } ?? "")
            + (ticket.map { " · ticket \($0)" } ?? "") + (reason.map { " · reason: \($0)" } ?? "")
            + (batch.map { " · batch \($0)" } ?? "")
    }
}

/// Who is at the keyboard, as far as the environment tells.
public struct AuditIdentity: Sendable, Equatable {
    public var user: String
    public var sshClient: String?
    public var profile: String

    /// `SUDO_USER` (the person behind sudo), else `USER`, else `LOGNAME`, else the account of the
    /// process; the first word of `SSH_CLIENT`.
    public init(environment: [String: String], profile: String) {
        let nonEmpty = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        user = nonEmpty("SUDO_USER") ?? nonEmpty("USER") ?? nonEmpty("LOGNAME") ?? Self.accountName() ?? "uid \(getuid())"
        sshClient = nonEmpty("SSH_CLIENT").flatMap { $0.split(separator: " ").first.map(String.init) }
        self.profile = profile
    }

    private static func accountName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// What a command run without the terminal UI adds to each audit line it causes: the command,
/// and the ticket and reason given with it; and, while a change to many trunks is sent, its group.
public struct AuditContext: Sendable, Equatable {
    public var command: String?
    public var ticket: String?
    public var reason: String?
    /// The group id of the change to many trunks being sent, if any.
    public var batch: String?

    /// A context; all nil (the terminal UI's) by default.
    public init(command: String? = nil, ticket: String? = nil, reason: String? = nil, batch: String? = nil) {
        self.command = command
        self.ticket = ticket
        self.reason = reason
        self.batch = batch
    }
}

/// The audit trail: one JSON line per mutating request, appended to `XDGPaths.auditFile`
/// (`PrivateFile.append`: mode 0600, one `write` per line so lines never interleave). Thread-safe.
public struct AuditLog: Sendable {
    public let file: URL

    /// A trail in `file` (created on the first append).
    public init(file: URL) {
        self.file = file
    }

    /// Appends one entry.
    public func append(_ entry: AuditEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        try PrivateFile.append(line, to: file)
    }

    /// Every readable entry, oldest first.
    public func entries() -> [AuditEntry] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(AuditEntry.self, from: Data($0.utf8)) }
    }
}
