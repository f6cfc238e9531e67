/// Spaces request starts at least `interval` apart (20 per second by default), so a background
/// page load never floods the API, whatever the number of pages.
///
/// Threading: an actor; callers reserve a slot, then sleep until it outside the actor.
public actor RequestPacer {
    private let interval: Duration
    private var nextSlot: ContinuousClock.Instant = .now

    /// A pacer allowing `perSecond` request starts per second.
    public init(perSecond: Int = 20) {
        interval = .milliseconds(1000 / max(1, perSecond))
    }

    /// Reserves the next free start time.
    public func reserve() -> ContinuousClock.Instant {
        let slot = max(ContinuousClock.now, nextSlot)
        nextSlot = slot + interval
        return slot
    }

    /// Waits until this caller may start a request.
    public nonisolated func waitTurn() async {
        let slot = await reserve()
        if slot > .now { try? await Task.sleep(until: slot, clock: .continuous) }
    }
}
