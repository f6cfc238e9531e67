import FoundationEssentials
import TrunkModel

extension TrunkService {
    /// Makes `call` and returns its answer, typed by what the call returns; errors become the
    /// `RequestFailure` the user is shown.
    func answer(_ call: APICall) async -> APIAnswer {
        switch call {
        case .loadPage(let number, let size, let query):
            return .page(await Self.result { try await listPage(number: number, size: size, query: query) })
        case .lookupTrunk(let name):
            return .trunks(await Self.result { try await findTrunks(named: name) })
        case .loadTrunk(let id):
            return .trunk(await Self.result { try await trunk(id: id) })
        case .loadTrunkJSON(let id):
            return .document(await Self.result { try await trunkDocument(id: id) })
        case .patch(let id, let body):
            return .change(await Self.result {
                let receipt = try await update(id: id, body: body)
                return ChangeMade(trunk: receipt.value, settled: receipt.settlement)
            })
        case .create(let body):
            return .change(await Self.result {
                let receipt = try await create(body: body)
                return ChangeMade(trunk: receipt.value, settled: receipt.settlement)
            })
        case .delete(let id):
            return .change(await Self.result { ChangeMade(settled: try await delete(id: id).settlement) })
        case .regenerateCredentials(let id):
            return .change(await Self.result { ChangeMade(settled: try await regenerateCredentials(id: id).settlement) })
        case .loadAccountDids:
            return .dids(await Self.result { try await accountDidList() })
        }
    }

    private static func result<Value>(_ work: () async throws -> Value) async -> Result<Value, RequestFailure> {
        do {
            return .success(try await work())
        } catch {
            let (message, fields) = describe(error)
            return .failure(RequestFailure(message, fieldErrors: fields,
                                           outcomeUnknown: (error as? UserFacingError)?.outcomeUnknown == true))
        }
    }
}
