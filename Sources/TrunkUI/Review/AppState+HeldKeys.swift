import ScreenKit

/// Keys typed while a change is on its way wait in `heldKeys` and are replayed in order after a
/// save; see `HeldKeys`.
extension AppState {
    /// A key typed while the review is sending: held for after the answer. The review's send key
    /// (`y`) is not held: pressed again it is a repeat of the send, which goes once. Nor is the
    /// back key (Esc): the change cannot be called back, but the keys typed so far can, and it
    /// drops them.
    mutating func holdWhileSending(_ key: Key) -> [Effect] {
        if keymap.ownCommand(for: key, in: .review) == .confirm { return [] }
        guard keymap.command(for: key, in: .global) == .back else {
            heldKeys.hold(key)
            return []
        }
        guard !heldKeys.isEmpty else { return [] }
        let count = heldKeys.count
        heldKeys = HeldKeys()
        message = StatusMessage("Dropped the \(Self.keys(count)) typed meanwhile; the change is still on its way", .info)
        return []
    }

    /// After an answer: the keys held are replayed when the change was saved, kept while it is
    /// still on its way, and dropped otherwise (the status line says how many).
    mutating func settleHeldKeys() -> [Effect] {
        guard !heldKeys.isEmpty else { return [] }
        if heldKeys.released { return replayHeldKeys() }
        guard review?.sending != true else { return [] }
        let count = heldKeys.count
        heldKeys = HeldKeys()
        note("\(Self.keys(count)) typed while sending \(count == 1 ? "was" : "were") not used")
        return []
    }

    /// The contexts that ask before something changes or is lost: a held key never answers one,
    /// so replaying stops when one opens.
    static let questions: Set<KeyContext> = [
        .review, .conflict, .deleteConfirmation, .regenerateConfirmation, .quitQuestion, .discardQuestion,
        .restoreDrafts, .alert,
    ]

    /// Replays the held keys in order, as if typed now; the status line keeps the save's outcome
    /// unless a key said something else.
    private mutating func replayHeldKeys() -> [Effect] {
        let held = heldKeys
        heldKeys = HeldKeys()
        let outcome = message
        var effects: [Effect] = []
        var used = 0
        for key in held.keys {
            effects += handleKey(key)
            used += 1
            if quitting { return effects }
            if Self.questions.contains(keyContext) { break }
        }
        if message == nil { message = outcome }
        let unused = held.count - used
        if unused > 0 { note("\(Self.keys(unused)) typed while sending \(unused == 1 ? "was" : "were") not used") }
        return effects
    }

    /// Adds `text` to the status line's message (or says it alone).
    private mutating func note(_ text: String) {
        if let current = message {
            message = StatusMessage(current.text + " (\(text))", current.kind)
        } else {
            message = StatusMessage(text.prefix(1).uppercased() + text.dropFirst(), .info)
        }
    }

    private static func keys(_ count: Int) -> String {
        count == 1 ? "1 key" : "\(count) keys"
    }
}
