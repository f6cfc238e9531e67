/// The account's DIDs as read for linking by number (`GET /v3/dids`, page after page), at most
/// a limit of them, and whether the account has more than were read.
public struct AccountDidList: Equatable, Sendable {
    /// How many DIDs trunks reads at most (100 pages of 100).
    public static let defaultLimit = 10_000

    /// What was left unread: how many were read and how many the account has, when the server said.
    public struct Truncation: Equatable, Sendable {
        /// The DIDs read (the limit).
        public var read: Int
        /// `meta.total_records`: every DID of the account; nil when the server did not say.
        public var total: Int?

        /// A list cut after `read` DIDs of `total`.
        public init(read: Int, total: Int?) {
            self.read = read
            self.total = total
        }
    }

    /// The DIDs read, in the server's order.
    public var dids: [DidRef]
    /// Set when reading stopped at the limit while the account had more DIDs.
    public var truncation: Truncation?

    /// A list of `dids`, cut short when `truncation` says so.
    public init(dids: [DidRef], truncation: Truncation? = nil) {
        self.dids = dids
        self.truncation = truncation
    }
}
