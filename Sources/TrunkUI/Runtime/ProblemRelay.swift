import Foundation

/// Carries what is found off the loop thread (an audit line that could not be written, a request
/// about to be tried again, a try sent or ended) to the runner. The service and client are built
/// before the runner, so the relay holds what is reported until `connect` names the runner.
/// Thread-safe.
public final class ProblemRelay: @unchecked Sendable {
    private let lock = NSLock()
    private weak var runner: AppRunner?
    private var waiting: [AppEvent] = []

    public init() {}

    /// From now on events go to `runner`; those reported before are delivered at once.
    public func connect(_ runner: AppRunner) {
        let pending: [AppEvent] = lock.withLock {
            self.runner = runner
            defer { waiting.removeAll() }
            return waiting
        }
        for event in pending { runner.notify(event) }
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
        let target: AppRunner? = lock.withLock {
            if runner == nil { waiting.append(event) }
            return runner
        }
        target?.notify(event)
    }
}
