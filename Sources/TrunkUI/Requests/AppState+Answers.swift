import FoundationEssentials
import TrunkModel

extension AppState {
    /// Makes `call` for `purpose`: the request is recorded, and its answer will reach `purpose`.
    mutating func ask(_ call: APICall, for purpose: RequestPurpose) -> Effect {
        requests.ask(call, for: purpose)
    }

    /// Answers the oldest open request making `call`, as the runner would; nil when no such
    /// request is open. For drivers that play the runner's part (benchmarks, tests).
    public mutating func answer(_ call: APICall, with answer: APIAnswer) -> [Effect]? {
        guard let id = requests.oldest(making: call) else { return nil }
        return handle(.answered(id, answer))
    }

    /// Answers the open request for page `number` of the current list load with `page`; nil when
    /// that page is not asked for.
    public mutating func answerPage(_ page: TrunkPage, number: Int) -> [Effect]? {
        let generation = listGeneration
        guard let id = requests.oldest(where: { $0 == .listPage(number: number, generation: generation) }) else { return nil }
        return handle(.answered(id, .page(.success(page))))
    }

    /// The answer to request `id`: handed to the feature that asked. An answer to no open
    /// request (already answered, or forgotten because the user moved on) changes nothing.
    mutating func answered(_ id: RequestID, _ answer: APIAnswer) -> [Effect] {
        guard let request = requests.close(id) else { return [] }
        rememberChangeMade(request.purpose, answer)
        switch (request.purpose, answer) {
        case (.listPage(let number, let generation), .page(let result)):
            switch result {
            case .success(let page): return pageLoaded(page, number: number, generation: generation)
            case .failure(let failure): return pageFailed(failure.message, generation: generation)
            }
        case (.jumpLookup(let name), .trunks(let result)):
            switch result {
            case .success(let found): return lookupFinished(name, found: found)
            case .failure(let failure): return lookupFailed(name, failure.message)
            }
        case (.jump(let id), .trunk(let result)):
            switch result {
            case .success(let trunk): return finishJump(with: trunk)
            case .failure(let failure): return jumpFailed(id, failure.message)
            }
        case (.detail(let id), .trunk(let result)):
            return detailRead(id, result)
        case (.restoreDraft(let id), .trunk(let result)):
            return draftTrunkRead(id, result)
        case (.undo(let id), .trunk(let result)):
            return undoTrunkRead(id, result)
        case (.linkedDids, .trunk(let result)):
            switch result {
            case .success(let trunk):
                replace(trunk)
                return adoptLinkedDids(from: trunk)
            case .failure(let failure):
                linkedDidsFailed(failure.message)
                return []
            }
        case (.saveBase, .trunk(let result)):
            switch result {
            case .success(let trunk): return saveBaseRead(trunk)
            case .failure(let failure): return saveBaseFailed(failure.message)
            }
        case (.save, .change(let result)):
            switch result {
            case .success(let made):
                guard let trunk = made.trunk else { return [] }
                return patchSucceeded(trunk, note: made.settled)
            case .failure(let failure) where failure.outcomeUnknown:
                return patchOutcomeUnknown(failure.message)
            case .failure(let failure):
                return patchFailed(failure.message, fieldErrors: failure.fieldErrors)
            }
        case (.verifySave, .trunk(let result)):
            switch result {
            case .success(let trunk): return patchVerified(trunk)
            case .failure(let failure): return patchVerifyFailed(failure.message)
            }
        case (.create, .change(let result)):
            switch result {
            case .success(let made):
                guard let trunk = made.trunk else { return [] }
                return createSucceeded(trunk, settled: made.settled)
            case .failure(let failure) where failure.outcomeUnknown:
                return createOutcomeUnknown(failure.message)
            case .failure(let failure):
                return patchFailed(failure.message, fieldErrors: failure.fieldErrors)
            }
        case (.delete(let id), .change(let result)):
            switch result {
            case .success(let made): return deleteSucceeded(id: id, settled: made.settled)
            case .failure(let failure): return deleteFailed(failure.message, outcomeUnknown: failure.outcomeUnknown)
            }
        case (.rawJSON(let id), .document(let result)):
            return rawJSONRead(id, result)
        case (.regenerate(let id), .change(let result)):
            return regenerated(id, result)
        case (.regeneratedRead(let id), .trunk(let result)):
            return regeneratedTrunkRead(id, result)
        case (.accountDids, .dids(let result)):
            return accountDidsRead(result)
        case (.bulkRead(let id), .trunk(let result)):
            return bulkRead(id, result)
        case (.bulkSave(let id), .change(let result)):
            return bulkSaved(id, result)
        default:
            // An answer of another kind than its request makes: nothing can use it.
            return []
        }
    }
}
