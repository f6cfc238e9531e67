/// Builds the JSON:API documents for trunks: resources, `included` DIDs (only when `include=` asks),
/// `meta` (`api_version`, and `total_records` on a list) and a list's `first`/`last`/`next`/`prev` links.
struct TrunkDocumentBuilder {
    /// The server's own base URL, e.g. `http://127.0.0.1:8080/v3`.
    let baseURL: String
    let shape: ResponseShape
    let didsByID: [String: DidRecord]
    let apiVersion: String

    /// A single-resource document (`data`, and `included` when requested).
    func single(_ trunk: TrunkRecord) -> SingleDocument {
        SingleDocument(
            data: view(trunk),
            included: shape.includedRelationships.isEmpty ? nil : included(for: [trunk]),
            meta: ["api_version": apiVersion])
    }

    /// A collection document for one page, with `meta.total_records` and pagination `links`.
    func collection(page: [TrunkRecord], total: Int, query: ListQuery) -> CollectionDocument {
        CollectionDocument(
            data: page.map(view),
            included: shape.includedRelationships.isEmpty ? nil : included(for: page),
            links: paginationLinks(total: total, query: query),
            meta: CollectionDocument.Meta(totalRecords: total, apiVersion: apiVersion))
    }

    /// `{"data": <trunk>, "included": [...]?, "meta": {...}}`.
    struct SingleDocument: Encodable {
        let data: TrunkResourceView
        let included: [JSONValue]?
        let meta: [String: String]
    }

    /// `{"data": [<trunk>...], "included": [...]?, "links": {...}, "meta": {...}}`.
    struct CollectionDocument: Encodable {
        let data: [TrunkResourceView]
        let included: [JSONValue]?
        let links: [String: String]
        let meta: Meta

        /// `meta` of a collection.
        struct Meta: Encodable {
            let totalRecords: Int
            let apiVersion: String

            private enum CodingKeys: String, CodingKey {
                case totalRecords = "total_records"
                case apiVersion = "api_version"
            }
        }
    }

    private func view(_ trunk: TrunkRecord) -> TrunkResourceView {
        TrunkResourceView(trunk: trunk, shape: shape, baseURL: baseURL)
    }

    private func included(for trunks: [TrunkRecord]) -> [JSONValue] {
        var seen: Set<String> = []
        var resources: [JSONValue] = []
        for trunk in trunks {
            var ids: [String] = []
            if shape.includes("dids") { ids += trunk.didIDs }
            if shape.includes("emergency_dids") { ids += trunk.emergencyDidIDs }
            for id in ids where seen.insert(id).inserted {
                if let did = didsByID[id] {
                    resources.append(did.resource(fields: shape.didFields))
                }
            }
        }
        return resources
    }

    private func paginationLinks(total: Int, query: ListQuery) -> [String: String] {
        let last = query.lastPage(total: total)
        var links = ["first": pageURL(1, query), "last": pageURL(last, query)]
        if query.pageNumber > 1 {
            links["prev"] = pageURL(query.pageNumber - 1, query)
        }
        if query.pageNumber < last {
            links["next"] = pageURL(query.pageNumber + 1, query)
        }
        return links
    }

    private func pageURL(_ number: Int, _ query: ListQuery) -> String {
        let pairs = query.carriedParameters + [("page[number]", String(number)), ("page[size]", String(query.pageSize))]
        let text = pairs.map { "\(QueryParameters.encode($0.name))=\(QueryParameters.encode($0.value))" }
        return "\(baseURL)/voice_out_trunks?" + text.joined(separator: "&")
    }
}
