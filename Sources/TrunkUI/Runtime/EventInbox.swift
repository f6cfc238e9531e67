import ScreenKit
import Synchronization

/// The one place where other threads hand events to the UI loop: answers of network work, retry
/// and try notices, storage problems. Any thread posts; the loop thread drains.
///
/// Threading: every method is safe from any thread. Posting queues the event under a `Mutex`,
/// then wakes the terminal (`TerminalDriver.wake()`), so that a loop blocked in `nextKey` returns
/// and drains. The inbox also counts the work started and not yet answered, so that the loop can
/// tell when it is idle.
public final class EventInbox: Sendable {
    private struct Contents {
        var events: [AppEvent] = []
        var inFlight = 0
    }

    private let contents = Mutex(Contents())
    private let terminal: any TerminalDriver

    /// An empty inbox that wakes `terminal` after each post.
    public init(waking terminal: any TerminalDriver) {
        self.terminal = terminal
    }

    /// Queues `event` for the loop's next turn and wakes the loop.
    public func post(_ event: AppEvent) {
        post(contentsOf: [event])
    }

    /// Queues `events`, in order, for the loop's next turn and wakes the loop.
    public func post(contentsOf events: [AppEvent]) {
        guard !events.isEmpty else { return }
        contents.withLock { $0.events.append(contentsOf: events) }
        terminal.wake()
    }

    /// Counts one piece of work whose answer will come through `finish(with:)`.
    func workStarted() {
        contents.withLock { $0.inFlight += 1 }
    }

    /// Queues the answer of work counted by `workStarted()`, uncounts it and wakes the loop.
    func finish(with event: AppEvent) {
        contents.withLock {
            $0.events.append(event)
            $0.inFlight -= 1
        }
        terminal.wake()
    }

    /// Takes every queued event, oldest first (the loop thread, once per turn).
    func drain() -> [AppEvent] {
        contents.withLock { contents in
            defer { contents.events.removeAll() }
            return contents.events
        }
    }

    /// True when nothing is queued and no counted work is unanswered.
    var isIdle: Bool {
        contents.withLock { $0.events.isEmpty && $0.inFlight == 0 }
    }
}
