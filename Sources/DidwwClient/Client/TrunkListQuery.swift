import FoundationEssentials

/// The query of `GET /voice_out_trunks`: page, filters, sort, include and sparse fields.
///
/// Filter values are sent as given: the server reads a comma inside a value as a list separator
/// ("matches any of"), so a name that itself contains a comma cannot be matched exactly with
/// `name`; use `name_contains` with a part without the comma. `+`, `&`, `=`, spaces and non-ASCII
/// characters are percent-encoded and arrive unchanged.
public struct TrunkListQuery: Equatable, Sendable {
    /// One sort column; rendered as `name` or `-name`.
    public struct SortKey: Equatable, Sendable {
        /// The API attribute name, e.g. `name`, `created_at`.
        public var field: String
        /// True for descending order.
        public var descending: Bool

        /// Creates a sort key on `field`.
        public init(field: String, descending: Bool = false) {
            self.field = field
            self.descending = descending
        }

        /// The key as the API writes it, e.g. `-name`.
        public var rendered: String { descending ? "-" + field : field }
    }

    /// The 1-based page number (`page[number]`).
    public var pageNumber: Int
    /// Records per page (`page[size]`, 1...1000 on the server).
    public var pageSize: Int
    /// `filter[<key>]=<value>`, keyed by the API filter name, e.g. `status`, `authentication_method.type`.
    public var filters: [String: String]
    /// Sort columns, most significant first (`sort=-name,created_at`).
    public var sort: [SortKey]
    /// Related resources to include, e.g. `dids`, `emergency_dids`.
    public var include: [String]
    /// `fields[voice_out_trunks]`: only these attributes and relationships; nil for all.
    public var fields: [String]?

    /// Creates a query; the defaults ask for the first 50 trunks in server order.
    public init(pageNumber: Int = 1, pageSize: Int = 50, filters: [String: String] = [:],
                sort: [SortKey] = [], include: [String] = [], fields: [String]? = nil) {
        self.pageNumber = pageNumber
        self.pageSize = pageSize
        self.filters = filters
        self.sort = sort
        self.include = include
        self.fields = fields
    }

    /// The parameters in a stable order (filters sorted by name), not yet percent-encoded.
    public var queryItems: [URLQueryItem] {
        var items = [
            URLQueryItem(name: "page[number]", value: String(pageNumber)),
            URLQueryItem(name: "page[size]", value: String(pageSize)),
        ]
        for key in filters.keys.sorted() {
            items.append(URLQueryItem(name: "filter[\(key)]", value: filters[key]))
        }
        if !sort.isEmpty {
            items.append(URLQueryItem(name: "sort", value: sort.map(\.rendered).joined(separator: ",")))
        }
        if !include.isEmpty {
            items.append(URLQueryItem(name: "include", value: include.joined(separator: ",")))
        }
        if let fields {
            items.append(URLQueryItem(name: "fields[voice_out_trunks]", value: fields.joined(separator: ",")))
        }
        return items
    }

    /// The query string without "?", e.g. `page%5Bnumber%5D=2&page%5Bsize%5D=20&sort=-name`.
    public var percentEncodedQuery: String {
        QueryEncoding.percentEncodedQuery(queryItems)
    }
}
