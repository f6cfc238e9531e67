import FoundationEssentials

/// The status messages of this run, each with the time it was shown, the newest last; at most
/// `limit` (the oldest go first). `:messages` shows them whole.
public struct MessageLog: Equatable, Sendable {
    /// One message as it was shown.
    public struct Entry: Equatable, Sendable {
        public var message: StatusMessage
        public var time: Date
    }

    /// How many messages are kept.
    public static let limit = 300

    /// Oldest first.
    public private(set) var entries: [Entry] = []

    /// An empty log.
    public init() {}

    /// Keeps `message`, shown at `time`, dropping the oldest beyond `limit`.
    mutating func record(_ message: StatusMessage, at time: Date) {
        entries.append(Entry(message: message, time: time))
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }
}
