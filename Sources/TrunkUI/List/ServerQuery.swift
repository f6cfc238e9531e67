/// What the list asks the server for beyond paging: `filter[...]` conditions and `sort=` keys.
///
/// TrunkUI does not know HTTP; the program maps this to `TrunkListQuery`.
public struct ServerQuery: Equatable, Hashable, Sendable {
    /// One `sort=` key: an API attribute name, ascending or descending.
    public struct SortKey: Equatable, Hashable, Sendable {
        /// The API attribute, e.g. `name`, `created_at`.
        public var field: String
        /// True for `-field`.
        public var descending: Bool

        /// A sort key on `field`.
        public init(field: String, descending: Bool = false) {
            self.field = field
            self.descending = descending
        }
    }

    /// `filter[key]=value`, keyed by the API filter name (`status`, `authentication_method.type`).
    public var filters: [String: String]
    /// Sort keys, most significant first; empty means server order.
    public var sort: [SortKey]

    /// A query; the default asks for everything in server order.
    public init(filters: [String: String] = [:], sort: [SortKey] = []) {
        self.filters = filters
        self.sort = sort
    }

    /// True when the query neither filters nor sorts.
    public var isEmpty: Bool { filters.isEmpty && sort.isEmpty }
}
