extension TrunkRecord {
    /// The trunk as an account on API 2026-11-19 holds it: a spending limit always set (3000.0 where
    /// there was none), a capacity of at least 1 (0 became 1), and RTP addresses either a real list
    /// or null (an empty list, or one that allows every address, became null: no restriction).
    func conformedTo20261119() -> TrunkRecord {
        var trunk = self
        if trunk.thresholdAmount == nil { trunk.thresholdAmount = 3000 }
        if trunk.capacityLimit == 0 { trunk.capacityLimit = 1 }
        if let addresses = trunk.allowedRTPIPs, VersionRules.v20261119.rtpRefusal(addresses) != nil {
            trunk.allowedRTPIPs = nil
        }
        trunk.refreshThresholdReached()
        return trunk
    }
}
