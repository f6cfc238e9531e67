/// Linking or unlinking DIDs of the account on any trunk's CLI DIDs (`dids`): the trunk keeps
/// every other DID of its set. The relationship is sent whole, so the set sent is the trunk's
/// own set with the chosen DIDs added or taken out.
public struct DidLinkEdit: Equatable, Sendable {
    public enum Action: String, Equatable, Sendable, CaseIterable {
        case link, unlink
    }

    public var action: Action
    /// The DIDs chosen, by id (their numbers as read from the account's list).
    public var dids: [DidRef]

    public init(_ action: Action, _ dids: [DidRef]) {
        self.action = action
        self.dids = dids
    }

    /// The set after the edit: linking appends the chosen DIDs not linked yet, in the order
    /// chosen; unlinking keeps the others in their order.
    public func apply(to current: [DidRef]) -> [DidRef] {
        let present = Set(current.map(\.id))
        switch action {
        case .link:
            var seen = present, added: [DidRef] = []
            for did in dids where seen.insert(did.id).inserted { added.append(did) }
            return current + added
        case .unlink:
            let removing = Set(dids.map(\.id))
            return current.filter { !removing.contains($0.id) }
        }
    }

    /// The chosen DIDs the edit would change on a set (`link`: not linked yet; `unlink`: linked),
    /// and those it would not.
    public func split(_ current: [DidRef]) -> (changing: [DidRef], unchanged: [DidRef]) {
        let present = Set(current.map(\.id))
        let changing = dids.filter { present.contains($0.id) == (action == .unlink) }
        let changingIDs = Set(changing.map(\.id))
        return (changing, dids.filter { !changingIDs.contains($0.id) })
    }
}
