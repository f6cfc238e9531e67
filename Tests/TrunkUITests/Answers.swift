import Foundation
import Testing
import TrunkModel
@testable import TrunkUI

/// Plays the runner's part in reducer tests: answers the requests the reducer really asked for,
/// by what they were for. Answering a request that is not open records an issue, so a test
/// cannot hand the reducer an answer nobody asked for by mistake.
extension AppState {
    /// Answers the oldest open request whose purpose passes `test`.
    mutating func deliver(where test: (RequestPurpose) -> Bool, _ answer: APIAnswer, what: String,
                          sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let id = requests.oldest(where: test) else {
            Issue.record("no request open for \(what)", sourceLocation: sourceLocation)
            return []
        }
        return handle(.answered(id, answer))
    }

    /// Answers the oldest open request making `call`.
    mutating func deliver(_ call: APICall, _ answer: APIAnswer, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let id = requests.oldest(making: call) else {
            Issue.record("no request open for \(call)", sourceLocation: sourceLocation)
            return []
        }
        return handle(.answered(id, answer))
    }

    /// Page `number` of the list load `generation` (the current one when nil) arrived.
    mutating func deliverPage(_ page: TrunkPage, number: Int = 1, generation: Int? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        let wanted = generation ?? listGeneration
        return deliver(where: { $0 == .listPage(number: number, generation: wanted) }, .page(.success(page)),
                       what: "page \(number) of load \(wanted)", sourceLocation: sourceLocation)
    }

    /// The oldest open page request of load `generation` (the current one when nil) failed.
    mutating func deliverPageFailure(_ text: String, generation: Int? = nil,
                                     sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        let wanted = generation ?? listGeneration
        return deliver(where: { if case .listPage(_, wanted) = $0 { true } else { false } },
                       .page(.failure(RequestFailure(text))), what: "a page of load \(wanted)", sourceLocation: sourceLocation)
    }

    /// The oldest open read of `trunk` (for whatever asked) returned it.
    mutating func deliverRead(_ trunk: Trunk, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(.loadTrunk(id: trunk.id), .trunk(.success(trunk)), sourceLocation: sourceLocation)
    }

    /// Every open read of trunk `id` (lower-cased as a jump asks) failed with `text`.
    mutating func deliverReadFailure(id: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(.loadTrunk(id: id), .trunk(.failure(RequestFailure(text))), sourceLocation: sourceLocation)
    }

    /// The read just before a save returned `trunk`.
    mutating func deliverSaveBase(_ trunk: Trunk, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { $0 == .saveBase(trunkID: trunk.id) }, .trunk(.success(trunk)),
                what: "the read before saving \(trunk.id)", sourceLocation: sourceLocation)
    }

    /// The read just before a save found the trunk as the review shows it (nobody changed it
    /// meanwhile): the PATCH goes out.
    mutating func deliverSaveBaseUnchanged(sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let original = review?.diff.original else {
            Issue.record("no review is sending", sourceLocation: sourceLocation)
            return []
        }
        return deliverSaveBase(original, sourceLocation: sourceLocation)
    }

    /// The read just before a save failed.
    mutating func deliverSaveBaseFailure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { if case .saveBase = $0 { true } else { false } }, .trunk(.failure(RequestFailure(text))),
                what: "the read before saving", sourceLocation: sourceLocation)
    }

    /// The PATCH was applied, leaving `trunk`.
    mutating func deliverSave(_ trunk: Trunk, settled: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { $0 == .save(trunkID: trunk.id) }, .change(.success(ChangeMade(trunk: trunk, settled: settled))),
                what: "the save of \(trunk.id)", sourceLocation: sourceLocation)
    }

    /// The PATCH failed (or its outcome is unknown).
    mutating func deliverSaveFailure(_ text: String, fieldErrors: [APIError] = [], outcomeUnknown: Bool = false,
                                     sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { if case .save = $0 { true } else { false } },
                .change(.failure(RequestFailure(text, fieldErrors: fieldErrors, outcomeUnknown: outcomeUnknown))),
                what: "a save", sourceLocation: sourceLocation)
    }

    /// The read after a save with an unknown outcome returned `trunk`.
    mutating func deliverVerify(_ trunk: Trunk, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { $0 == .verifySave(trunkID: trunk.id) }, .trunk(.success(trunk)),
                what: "the read after saving \(trunk.id)", sourceLocation: sourceLocation)
    }

    /// The POST created `trunk`.
    mutating func deliverCreate(_ trunk: Trunk, settled: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { $0 == .create }, .change(.success(ChangeMade(trunk: trunk, settled: settled))),
                what: "a create", sourceLocation: sourceLocation)
    }

    /// The POST failed (or its outcome is unknown).
    mutating func deliverCreateFailure(_ text: String, fieldErrors: [APIError] = [], outcomeUnknown: Bool = false,
                                       sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { $0 == .create }, .change(.failure(RequestFailure(text, fieldErrors: fieldErrors, outcomeUnknown: outcomeUnknown))),
                what: "a create", sourceLocation: sourceLocation)
    }

    /// The DELETE of trunk `id` succeeded.
    mutating func deliverDelete(id: String, settled: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(.delete(id: id), .change(.success(ChangeMade(settled: settled))), sourceLocation: sourceLocation)
    }

    /// The oldest open DELETE failed (or its outcome is unknown).
    mutating func deliverDeleteFailure(_ text: String, outcomeUnknown: Bool = false,
                                       sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(where: { if case .delete = $0 { true } else { false } },
                .change(.failure(RequestFailure(text, outcomeUnknown: outcomeUnknown))), what: "a delete", sourceLocation: sourceLocation)
    }

    /// The credentials of `trunk` were regenerated, and reading it again returned `trunk`.
    mutating func deliverRegenerated(_ trunk: Trunk, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        _ = deliver(.regenerateCredentials(id: trunk.id), .change(.success(ChangeMade())), sourceLocation: sourceLocation)
        return deliver(where: { $0 == .regeneratedRead(trunkID: trunk.id) }, .trunk(.success(trunk)),
                       what: "the read after regenerating", sourceLocation: sourceLocation)
    }

    /// The account's DIDs arrived.
    mutating func deliverAccountDids(_ dids: [DidRef], truncation: AccountDidList.Truncation? = nil,
                                     sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        deliver(.loadAccountDids, .dids(.success(AccountDidList(dids: dids, truncation: truncation))), sourceLocation: sourceLocation)
    }
}
