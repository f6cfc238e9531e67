import Foundation

/// "Retrying in 2 s (try 3 of 6): …" while the client waits to try a request again, so a slow or
/// unreachable API is not shown as a plain "loading…" for the whole retry time.
public struct RetryNote: Equatable, Sendable {
    public var text: String
    /// Shown until then (the next try plus a moment; a later notice replaces it).
    public var until: Date

    public init(text: String, until: Date) {
        self.text = text
        self.until = until
    }
}

extension AppState {
    /// The retry note while it is current (state messages take precedence on the status line).
    public var activeRetryNote: String? {
        guard let retryNote, now < retryNote.until else { return nil }
        return retryNote.text
    }
}
