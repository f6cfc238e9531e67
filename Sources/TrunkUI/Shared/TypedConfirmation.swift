import ScreenKit

/// A question answered by typing a trunk's name exactly before something that cannot be undone
/// is sent (delete, regenerate credentials). One set of rules for all of them, whatever keys the
/// key map gives its context: cancelling (Esc) closes it (and while the request is on its way it
/// only closes the question: the answer shows on the status line); confirming (Enter) sends only
/// when the name matches, else says why; other keys edit the name and are ignored once sending.
public protocol TypedConfirmation {
    /// What must be typed: the trunk's name (its id when it has none).
    var expected: String { get }
    var input: TextInput { get set }
    /// Why the last Enter did not confirm, or the server's answer to a failed request.
    var error: String? { get set }
    /// True once the request is on its way.
    var sending: Bool { get set }
}

/// What a key did to a typed confirmation.
public enum TypedConfirmationOutcome: Equatable, Sendable {
    /// Cancelled: close the question; `wasSending` when the request goes on without it.
    case cancelled(wasSending: Bool)
    /// Confirmed with the name typed exactly: send now (`sending` is set).
    case confirmed
    /// Anything else: the question stays (edited, refused with a reason, or ignored).
    case stays
}

extension TypedConfirmation {
    /// Applies `key`, which means `command` in the question's key context (`.confirm`,
    /// `.cancel`, or nil for typing), by the rules above; `empty` and `mismatch` say why a
    /// confirmation did not send.
    public mutating func handle(_ key: Key, as command: Command?, empty: String, mismatch: String) -> TypedConfirmationOutcome {
        if command == .cancel { return .cancelled(wasSending: sending) }
        guard !sending else { return .stays }
        if command == .confirm {
            guard input.text == expected else {
                error = input.text.isEmpty ? empty : mismatch
                return .stays
            }
            sending = true
            error = nil
            return .confirmed
        }
        if input.apply(key) { error = nil }
        return .stays
    }
}
