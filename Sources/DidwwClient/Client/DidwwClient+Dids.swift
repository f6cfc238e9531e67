import FoundationEssentials
import TrunkModel

extension DidwwClient {
    /// `GET /dids`: one page of the account's DIDs (`page[size]` at most 100), optionally only
    /// those with one of `numbers` (`filter[number]`, exact E.164 digits without "+").
    public func dids(pageNumber: Int = 1, pageSize: Int = DidDocuments.maximumPageSize,
                     numbers: [String] = []) async throws -> DidPage {
        var items = [URLQueryItem(name: "page[number]", value: String(pageNumber)),
                     URLQueryItem(name: "page[size]", value: String(min(max(1, pageSize), DidDocuments.maximumPageSize)))]
        if !numbers.isEmpty { items.append(URLQueryItem(name: "filter[number]", value: numbers.joined(separator: ","))) }
        let response = try await exchange(.get, path: ["dids"], query: QueryEncoding.percentEncodedQuery(items))
        return try decode(response) { try DidDocuments.decodeList($0) }
    }

    /// Every DID of the account, page after page (100 per request) until a page has no `next`
    /// link; at most `pageLimit` pages, so a misbehaving server cannot keep it reading forever.
    public func allDids(pageLimit: Int = 100) async throws -> [DidRef] {
        var all: [DidRef] = []
        for number in 1...max(1, pageLimit) {
            let page = try await dids(pageNumber: number)
            all += page.dids
            if page.nextLink == nil || page.dids.isEmpty { break }
        }
        return all
    }
}
