import FoundationEssentials
import TrunkModel

/// What a change (PATCH, POST, DELETE, credential regeneration) came back with: its result, the
/// HTTP status the server really answered (after any retries), and, when that answer was lost or
/// was a server failure and the outcome was learned by reading the server, how it was learned.
public struct ChangeReceipt<Value: Sendable>: Sendable {
    /// The trunk as the server now has it (update, create), or the id the change was about.
    public var value: Value
    /// The status of the last answer; nil when no answer arrived.
    public var status: Int?
    /// How the outcome was settled by reading, in words for the status line and the audit trail
    /// (e.g. "the server answered 500, but reading the trunk again shows it was applied"); nil
    /// when the server's answer said it.
    public var settlement: String?

    /// A receipt for `value`.
    public init(_ value: Value, status: Int?, settlement: String? = nil) {
        self.value = value
        self.status = status
        self.settlement = settlement
    }
}

/// A change whose answer was lost or was a server failure, after the server was read to learn
/// what happened: either the change is certainly not there, or reading could not tell.
public struct SettledChangeError: Error, UserFacingError, Equatable {
    /// What reading the server showed.
    public enum Verdict: Equatable, Sendable {
        /// The change is not on the server: nothing was made.
        case notMade
        /// Reading could not tell (it failed, or found several candidates).
        case unknown
    }

    public var verdict: Verdict
    /// Whole sentences: what the answer was, then what reading showed.
    public var userMessage: String
    /// The status of the change's own answer; nil when none arrived.
    public var httpStatus: Int?
    /// How the outcome was (or could not be) settled, for the audit trail.
    public var settlement: String

    /// An outcome settled (or not) by reading.
    public init(_ verdict: Verdict, message: String, status: Int?, settlement: String) {
        self.verdict = verdict
        userMessage = message
        httpStatus = status
        self.settlement = settlement
    }

    public var outcomeUnknown: Bool { verdict == .unknown }
    /// Nothing here points at a form field: a refusal that did would not need settling.
    public var fieldErrors: [APIError] { [] }
}
