import Synchronization

/// A value delivered once, from any thread, to the tasks that await it. Awaiting suspends the
/// task (no thread waits), and each wait is resumed exactly once: by the delivery or by its
/// own timeout, whichever comes first.
final class Latch<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var waiters: [Int: CheckedContinuation<Value?, Never>] = [:]
        var expired: Set<Int> = []
        var nextWait = 0
    }

    private let state = Mutex(State())

    /// Hands `value` to every waiter, now and later; only the first delivery counts.
    func deliver(_ value: Value) {
        let waiters: [CheckedContinuation<Value?, Never>] = state.withLock { state in
            guard state.value == nil else { return [] }
            state.value = value
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: value) }
    }

    /// The delivered value, or nil when none came within `timeout`.
    func value(within timeout: Duration) async -> Value? {
        let wait = state.withLock { state in
            state.nextWait += 1
            return state.nextWait
        }
        let timer = Task {
            try await Task.sleep(for: timeout)
            self.expire(wait)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            let ready: Value?? = state.withLock { state in
                if let value = state.value { return .some(value) }
                if state.expired.remove(wait) != nil { return .some(nil) }
                state.waiters[wait] = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Ends wait number `wait` with nil, unless the value already ended it.
    private func expire(_ wait: Int) {
        let waiter = state.withLock { state in
            guard let waiter = state.waiters.removeValue(forKey: wait) else {
                if state.value == nil { state.expired.insert(wait) }
                return nil as CheckedContinuation<Value?, Never>?
            }
            return waiter
        }
        waiter?.resume(returning: nil)
    }
}
