import Foundation

/// `GET /v3/dids`: the account's DIDs, paged, filtered by number, id, state or description.
struct DidEndpoints {
    let context: ServerContext
    let query: QueryParameters
    var apiVersion: String

    private var baseURL: String { context.linkBase }

    /// One page of the DIDs that match, `meta.total_records` and pagination `links`.
    func list() throws(ApiError) -> ApiResponse {
        let listQuery = try DidListQuery(query: query)
        let matching = context.withStore { $0.didPool.filter(listQuery.matches) }
        let (start, overflow) = (listQuery.pageNumber - 1).multipliedReportingOverflow(by: listQuery.pageSize)
        let page = !overflow && start < matching.count
            ? Array(matching[start..<min(matching.count, start + listQuery.pageSize)]) : []
        let last = max(1, (matching.count + listQuery.pageSize - 1) / listQuery.pageSize)
        var links: [String: JSONValue] = ["first": .string(pageURL(1, listQuery.pageSize)),
                                          "last": .string(pageURL(last, listQuery.pageSize))]
        if listQuery.pageNumber > 1 { links["prev"] = .string(pageURL(listQuery.pageNumber - 1, listQuery.pageSize)) }
        if listQuery.pageNumber < last { links["next"] = .string(pageURL(listQuery.pageNumber + 1, listQuery.pageSize)) }
        return .document(200, [
            "data": .array(page.map { $0.resource(fields: listQuery.fields) }),
            "links": .object(links),
            "meta": .object(["total_records": .int(matching.count)]),
        ])
    }

    /// The link to page `number`, carrying every parameter but the page ones.
    private func pageURL(_ number: Int, _ size: Int) -> String {
        let carried = query.items.filter { QueryParameters.family(of: $0.name)?.family != "page" }
        let pairs = carried + [("page[number]", String(number)), ("page[size]", String(size))]
        let text = pairs.map { "\(QueryParameters.encode($0.0))=\(QueryParameters.encode($0.1))" }
        return "\(baseURL)/dids?" + text.joined(separator: "&")
    }
}
