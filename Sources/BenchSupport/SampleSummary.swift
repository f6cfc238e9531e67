/// Order statistics of timing samples (any unit), using the nearest-rank percentile.
public struct SampleSummary: Equatable, Sendable {
    /// How many samples there were.
    public let count: Int
    /// The smallest sample.
    public let minimum: Double
    /// The 50th percentile.
    public let median: Double
    /// The 99th percentile.
    public let p99: Double
    /// The largest sample.
    public let maximum: Double

    /// Summarises `samples`; nil when there are none.
    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        median = Self.percentile(sorted: sorted, 50)
        p99 = Self.percentile(sorted: sorted, 99)
    }

    /// The nearest-rank `percent` percentile of ascending `sorted` (not empty): the smallest
    /// sample such that at least `percent`% of the samples are less than or equal to it.
    public static func percentile(sorted: [Double], _ percent: Double) -> Double {
        precondition(!sorted.isEmpty, "percentile of no samples")
        let clamped = min(max(percent, 0), 100)
        let rank = Int((clamped / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
