import FoundationEssentials
import Synchronization

/// Carries what is found off the loop thread (an audit line that could not be written, a request
/// about to be tried again, a try sent or ended) to the runner's `EventInbox`. The service and
/// client are built before the runner, so the relay holds what is reported until `connect` names
/// the runner. Safe from any thread.
public final class ProblemRelay: Sendable {
    /// Where reported events go: held here until connected, then the runner's inbox.
    private enum Destination {
        case waiting([AppEvent])
        case inbox(EventInbox)
    }

    private let destination = Mutex(Destination.waiting([]))

    /// A relay that holds what is reported until `connect`.
    public init() {}

    /// From now on events go to `runner`'s inbox; those reported before are posted at once, ahead
    /// of any reported later.
    public func connect(_ runner: AppRunner) {
        destination.withLock { destination in
            if case .waiting(let pending) = destination { runner.inbox.post(contentsOf: pending) }
            destination = .inbox(runner.inbox)
        }
    }

    /// Shows `problem` on the status line (as an error) and marks the header.
    @Sendable public func report(_ problem: String) {
        send(.storageFailed(problem))
    }

    /// Shows "Retrying in N s " + `detail` on the status line, counting down `seconds`.
    @Sendable public func retrying(_ detail: String, seconds: TimeInterval) {
        send(.retrying(detail, until: Date().addingTimeInterval(seconds)))
    }

    /// Try `number` of `maximum` of `request` was sent at `startedAt`; the status line counts the
    /// wait once it is long.
    @Sendable public func tryStarted(request: UInt64, number: Int, of maximum: Int, at startedAt: Date = Date()) {
        send(.tryStarted(PendingTry(request: request, number: number, maximum: maximum, startedAt: startedAt)))
    }

    /// The try of `request` ended (answered, failed or cancelled).
    @Sendable public func tryEnded(request: UInt64) {
        send(.tryEnded(request: request))
    }

    private func send(_ event: AppEvent) {
        let inbox: EventInbox? = destination.withLock { destination in
            switch destination {
            case .waiting(var pending):
                pending.append(event)
                destination = .waiting(pending)
                return nil
            case .inbox(let inbox):
                return inbox
            }
        }
        inbox?.post(event)
    }
}
