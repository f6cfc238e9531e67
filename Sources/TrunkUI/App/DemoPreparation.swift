import TrunkModel

/// The demo account being seeded while the program already shows: how far the seeding is. The
/// first page is asked for only once it is done (`AppEvent.demoReady`).
public struct DemoPreparation: Equatable, Sendable {
    /// Trunks seeded so far.
    public var seeded: Int
    /// Trunks the demo account will hold.
    public var total: Int

    /// A preparation of `total` trunks, `seeded` of them done.
    public init(seeded: Int = 0, total: Int) {
        self.seeded = seeded
        self.total = total
    }

    /// What the list says meanwhile: "Preparing the demo account: 40,000 of 100,000 trunks…".
    public var text: String {
        let grouped = AccountDidList.Truncation.grouped
        return "Preparing the demo account: \(grouped(seeded)) of \(grouped(total)) trunks…"
    }
}

extension AppState {
    /// The demo's fake API reported progress, or that its account is ready: then the first page
    /// is asked for.
    mutating func demoEvent(_ event: AppEvent) -> [Effect] {
        switch event {
        case .demoPreparing(let seeded, let total):
            guard demoPreparation != nil else { return [] }
            demoPreparation = DemoPreparation(seeded: seeded, total: total)
            return []
        case .demoReady:
            guard demoPreparation != nil else { return [] }
            demoPreparation = nil
            return start()
        default:
            return []
        }
    }
}
