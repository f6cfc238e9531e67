/// A parsed `GET /v3/voice_out_trunks` query: `page[number]` (from 1) and `page[size]` (default 50),
/// `filter[...]`, `sort`, and the response shape (`include`, `fields[voice_out_trunks]`).
struct ListQuery: Sendable {
    /// The largest `page[size]` the 2026-04-16 endpoint accepts (its OpenAPI document: 1–1000).
    static let maximumPageSize = 1000

    var pageNumber = 1
    var pageSize = 50
    var filters: [TrunkFilter] = []
    var sort: [TrunkSortKey] = []
    var shape: ResponseShape
    /// The non-page parameters, re-sent in pagination links.
    var carriedParameters: [(name: String, value: String)] = []

    /// Parses the list query; throws the first 400 error it meets.
    init(query: QueryParameters) throws(ApiError) {
        shape = try ResponseShape(query: query)
        for (name, value) in query.items {
            if name == "sort" {
                sort = try TrunkSortKey.parseList(value)
            } else if let (family, member) = QueryParameters.family(of: name) {
                switch family {
                case "filter": filters.append(try TrunkFilter(name: member, value: value))
                case "page": try readPage(member, value)
                default: break
                }
            }
            if QueryParameters.family(of: name)?.family != "page" {
                carriedParameters.append((name, value))
            }
        }
    }

    private mutating func readPage(_ member: String, _ value: String) throws(ApiError) {
        let number = try QueryParameters.pageValue(member, value, maximumPageSize: Self.maximumPageSize)
        if member == "number" { pageNumber = number } else { pageSize = number }
    }

    /// The number of the last page for `total` records (1 when there are none).
    func lastPage(total: Int) -> Int {
        max(1, (total + pageSize - 1) / pageSize)
    }
}
