import DidwwClient
import FoundationEssentials
import TrunkUI

extension ProblemRelay {
    /// Hands the client's `TryNotice` to the runner: pass this as `DidwwClient`'s `tryObserver`.
    @Sendable public func relay(_ notice: TryNotice) {
        switch notice.phase {
        case .started: tryStarted(request: notice.request, number: notice.tryNumber, of: notice.maximumTries)
        case .ended: tryEnded(request: notice.request)
        }
    }
}
