import FoundationEssentials
import TrunkModel

extension AppRunner {
    /// Performs the effects of the draft store and the audit trail.
    func performStorage(_ effect: Effect) {
        switch effect {
        case .storeDraft(let draft):
            do {
                try draftStore?.save(draft)
                lastDraftProblem = nil
            } catch {
                // Said once per problem, not at every key typed into the form.
                // The consequence first: at 80 columns the path may not fit.
                let problem = "Draft not kept on disk, only in memory until saved: \(error)"
                guard problem != lastDraftProblem else { break }
                lastDraftProblem = problem
                answer(.storageFailed(problem))
            }
        case .removeDraft(let id):
            draftStore?.remove(trunkID: id)
        case .loadAudit:
            let log = auditLog
            start { _ in .auditLoaded(log?.entries() ?? []) }
        default:
            break
        }
    }
}
