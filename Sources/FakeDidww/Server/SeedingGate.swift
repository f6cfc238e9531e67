import Synchronization

/// Holds requests until the account is seeded: a server whose account is seeded after it starts
/// listening (demo mode shows the program meanwhile) answers each request once seeding is done,
/// as a server still starting up would. Thread-safe; once open it stays open.
final class SeedingGate: Sendable {
    private struct State {
        var isOpen: Bool
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    /// A gate that is open (the account is seeded) or closed until `open()`.
    init(isOpen: Bool) {
        state = Mutex(State(isOpen: isOpen))
    }

    /// True once the account is seeded.
    var isOpen: Bool {
        state.withLock { $0.isOpen }
    }

    /// Returns at once when open, else when `open()` is called.
    func wait() async {
        guard !isOpen else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let passes = state.withLock { state -> Bool in
                if state.isOpen { return true }
                state.waiting.append(continuation)
                return false
            }
            if passes { continuation.resume() }
        }
    }

    /// Lets every waiting and later request through.
    func open() {
        let waiting = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.isOpen = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}
