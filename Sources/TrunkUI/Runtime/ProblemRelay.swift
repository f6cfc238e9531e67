import Foundation

/// Carries problems found off the loop thread (an audit line that could not be written) to the
/// runner's status line. The service is built before the runner, so the relay holds what is
/// reported until `connect` names the runner. Thread-safe.
public final class ProblemRelay: @unchecked Sendable {
    private let lock = NSLock()
    private weak var runner: AppRunner?
    private var waiting: [String] = []

    public init() {}

    /// From now on problems go to `runner`; those reported before are delivered at once.
    public func connect(_ runner: AppRunner) {
        let pending: [String] = lock.withLock {
            self.runner = runner
            defer { waiting.removeAll() }
            return waiting
        }
        for problem in pending { runner.notify(.storageFailed(problem)) }
    }

    /// Shows `problem` on the status line (as an error).
    @Sendable public func report(_ problem: String) {
        let target: AppRunner? = lock.withLock {
            if runner == nil { waiting.append(problem) }
            return runner
        }
        target?.notify(.storageFailed(problem))
    }
}
