extension TrunkValidator {
    /// The short hint shown beside a field, with the limits of this validator's API version
    /// ("1–32767 calls, empty = unlimited" under 2026-11-19); the field table's hint otherwise.
    public func hint(for key: FieldKey) -> String? {
        switch key {
        case .capacityLimit:
            return "\(rules.capacityRange.lowerBound)–\(rules.capacityRange.upperBound) calls, empty = unlimited"
        case .rtpTimeout:
            return "\(rules.rtpTimeoutRange.lowerBound)–\(rules.rtpTimeoutRange.upperBound) seconds"
        case .thresholdAmount:
            if rules.thresholdMaximumDependsOnAccount { return "USD, required; the highest amount depends on the account" }
            let range = "\(Int(rules.thresholdRange.lowerBound))–\(Int(rules.thresholdRange.upperBound)) USD"
            return range + (rules.thresholdNullable ? ", empty = no limit" : ", required")
        case .externalReferenceId:
            return "up to \(rules.externalReferenceMaxLength) characters"
        case .techPrefix:
            return "up to \(rules.techPrefixMaxLength) of 0-9 and #"
        case .allowedRtpIps:
            return "empty = no restriction" + (rules.everyAddressRtpRefused ? "; 0.0.0.0/0 and ::/0 are refused" : "")
        default:
            return FieldTable.field(key).hint
        }
    }
}
