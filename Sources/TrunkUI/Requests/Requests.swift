import FoundationEssentials
import TrunkModel

/// Names one request the reducer asked for. Its answer carries it back (`AppEvent.answered`), so
/// the answer reaches the feature that asked and no other; an answer whose request is no longer
/// open is dropped.
public struct RequestID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let number: UInt64

    /// The request numbered `number` (numbers are handed out by `RequestLedger`).
    public init(_ number: UInt64) {
        self.number = number
    }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.number < rhs.number }

    public var description: String { "request \(number)" }
}

/// A call to the DIDWW API as the reducer asks for it; the runner makes it (`Effect.request`).
public enum APICall: Equatable, Sendable {
    case loadPage(number: Int, size: Int, query: ServerQuery = ServerQuery())
    /// The trunks named `name` (exact, then containing it), for `:trunk NAME`.
    case lookupTrunk(name: String)
    case loadTrunk(id: String)
    /// The trunk's document as the server sends it (the raw JSON view).
    case loadTrunkJSON(id: String)
    case patch(id: String, body: Data)
    case create(body: Data)
    case delete(id: String)
    case regenerateCredentials(id: String)
    /// Every DID of the account, for picking DIDs by number.
    case loadAccountDids
}

/// Why a request failed, as the user is told.
public struct RequestFailure: Error, Equatable, Sendable {
    public var message: String
    /// The server's objections by field (a 422), shown at the fields.
    public var fieldErrors: [APIError]
    /// A change was sent and neither its answer nor reading again tells whether it was applied.
    public var outcomeUnknown: Bool

    /// A failure saying `message`.
    public init(_ message: String, fieldErrors: [APIError] = [], outcomeUnknown: Bool = false) {
        self.message = message
        self.fieldErrors = fieldErrors
        self.outcomeUnknown = outcomeUnknown
    }
}

/// A change the server made: the trunk after it (none for a delete or a regenerate) and, when its
/// answer was lost, how the outcome was learned.
public struct ChangeMade: Equatable, Sendable {
    public var trunk: Trunk?
    public var settled: String?

    /// A change that left `trunk`; `settled` says how it was learned when the answer was lost.
    public init(trunk: Trunk? = nil, settled: String? = nil) {
        self.trunk = trunk
        self.settled = settled
    }
}

/// The answer to an `APICall`, typed by what the call returns.
public enum APIAnswer: Equatable, Sendable {
    case page(Result<TrunkPage, RequestFailure>)
    case trunks(Result<[Trunk], RequestFailure>)
    case trunk(Result<Trunk, RequestFailure>)
    case document(Result<Data, RequestFailure>)
    case change(Result<ChangeMade, RequestFailure>)
    case dids(Result<AccountDidList, RequestFailure>)
}

/// Who asked, and for what: decides which feature an answer is for. Recorded when the request
/// is made, so nothing is guessed from the answer.
enum RequestPurpose: Equatable, Sendable {
    /// A page of the list load `generation`.
    case listPage(number: Int, generation: Int)
    /// `:trunk NAME` looking the name up on the server.
    case jumpLookup(name: String)
    /// `:trunk` waiting for a trunk that is not loaded.
    case jump(id: String)
    /// The detail pane of `trunkID` (with its DIDs).
    case detail(trunkID: String)
    /// A draft from an earlier run waiting for its trunk.
    case restoreDraft(trunkID: String)
    /// The reverse of a change waiting for its trunk as it is now (`u`, `Enter` in `:audit`).
    case undo(trunkID: String)
    /// The form's DID editor waiting for the trunk's linked DIDs.
    case linkedDids(trunkID: String)
    /// The trunk as it is now, read just before a PATCH.
    case saveBase(trunkID: String)
    case save(trunkID: String)
    /// The trunk read again after a PATCH whose outcome was unknown.
    case verifySave(trunkID: String)
    case rawJSON(trunkID: String)
    case regenerate(trunkID: String)
    /// The trunk read again after its credentials were regenerated.
    case regeneratedRead(trunkID: String)
    case create
    case delete(trunkID: String)
    case accountDids
    /// A marked trunk read again just before its PATCH of a change to every marked trunk.
    case bulkRead(trunkID: String)
    /// A marked trunk's PATCH of a change to every marked trunk.
    case bulkSave(trunkID: String)
}

/// The requests asked for and not yet answered.
public struct RequestLedger: Sendable {
    struct Open: Sendable {
        var call: APICall
        var purpose: RequestPurpose
    }

    private var last: UInt64 = 0
    private(set) var open: [RequestID: Open] = [:]

    /// No request open.
    public init() {}

    /// Records a request and returns the effect that makes it.
    mutating func ask(_ call: APICall, for purpose: RequestPurpose) -> Effect {
        last += 1
        let id = RequestID(last)
        open[id] = Open(call: call, purpose: purpose)
        return .request(id, call)
    }

    /// The request `id` is answered: what it was for, or nil when it is no longer open.
    mutating func close(_ id: RequestID) -> Open? {
        open.removeValue(forKey: id)
    }

    /// Forgets the open requests whose purpose passes `test`: their answers will be dropped.
    mutating func forget(where test: (RequestPurpose) -> Bool) {
        open = open.filter { !test($0.value.purpose) }
    }

    /// The oldest open request making `call`.
    public func oldest(making call: APICall) -> RequestID? {
        open.filter { $0.value.call == call }.keys.min()
    }

    /// The oldest open request whose purpose passes `test`.
    func oldest(where test: (RequestPurpose) -> Bool) -> RequestID? {
        open.filter { test($0.value.purpose) }.keys.min()
    }

    /// How many requests are open.
    public var count: Int { open.count }

    /// True when a request for `purpose` is open.
    func isOpen(_ purpose: RequestPurpose) -> Bool {
        open.values.contains { $0.purpose == purpose }
    }
}

extension Sequence where Element == Effect {
    /// The API calls among these effects, in order.
    public var calls: [APICall] {
        compactMap { if case .request(_, let call) = $0 { call } else { nil } }
    }
}
