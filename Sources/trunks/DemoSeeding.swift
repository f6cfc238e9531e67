import TrunkUI

/// Demo mode: the fake API's account is seeded on a thread of its own while the program already
/// shows "Preparing the demo account: … of … trunks…"; the runner hears how far it is and when it
/// is done, and only then asks for the first page.
struct DemoSeeding: Sendable {
    /// Starts seeding the account on a new thread, reporting to the runner
    /// (`demoPreparing`, then `demoReady`).
    var start: @Sendable (_ runner: AppRunner) -> Void

    /// The preparation the state shows until the account is seeded.
    static func preparation(trunks: Int) -> DemoPreparation {
        DemoPreparation(seeded: 0, total: max(0, trunks))
    }
}
