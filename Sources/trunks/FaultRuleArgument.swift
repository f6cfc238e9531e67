import ArgumentParser
import FakeDidww

/// A `--demo-fault` value: one fault rule of the built-in fake API.
struct FaultRuleArgument: ExpressibleByArgument {
    let rule: FaultRule

    init?(argument: String) {
        guard let rule = try? FaultRule(spec: argument) else { return nil }
        self.rule = rule
    }
}

extension Array where Element == FaultRuleArgument {
    /// The rules, in the order given.
    var rules: [FaultRule] { map(\.rule) }
}
