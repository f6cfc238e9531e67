import FoundationEssentials
import TrunkModel

extension DidwwClient {
    /// The account's DIDs for linking by number: pages of 100 until the last page or until
    /// `limit` DIDs are read. When the account has more, the list says how many were read and
    /// how many exist (`meta.total_records`), so the UI can say what it cannot offer.
    public func accountDidList(limit: Int = AccountDidList.defaultLimit) async throws -> AccountDidList {
        let limit = max(1, limit)
        let size = DidDocuments.maximumPageSize
        var read: [DidRef] = []
        var total: Int?
        var more = false
        for number in 1...((limit + size - 1) / size) {
            let page = try await dids(pageNumber: number, pageSize: size)
            if number == 1 { total = page.totalRecords }
            read += page.dids
            more = page.nextLink != nil && !page.dids.isEmpty
            if !more { break }
        }
        if read.count > limit {
            read.removeLast(read.count - limit)
            more = true
        }
        if let total, total > read.count { more = true }
        return AccountDidList(dids: read, truncation: more ? .init(read: read.count, total: total) : nil)
    }
}
