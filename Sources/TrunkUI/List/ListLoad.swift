import TrunkModel

/// The paging of one list load: which pages are asked for, which arrived, and the server order.
///
/// Page 1 comes first; once it tells the total, the remaining pages are asked for a few at a
/// time (`maximumInFlight`), so the first screen shows after one round trip and the rest streams in.
/// The total only says how far ahead to ask: the load ends at the first page that is short,
/// empty or without `links.next` (`TrunkPage.isLast`), and a full page with a `next` link
/// always leads to one more, so a server that misstates its total neither loops nor stops early.
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
    /// The furthest page worth asking for so far: from `total_records`, and one past every full
    /// page that has a `links.next`.
    public var lastPage: Int?
    /// The page known to be the last (see `TrunkPage.isLast`); pages after it are not asked for,
    /// and those already asked for are ignored when they arrive.
    public var endPage: Int?
    /// The latest `meta.total_records` the pages gave, as sent.
    public var claimedTotal: Int?
    /// The page size the server really serves, when less than asked: a first page that comes
    /// back short but with a `links.next` means the server caps `page[size]` (the API's generic
    /// limit is 100); its later pages are then full at that size.
    public var servedSize: Int?
    /// True when a page failed: the load stopped short of the end.
    public var failed = false
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

    /// True when every page up to the last one has arrived.
    public var isComplete: Bool {
        guard let end = endPage, !failed else { return false }
        return !inFlight.contains { $0 <= end }
    }

    /// True when page `number` lies after the known last page (asked for before the end was known).
    public func isBeyondEnd(_ number: Int) -> Bool {
        endPage.map { number > $0 } ?? false
    }

    /// Takes in what page `number` tells about the pages after it.
    public mutating func record(_ page: TrunkPage, number: Int, size: Int) {
        if let total = page.totalRecords { claimedTotal = total }
        if number == 1, !page.trunks.isEmpty, page.trunks.count < size, page.nextLink != nil {
            servedSize = page.trunks.count
        }
        let size = servedSize ?? size
        if page.isLast(askedSize: size) {
            endPage = min(endPage ?? number, number)
            return
        }
        lastPage = max(lastPage ?? 1, number + 1)
        if let total = page.possibleTotal {
            lastPage = max(lastPage ?? 1, Self.pageCount(total: total, size: size))
        }
    }

    /// Drops the server order and the ids seen, once every page has arrived.
    public mutating func forgetTrunkIDs() {
        serverOrder = [:]
        seen = []
    }

    /// Page numbers to ask for now, marking them in flight.
    public mutating func nextRequests() -> [Int] {
        var pages: [Int] = []
        while inFlight.count < Self.maximumInFlight, let last = lastPage, nextPage <= last, !isBeyondEnd(nextPage) {
            pages.append(nextPage)
            inFlight.insert(nextPage)
            nextPage += 1
        }
        return pages
    }

    /// The pages `total` trunks fill at `size` a page, without overflowing at `Int.max`.
    static func pageCount(total: Int, size: Int) -> Int {
        let size = max(1, size)
        return total / size + (total % size == 0 ? 0 : 1)
    }
}
