import TrunkModel

extension TrunkService {
    /// Trunks named exactly `name`, or else whose name contains it (at most 10), for `:trunk`.
    ///
    /// A comma inside `name` is read by the server as a list separator, so such a name is looked
    /// up by its longest comma-free part.
    public func findTrunks(named name: String) async throws -> [Trunk] {
        if !name.contains(",") {
            let exact = try await listPage(number: 1, size: 10, query: ServerQuery(filters: ["name": name]))
            if !exact.trunks.isEmpty { return exact.trunks }
        }
        let part = name.split(separator: ",").map(String.init).max { $0.count < $1.count } ?? name
        let containing = try await listPage(number: 1, size: 10, query: ServerQuery(filters: ["name_contains": part]))
        return containing.trunks.filter { $0.name?.containsIgnoringCase(name) ?? false }
    }
}
