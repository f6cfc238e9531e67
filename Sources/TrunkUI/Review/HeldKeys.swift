import ScreenKit

/// Keys typed while a change is being sent (the review shows "sending…"): they wait here, in
/// order and at most `limit` of them, and are replayed once the change is saved. If it is not
/// saved (an error, a conflict, an unknown outcome), the screen asks for attention and they are
/// dropped: a key typed before a question was on screen never answers it.
public struct HeldKeys: Equatable, Sendable {
    /// The keys kept, oldest first.
    public private(set) var keys: [Key] = []
    /// Keys typed past `limit`, not kept.
    public private(set) var overflow = 0
    /// True once the change was saved: the keys are replayed after its answer.
    public private(set) var released = false

    /// The most keys kept.
    static let limit = 32

    /// No keys held.
    public init() {}

    /// True when no key was typed while sending.
    public var isEmpty: Bool { keys.isEmpty && overflow == 0 }

    /// How many keys were typed while sending, kept or not.
    public var count: Int { keys.count + overflow }

    /// Keeps `key` for later (counts it when the limit is reached).
    mutating func hold(_ key: Key) {
        if keys.count < Self.limit { keys.append(key) } else { overflow += 1 }
    }

    /// The change was saved: the keys held are to be replayed.
    mutating func release() {
        if !isEmpty { released = true }
    }
}
