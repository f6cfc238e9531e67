import Synchronization

/// The fault rules of one fake server and the random source that decides probabilistic ones.
/// Thread-safe; the first matching rule with a count left (and a lucky draw) wins.
final class FaultInjector: Sendable {
    private struct State {
        var rules: [FaultRule] = []
        var random = SplitMix64(seed: 0x5EED)
    }

    private let state = Mutex(State())

    /// Replaces every rule.
    func set(_ rules: [FaultRule]) {
        state.withLock { $0.rules = rules }
    }

    /// Adds a rule after the existing ones.
    func add(_ rule: FaultRule) {
        state.withLock { $0.rules.append(rule) }
    }

    /// The rules now in force (counts as they stand).
    func rules() -> [FaultRule] {
        state.withLock { $0.rules }
    }

    /// Reseeds the random source (for reproducible probabilistic faults).
    func reseed(_ seed: UInt64) {
        state.withLock { $0.random = SplitMix64(seed: seed) }
    }

    /// The fault to apply to one request, consuming one use of a counted rule.
    func take(method: String, endpoint: FaultEndpoint) -> FaultKind? {
        state.withLock { state in
            for index in state.rules.indices where state.rules[index].matches(method: method, endpoint: endpoint) {
                let rule = state.rules[index]
                if rule.probability < 1 && !state.random.chance(rule.probability) { continue }
                if let remaining = rule.remaining {
                    state.rules[index].remaining = remaining - 1
                }
                return rule.kind
            }
            return nil
        }
    }
}
