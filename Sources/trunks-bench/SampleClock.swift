import Foundation
import Glibc

/// What the in-process rows time a sample by: the wall clock (what a user waits for), or the
/// measuring thread's CPU clock (`--cpu-clock`), which leaves out the time slices a busy machine
/// gives to other processes, so that figures taken beside other work can be compared.
enum SampleClock: Sendable {
    case wall
    case threadCPU

    /// Milliseconds `work` took by this clock.
    func milliseconds(_ work: () -> Void) -> Double {
        switch self {
        case .wall:
            return Stopwatch.milliseconds(work)
        case .threadCPU:
            let start = Self.threadCPUNanoseconds()
            work()
            return Double(Self.threadCPUNanoseconds() - start) / 1e6
        }
    }

    /// Words for a row's note: nothing for the wall clock.
    var note: String {
        self == .wall ? "" : " (thread CPU time)"
    }

    private static func threadCPUNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
