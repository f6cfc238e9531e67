import Foundation

/// Which records of an unfiltered list a set of list requests asked for, from their query strings
/// (`page[number]`, `page[size]`; requests with a `filter[...]` are about another list and ignored).
public struct PageCoverage: Sendable {
    /// Half-open record ranges asked for, merged and in order.
    public let ranges: [Range<Int>]
    /// The page sizes used, ascending.
    public let pageSizes: [Int]
    /// How many unfiltered list requests there were.
    public let requestCount: Int

    /// Coverage of requests given by their percent-encoded query strings.
    public init(queries: [String]) {
        var asked: [Range<Int>] = []
        var sizes = Set<Int>()
        var count = 0
        for query in queries {
            var components = URLComponents()
            components.percentEncodedQuery = query
            let items = components.queryItems ?? []
            if items.contains(where: { $0.name.hasPrefix("filter[") }) { continue }
            let number = items.first { $0.name == "page[number]" }?.value.flatMap(Int.init) ?? 1
            let size = items.first { $0.name == "page[size]" }?.value.flatMap(Int.init) ?? 50
            guard number >= 1, size >= 1 else { continue }
            count += 1
            sizes.insert(size)
            asked.append(((number - 1) * size)..<(number * size))
        }
        var merged: [Range<Int>] = []
        for range in asked.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
        pageSizes = sizes.sorted()
        requestCount = count
    }

    /// True when records `0..<total` were all asked for.
    public func covers(_ total: Int) -> Bool {
        total <= 0 || ranges.first.map { $0.lowerBound == 0 && $0.upperBound >= total } ?? false
    }

    /// E.g. "11 requests, page size 50/1000".
    public var describe: String {
        "\(requestCount) requests, page size " + pageSizes.map(String.init).joined(separator: "/")
    }
}
