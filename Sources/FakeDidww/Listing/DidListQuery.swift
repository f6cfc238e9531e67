/// A parsed `GET /v3/dids` query: page (size at most 100), filters and sparse fields
/// (as doc.didww.com "Get DIDs" documents them).
struct DidListQuery: Sendable {
    /// The largest `page[size]` of `GET /v3/dids` (the docs: "The maximum is 100").
    static let maximumPageSize = 100
    /// The filters the fake implements, of those the docs list.
    static let filterNames: Set<String> = ["id", "number", "blocked", "terminated", "description"]

    var pageNumber = 1
    var pageSize = 50
    /// `filter[id]` and `filter[number]`: any of the comma-separated values, exactly.
    var ids: Set<String>?
    var numbers: Set<String>?
    var blocked: Bool?
    var terminated: Bool?
    /// `filter[description]`: DIDs whose description contains it (case-insensitive).
    var description: String?
    var fields: Set<String>?

    /// Parses the query; throws the first 400 error it meets.
    init(query: QueryParameters) throws(ApiError) {
        for (name, value) in query.items {
            guard let (family, member) = QueryParameters.family(of: name) else { continue }
            switch family {
            case "page": try readPage(member, value)
            case "filter": try readFilter(member, value)
            case "fields":
                guard member == "dids" else { throw .invalidResource(member) }
                let names = Set(value.split(separator: ",").map(String.init))
                if let unknown = names.sorted().first(where: { !DidRecord.attributeNames.contains($0) }) {
                    throw .invalidField(unknown, type: "dids")
                }
                fields = names
            default: break
            }
        }
    }

    private mutating func readFilter(_ member: String, _ value: String) throws(ApiError) {
        guard Self.filterNames.contains(member) else { throw .filterNotAllowed(member) }
        let list = Set(value.split(separator: ",").map(String.init))
        switch member {
        case "id": ids = list
        case "number": numbers = list
        case "description": description = value.lowercased()
        default:
            guard value == "true" || value == "false" else { throw .invalidFilterValue(member, value) }
            if member == "blocked" { blocked = value == "true" } else { terminated = value == "true" }
        }
    }

    private mutating func readPage(_ member: String, _ value: String) throws(ApiError) {
        let number = try QueryParameters.pageValue(member, value, maximumPageSize: Self.maximumPageSize)
        if member == "number" { pageNumber = number } else { pageSize = number }
    }

    /// True when `did` passes every filter.
    func matches(_ did: DidRecord) -> Bool {
        if let ids, !ids.contains(did.id) { return false }
        if let numbers, !numbers.contains(did.number) { return false }
        if let blocked, did.blocked != blocked { return false }
        if let terminated, did.terminated != terminated { return false }
        if let description, !(did.description?.lowercased().contains(description) ?? false) { return false }
        return true
    }
}
