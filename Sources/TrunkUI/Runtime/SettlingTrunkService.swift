import FoundationEssentials
import TrunkModel

/// Wraps a `TrunkService` so that no change is left as a guess: when a change's answer is lost
/// (no answer after sending, an unreadable answer) or is a server failure (5xx), or a delete is
/// answered 404, the server is read to learn what happened, and the caller gets the settled
/// outcome: a receipt saying how it was learned, or a `SettledChangeError`.
///
/// Nothing is ever sent again from here: a change the server does not have is reported, and the
/// user decides. Thread-safe.
public struct SettlingTrunkService: TrunkService {
    private let base: any TrunkService
    /// A trunk created this long before the POST was sent still counts as possibly its own (the
    /// server's clock may differ from this machine's).
    private let creationWindow: TimeInterval
    private let now: @Sendable () -> Date

    /// Settles the changes made through `base`; `now` is this machine's clock.
    public init(_ base: any TrunkService, creationWindow: TimeInterval = 300,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.base = base
        self.creationWindow = creationWindow
        self.now = now
    }

    public func listPage(number: Int, size: Int, query: ServerQuery) async throws -> TrunkPage {
        try await base.listPage(number: number, size: size, query: query)
    }

    public func enterReadOnly() {
        base.enterReadOnly()
    }

    public func trunk(id: String) async throws -> Trunk {
        try await base.trunk(id: id)
    }

    public func trunkDocument(id: String) async throws -> Data {
        try await base.trunkDocument(id: id)
    }

    public func accountDids() async throws -> [DidRef] {
        try await base.accountDids()
    }

    public func accountDidList() async throws -> AccountDidList {
        try await base.accountDidList()
    }

    public func update(id: String, body: Data) async throws -> ChangeReceipt<Trunk> {
        do {
            return try await base.update(id: id, body: body)
        } catch where Self.isUnsettled(error) {
            let answer = Self.answerWords(error)
            let fresh: Trunk
            do {
                fresh = try await base.trunk(id: id)
            } catch let reading {
                throw Self.unknown(error, "reading the trunk again failed (\(Self.clause(reading)))")
            }
            if SentFields(body: body).areAll(in: fresh) {
                return ChangeReceipt(fresh, status: Self.status(error),
                                     settlement: "\(answer), but reading the trunk again shows it was applied")
            }
            throw SettledChangeError(.notMade, message: Self.sentence(error) + " Reading the trunk again shows the change was not applied.",
                                     status: Self.status(error), settlement: "\(answer); reading the trunk again shows it was not applied")
        }
    }

    public func create(body: Data) async throws -> ChangeReceipt<Trunk> {
        let sent = now()
        do {
            return try await base.create(body: body)
        } catch where Self.isUnsettled(error) {
            let answer = Self.answerWords(error)
            let sentFields = SentFields(body: body)
            guard let name = sentFields.trunk?.name, !name.isEmpty else {
                throw Self.unknown(error, "a trunk without a name cannot be looked for")
            }
            let found: [Trunk]
            do {
                found = try await recentlyCreated(named: name, since: sent.addingTimeInterval(-creationWindow))
            } catch let reading {
                throw Self.unknown(error, "looking for \"\(name)\" failed (\(Self.clause(reading)))")
            }
            let minutes = Int(creationWindow / 60)
            if found.isEmpty {
                throw SettledChangeError(.notMade, message: Self.sentence(error)
                                         + " No trunk named \"\(name)\" was created in the last \(minutes) minutes: it was not created.",
                                         status: Self.status(error),
                                         settlement: "\(answer); no trunk of that name was created in the last \(minutes) minutes")
            }
            // A trunk of that name made a moment earlier (by another create) is not this one
            // unless it holds what was sent; two that do cannot be told apart.
            if found.count == 1, sentFields.areAll(in: found[0]) {
                return ChangeReceipt(found[0], status: Self.status(error),
                                     settlement: "\(answer), but a trunk named \"\(name)\" created just now is on the server")
            }
            if found.count == 1 {
                throw Self.unknown(error, "a trunk named \"\(name)\" created in the last \(minutes) minutes is on the server, "
                                   + "but it does not hold everything that was sent")
            }
            throw Self.unknown(error, "\(found.count) trunks named \"\(name)\" were created in the last \(minutes) minutes")
        }
    }

    public func delete(id: String) async throws -> ChangeReceipt<String> {
        do {
            return try await base.delete(id: id)
        } catch where Self.isUnsettled(error) || Self.status(error) == 404 {
            let answer = Self.answerWords(error)
            do {
                _ = try await base.trunk(id: id)
            } catch let reading where Self.status(reading) == 404 {
                return ChangeReceipt(id, status: Self.status(error), settlement: "\(answer); reading the trunk again finds it gone")
            } catch let reading {
                throw Self.unknown(error, "reading the trunk again failed (\(Self.clause(reading)))")
            }
            throw SettledChangeError(.notMade, message: Self.sentence(error) + " The trunk is still there: it was not deleted.",
                                     status: Self.status(error), settlement: "\(answer); reading the trunk again finds it still there")
        }
    }

    public func regenerateCredentials(id: String) async throws -> ChangeReceipt<String> {
        // The credentials as they were, so that a lost answer can be settled by comparing.
        let before = try? await base.trunk(id: id).authenticationMethod
        do {
            return try await base.regenerateCredentials(id: id)
        } catch where Self.isUnsettled(error) {
            let answer = Self.answerWords(error)
            guard let before else { throw Self.unknown(error, "the credentials before it were not known") }
            let after: AuthenticationMethod?
            do {
                after = try await base.trunk(id: id).authenticationMethod
            } catch let reading {
                throw Self.unknown(error, "reading the trunk again failed (\(Self.clause(reading)))")
            }
            if after?.username != before.username || after?.password != before.password {
                return ChangeReceipt(id, status: Self.status(error),
                                     settlement: "\(answer), but reading the trunk again shows new credentials")
            }
            throw SettledChangeError(.notMade, message: Self.sentence(error) + " The credentials are unchanged: the old ones still work.",
                                     status: Self.status(error), settlement: "\(answer); the credentials are unchanged")
        }
    }

    /// The trunks named exactly `name` created at or after `since`, newest first.
    private func recentlyCreated(named name: String, since: Date) async throws -> [Trunk] {
        // The server reads a comma in a name filter as a list: look such a name up by a part.
        let part = name.split(separator: ",").map(String.init).max { $0.count < $1.count } ?? name
        let filter = name.contains(",") ? ["name_contains": part] : ["name": name]
        let page = try await base.listPage(number: 1, size: 50, query: ServerQuery(
            filters: filter, sort: [ServerQuery.SortKey(field: "created_at", descending: true)]))
        return page.trunks.filter { trunk in
            guard trunk.name == name, let created = trunk.createdAt.flatMap(Self.date) else { return false }
            return created >= since
        }
    }

    /// True when the change may have been made although no success came back.
    static func isUnsettled(_ error: Error) -> Bool {
        guard let facing = error as? UserFacingError else { return false }
        return facing.outcomeUnknown || (500...599).contains(facing.httpStatus ?? 0)
    }

    private static func status(_ error: Error) -> Int? {
        (error as? UserFacingError)?.httpStatus
    }

    /// "no answer arrived" or "the server answered 500", for a settlement: short, since it ends
    /// up on the status line (the error itself is in the audit line when the change failed).
    private static func answerWords(_ error: Error) -> String {
        if let status = status(error) { return "the server answered \(status)" }
        return "no answer arrived"
    }

    /// The error's message without its closing full stop, to go inside a sentence.
    private static func clause(_ error: Error) -> String {
        var text = describe(error).message
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func sentence(_ error: Error) -> String {
        let text = describe(error).message
        return text.hasSuffix(".") ? text : text + "."
    }

    /// Reading could not tell: `reading` says why ("reading the trunk again failed (…)").
    private static func unknown(_ error: Error, _ reading: String) -> SettledChangeError {
        SettledChangeError(.unknown, message: sentence(error) + " It may or may not have been made: " + reading + ".",
                           status: status(error), settlement: answerWords(error) + "; " + reading)
    }

    /// An ISO-8601 `created_at`, with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            // Kept to whole milliseconds, as the server's times have always been compared.
            let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
            let milliseconds = (microseconds / 1000).rounded(.down)
            return Date(timeIntervalSinceReferenceDate: milliseconds / 1000 - Date.timeIntervalBetween1970AndReferenceDate)
        }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
