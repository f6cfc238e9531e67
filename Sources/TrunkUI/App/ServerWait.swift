import FoundationEssentials

/// One try of a request that has been sent and not yet answered: when it started and which try
/// it is, so that the status line can say how long the server has been silent.
public struct PendingTry: Equatable, Sendable {
    /// Identifies the request (the same for all its tries).
    public var request: UInt64
    /// 1 for the first try.
    public var number: Int
    /// The most tries the client makes.
    public var maximum: Int
    /// When the try was sent.
    public var startedAt: Date

    /// Try `number` of `maximum` of `request`, sent at `startedAt`.
    public init(request: UInt64, number: Int, maximum: Int, startedAt: Date) {
        self.request = request
        self.number = number
        self.maximum = maximum
        self.startedAt = startedAt
    }
}

extension AppState {
    /// How long a first try may take before the status line says the program is waiting, so
    /// that quick answers never flash the note.
    public static let firstTryGrace: TimeInterval = 1.5
    /// The same for a retry; its first second is covered by "Retrying now …" (`RetryNote`).
    public static let retryGrace: TimeInterval = 1

    /// "waiting for the server (8 s)…", or "waiting for the server (8 s, try 2 of 6)…" for a
    /// retry, about the try waiting longest; nil while every try is younger than its grace.
    /// The seconds count up with the clock ticks.
    public var serverWaitNote: String? {
        guard let oldest = pendingTries.min(by: { $0.startedAt < $1.startedAt }) else { return nil }
        let waited = now.timeIntervalSince(oldest.startedAt)
        guard waited >= (oldest.number > 1 ? Self.retryGrace : Self.firstTryGrace) else { return nil }
        let which = oldest.number > 1 ? ", try \(oldest.number) of \(oldest.maximum)" : ""
        return "waiting for the server (\(Int(waited)) s\(which))…"
    }

    /// A try was sent: it counts from `startedAt`.
    mutating func tryStarted(_ pending: PendingTry) {
        pendingTries.removeAll { $0.request == pending.request }
        pendingTries.append(pending)
    }

    /// The try of `request` ended (answered, failed or cancelled).
    mutating func tryEnded(request: UInt64) {
        pendingTries.removeAll { $0.request == request }
    }
}
