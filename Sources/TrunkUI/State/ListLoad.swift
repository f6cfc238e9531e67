/// The paging of one list load: which pages are asked for, which arrived, and the server order.
///
/// Page 1 comes first; once it tells the total, the remaining pages are asked for a few at a
/// time (`maximumInFlight`), so the first screen shows after one round trip and the rest streams in.
public struct ListLoad: Equatable, Sendable {
    /// Pages requested at once after the first; `DidwwClient` keeps all requests under 20 per
    /// second. Eight keep both cores busy while pages are served and decoded (four left the
    /// load waiting on round trips; BENCHMARKS.md).
    public static let maximumInFlight = 8

    /// True when page 1 replaces the list (a new filter or sort); false for a refresh, which
    /// updates rows in place and drops the vanished ones at the end, so the selection stays.
    public var replacing = true
    /// The next page number not yet asked for.
    public var nextPage = 2
    /// The last page, once known (from `total_records`, or from `links.next` when absent).
    public var lastPage: Int?
    public var inFlight: Set<Int> = []
    public var arrived: Set<Int> = []
    /// Position of each trunk in server order (page × size + index).
    public var serverOrder: [String: Int] = [:]
    /// Ids seen in this load (a refresh drops loaded trunks that were not seen again).
    public var seen: Set<String> = []
    /// Trunks this load has added; when `trunks` holds another number, something outside
    /// paging (a `:trunk` jump, a create, a delete) changed the list, and pages check before adding.
    public var placed = 0

    /// A load that starts with page 1 in flight.
    public init(replacing: Bool = true) {
        self.replacing = replacing
        inFlight = [1]
    }

    /// True when every page has arrived.
    public var isComplete: Bool {
        inFlight.isEmpty && lastPage.map { nextPage > $0 } == true
    }

    /// Drops the server order and the ids seen, once every page has arrived.
    public mutating func forgetTrunkIDs() {
        serverOrder = [:]
        seen = []
    }

    /// Page numbers to ask for now, marking them in flight.
    public mutating func nextRequests() -> [Int] {
        var pages: [Int] = []
        while inFlight.count < Self.maximumInFlight, let last = lastPage, nextPage <= last {
            pages.append(nextPage)
            inFlight.insert(nextPage)
            nextPage += 1
        }
        return pages
    }
}
