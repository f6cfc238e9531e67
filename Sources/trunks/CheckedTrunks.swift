import DidwwClient
import FoundationEssentials
import TrunkModel

/// The trunks `trunks check` looks at, read with their DIDs and emergency DIDs: one by id or
/// exact name, or every trunk of the account, page after page.
struct CheckedTrunks {
    /// No trunk has the id or name asked for.
    struct NotFound: Error, CustomStringConvertible {
        var wanted: String
        var description: String { "No trunk has the id or name \(wanted)." }
    }

    static let include = ["dids", "emergency_dids"]

    let client: DidwwClient
    let pageSize: Int

    /// The trunk `wanted` names (by id, else every trunk of that exact name), or all trunks when nil.
    func read(_ wanted: String?) async throws -> [Trunk] {
        guard let wanted else { return try await pages(filters: [:]) }
        if UUID(uuidString: wanted) != nil {
            do { return [try await client.get(id: wanted, include: Self.include)] } catch DidwwError.notFound {}
        }
        // The server reads a comma in a name filter as a list of names: look such a name up by its
        // longest part, and keep only the trunks of exactly that name.
        let part = wanted.split(separator: ",").map(String.init).max { $0.count < $1.count } ?? wanted
        let filters = wanted.contains(",") ? ["name_contains": part] : ["name": wanted]
        let named = try await pages(filters: filters).filter { $0.name == wanted }
        guard !named.isEmpty else { throw NotFound(wanted: wanted) }
        return named
    }

    /// Every page of the list with `filters`, in server order.
    private func pages(filters: [String: String]) async throws -> [Trunk] {
        var trunks: [Trunk] = []
        var number = 1
        while true {
            let page = try await client.list(TrunkListQuery(pageNumber: number, pageSize: pageSize, filters: filters,
                                                            include: Self.include))
            trunks += page.trunks
            let complete = page.totalRecords.map { trunks.count >= $0 } ?? false
            if page.trunks.isEmpty || page.nextLink == nil || complete { return trunks }
            number += 1
        }
    }
}
