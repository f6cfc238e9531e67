import FoundationEssentials

/// "Retrying in 2 s (try 3 of 6): …" while the client waits to try a request again, so a slow or
/// unreachable API is not shown as a plain "loading…" for the whole retry time. The seconds count
/// down with the clock ticks.
public struct RetryNote: Equatable, Sendable {
    /// What stays the same while waiting, e.g. "(try 3 of 6): Could not connect to …".
    public var text: String
    /// When the next try starts; the note stays a moment longer, until that try answers or fails.
    public var nextTry: Date

    public init(text: String, nextTry: Date) {
        self.text = text
        self.nextTry = nextTry
    }
}

extension AppState {
    /// The retry note while it is current, with the seconds left (state messages take precedence
    /// on the status line).
    public var activeRetryNote: String? {
        guard let retryNote, now < retryNote.nextTry.addingTimeInterval(1) else { return nil }
        let left = retryNote.nextTry.timeIntervalSince(now)
        return (left >= 1 ? "Retrying in \(Int(left.rounded(.up))) s " : "Retrying now ") + retryNote.text
    }
}
