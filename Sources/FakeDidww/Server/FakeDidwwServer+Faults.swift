/// Fault injection for tests, benchmarks and the demo (see `FaultRule` for the rule syntax).
extension FakeDidwwServer {
    /// Replaces every fault rule.
    public func setFaults(_ rules: [FaultRule]) {
        context.faults.set(rules)
    }

    /// Adds one fault rule after the existing ones.
    public func addFault(_ rule: FaultRule) {
        context.faults.add(rule)
    }

    /// Removes every fault rule.
    public func clearFaults() {
        context.faults.set([])
    }

    /// The rules in force, with what is left of their counts.
    public func faults() -> [FaultRule] {
        context.faults.rules()
    }

    /// Reseeds the random draw of probabilistic rules, so a run can be repeated.
    public func reseedFaults(_ seed: UInt64) {
        context.faults.reseed(seed)
    }
}
