import FakeDidww
import Foundation
import TrunkUI

/// Demo mode: the fake API's account is seeded on a thread of its own while the program already
/// shows "Preparing the demo account: … of … trunks…"; the runner hears how far it is and when it
/// is done, and only then asks for the first page.
enum DemoSeeding {
    /// The preparation the state shows until the account is seeded.
    static func preparation(trunks: Int) -> DemoPreparation {
        DemoPreparation(seeded: 0, total: max(0, trunks))
    }

    /// Seeds `server` on a new thread, reporting to `runner`.
    static func start(_ server: FakeDidwwServer, reportingTo runner: AppRunner) {
        Thread.detachNewThread {
            server.seed { seeded, total in runner.notify(.demoPreparing(seeded: seeded, total: total)) }
            runner.notify(.demoReady)
        }
    }
}
