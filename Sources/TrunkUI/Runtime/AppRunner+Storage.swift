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
        case .bulkJournal(let write):
            writeBulkJournal(write)
        case .loadAudit:
            let log = auditLog
            start { _ in .auditLoaded(log?.entries() ?? []) }
        default:
            break
        }
    }

    /// Writes a step of a change to many trunks, here on the loop thread: done before the effect
    /// after it (the PATCH) starts. A step the disk refuses is said once per problem.
    private func writeBulkJournal(_ write: BulkJournalWrite) {
        guard let store = bulkJournalStore else { return }
        do {
            switch write {
            case .begin(let journal): try store.begin(journal)
            case .record(let batch, let line): try store.record(line, batch: batch)
            case .remove(let batch): store.remove(batch: batch)
            }
            lastJournalProblem = nil
        } catch {
            let problem = "The progress of the change to many trunks is not kept on disk: \(error)"
            guard problem != lastJournalProblem else { return }
            lastJournalProblem = problem
            answer(.storageFailed(problem))
        }
    }
}
