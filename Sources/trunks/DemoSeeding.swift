import Foundation
import TrunkUI

/// Demo mode: the fake API's account is seeded on a thread of its own while the program already
/// shows "Preparing the demo account: … of … trunks…"; the runner hears how far it is and when it
/// is done, and only then asks for the first page.
struct DemoSeeding: Sendable {
    /// Seeds the account, calling `progress(seeded, total)` as it goes; blocks the calling thread.
    var seed: @Sendable (_ progress: (_ seeded: Int, _ total: Int) -> Void) -> Void

    /// The preparation the state shows until the account is seeded.
    static func preparation(trunks: Int) -> DemoPreparation {
        DemoPreparation(seeded: 0, total: max(0, trunks))
    }

    /// Seeds the account on a new thread, reporting to `runner`.
    func start(reportingTo runner: AppRunner) {
        let seed = self.seed
        Thread.detachNewThread {
            seed { seeded, total in runner.notify(.demoPreparing(seeded: seeded, total: total)) }
            runner.notify(.demoReady)
        }
    }
}
