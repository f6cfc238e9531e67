import FoundationEssentials
import ScreenKit
import TrunkModel

extension AppState {
    /// The most trunks the server's `total_records` may make room for ahead of the pages.
    static let roomTrusted = 200_000

    /// Starts loading the list from page 1 under `serverQuery`, in place of any load still going.
    mutating func beginListLoad(replacing: Bool) -> [Effect] {
        // The demo account is still being seeded: the list is loaded once it is ready (`demoEvent`).
        guard demoPreparation == nil else { return [] }
        // Pages of the load this one replaces are no longer wanted: their answers are dropped.
        requests.forget { if case .listPage = $0 { true } else { false } }
        listGeneration += 1
        listLoad = ListLoad(replacing: replacing)
        loading = true
        listError = nil
        return [askForPage(1)]
    }

    /// Asks for page `number` of the current list load.
    mutating func askForPage(_ number: Int) -> Effect {
        ask(.loadPage(number: number, size: pageSize, query: serverQuery), for: .listPage(number: number, generation: listGeneration))
    }

    /// Every trunk the server holds under the current query is loaded.
    var isFullyLoaded: Bool {
        !loading && listLoad.isComplete
    }

    /// A page of the list arrived: it joins the list in server order, and what it says of the
    /// pages after it (`ListLoad.record`) decides which to ask for next.
    mutating func pageLoaded(_ page: TrunkPage, number: Int, generation: Int) -> [Effect] {
        guard generation == listGeneration else { return [] }
        // A first page that was not asked for (again) starts the load over from it.
        if number == 1 && !listLoad.inFlight.contains(1) { listLoad = ListLoad(replacing: true) }
        guard listLoad.inFlight.remove(number) != nil else { return [] }
        // Asked for before a short page ended the list: whatever it holds is not part of it.
        if listLoad.isBeyondEnd(number) { return [] }
        let keep = selectedTrunk?.id
        listLoad.arrived.insert(number)
        if number == 1 {
            loadedAt = now
            if listLoad.replacing { trunks = [] }
        }
        merge(page.trunks, page: number)
        listLoad.record(page, number: number, size: pageSize)
        listError = nil
        let next = listLoad.nextRequests()
        if listLoad.isComplete {
            finishListLoad()
            dropVanishedMarks()
            totalRecords = trunks.count
            claimedTotal = listLoad.claimedTotal.flatMap { $0 != trunks.count ? $0 : nil }
        } else {
            totalRecords = page.possibleTotal.flatMap { $0 >= trunks.count ? $0 : nil }
        }
        loading = !listLoad.isComplete
        refreshVisible(keeping: keep)
        return next.map { askForPage($0) }
    }

    /// Adds a page's trunks: a trunk already loaded is updated where it stands, a new one is
    /// placed by server order.
    private mutating func merge(_ incoming: [Trunk], page: Int) {
        // While a fresh load streams in, a trunk can only be loaded already if an earlier page or
        // something outside paging (see `ListLoad.placed`) added it; only then look it up.
        var positions: [String: Int]?
        var fresh: [Trunk] = []
        // Room for the whole load once its size is known: growing these mid-load took 10-30 ms of
        // the loop thread at 100,000 trunks. The server's total is a claim, not a size: room is
        // made for at most `roomTrusted` trunks (a total of 10^9 asked for 52 GB), past that the
        // list grows as pages really arrive.
        if let total = totalRecords.map({ min($0, Self.roomTrusted) }), listLoad.serverOrder.capacity < total {
            listLoad.serverOrder.reserveCapacity(total)
            trunks.reserveCapacity(total)
        }
        for (offset, trunk) in incoming.enumerated() {
            let known = !listLoad.replacing || listLoad.serverOrder[trunk.id] != nil || trunks.count != listLoad.placed
            listLoad.serverOrder[trunk.id] = (page - 1) * pageSize + offset
            // Only a refresh drops what it did not see again (`finishListLoad`).
            if !listLoad.replacing { listLoad.seen.insert(trunk.id) }
            if known && positions == nil {
                positions = Dictionary(trunks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if known, let index = positions?[trunk.id] {
                var merged = trunk
                if merged.dids == nil { merged.dids = trunks[index].dids }
                if merged.emergencyDids == nil { merged.emergencyDids = trunks[index].emergencyDids }
                trunks[index] = merged
            } else {
                fresh.append(trunk)
            }
        }
        guard !fresh.isEmpty else { return }
        listLoad.placed += fresh.count
        if listLoad.replacing {
            let order = listLoad.serverOrder
            let first = order[fresh[0].id] ?? Int.max
            var low = 0, high = trunks.count
            while low < high {
                let mid = (low + high) / 2
                if (order[trunks[mid].id] ?? Int.max) < first { low = mid + 1 } else { high = mid }
            }
            trunks.insert(contentsOf: fresh, at: low)
        } else {
            trunks.append(contentsOf: fresh)
        }
    }

    /// After the last page of a refresh: drop trunks the server no longer lists, restore server order.
    /// Then the load's bookkeeping by id goes (10 MB at 100,000 trunks): no page of it can come.
    private mutating func finishListLoad() {
        defer { listLoad.forgetTrunkIDs() }
        guard !listLoad.replacing else { return }
        let seen = listLoad.seen, order = listLoad.serverOrder
        trunks.removeAll { !seen.contains($0.id) }
        trunks.sort { (order[$0.id] ?? Int.max) < (order[$1.id] ?? Int.max) }
    }

    /// A page could not be read: the load stops and says so, keeping what arrived. Once every
    /// page up to the last has arrived, a failure can only be of a page asked for past the end
    /// (a server whose total was too large), and the list is whole: nothing to say.
    mutating func pageFailed(_ text: String, generation: Int) -> [Effect] {
        guard generation == listGeneration else { return [] }
        if listLoad.isComplete {
            listLoad.inFlight.removeAll()
            return []
        }
        loading = false
        listLoad.inFlight.removeAll()
        listLoad.failed = true
        listError = text
        message = StatusMessage(text + (trunks.isEmpty ? "" : " — showing the last good data (\(trunks.count) loaded); r retries"), .error)
        return []
    }

    /// The terminal changed size: keep the selection in view and the scroll position near it.
    mutating func resized(rows: Int, columns: Int) -> [Effect] {
        terminalSize = (rows, columns)
        keyIgnoredWhileTooSmall = nil
        followSelection()
        return [.redraw]
    }

    /// Rows of trunks the list pane shows at the current size and layout.
    public var listViewportRows: Int {
        let rect = Viewport.panes(self, rows: terminalSize.rows, columns: terminalSize.columns).list
        return max(1, (rect?.height ?? terminalSize.rows - 2) - 3)
    }

    /// Moves `listScroll` just enough to keep the selection visible.
    mutating func followSelection() {
        listScroll = Viewport.scrollOffset(selection: selection, current: listScroll, rows: listViewportRows, count: visible.count)
    }

    // MARK: - Filter

    /// A key while the `/` line is open: the list narrows as the user types; keeping the filter
    /// (Enter) sends its `key:value` tokens to the server; clearing it (Esc) drops it.
    mutating func filterKey(_ key: Key) -> [Effect] {
        guard var line = filterLine else { return [] }
        switch keymap.command(for: key, in: .filterLine) {
        case .keepFilter?:
            filterLine = nil
            return applyServerFilters()
        case .clearFilter?:
            filterLine = nil
            return clearFilter()
        default:
            if line.input.apply(key) {
                filterLine = line
                guard filter != line.input.text else { return [] }
                filter = line.input.text
                // The index rescans only the last matches when the text only narrowed the query.
                refreshVisible()
            }
        }
        return []
    }

    /// `/`: the filter line opens on the filter in force, selected, so typing starts a new one.
    mutating func openFilterLine() {
        filterLine = FilterLineState(opening: filter)
    }

    /// Ctrl-C on the filter line: it closes and the filter it opened on is back (nothing was sent
    /// to the server while typing, so nothing is asked again).
    mutating func cancelFilterLine() {
        guard let line = filterLine else { return }
        filterLine = nil
        guard filter != line.previous else { return }
        filter = line.previous
        refreshVisible()
    }

    /// Esc: no filter, and the server's list unfiltered again.
    mutating func clearFilter() -> [Effect] {
        let hadServerFilters = !serverQuery.filters.isEmpty
        filter = ""
        refreshVisible()
        guard hadServerFilters else { return [] }
        serverQuery.filters = [:]
        return beginListLoad(replacing: true)
    }

    /// Sends the filter's tokens as `filter[...]` when they changed; explains the ones it cannot.
    mutating func applyServerFilters() -> [Effect] {
        let query = FilterQuery.parse(filter)
        if !query.problems.isEmpty {
            message = StatusMessage("Not sent: " + query.problems.joined(separator: "; "), .warning)
        }
        guard query.serverFilters != serverQuery.filters else { return [] }
        serverQuery.filters = query.serverFilters
        return beginListLoad(replacing: true)
    }

    // MARK: - Sort

    /// `s`: the next column, ascending.
    mutating func sortNext() -> [Effect] {
        sort.next()
        return applySort()
    }

    /// `S`: the other direction (by name when nothing was sorted).
    mutating func sortReverse() -> [Effect] {
        if sort.column == nil { sort.column = .name }
        sort.descending.toggle()
        return applySort()
    }

    /// Sorts what is loaded at once; when pages remain and the server can sort by the column,
    /// reloads sorted by the server so the first rows are the right ones.
    mutating func applySort() -> [Effect] {
        refreshVisible()
        let wanted = sort.column?.serverField.map { [ServerQuery.SortKey(field: $0, descending: sort.descending)] } ?? []
        if isFullyLoaded || wanted == serverQuery.sort {
            message = sortMessage(server: false)
            return []
        }
        if wanted.isEmpty {
            message = sortMessage(server: false)
            return []
        }
        serverQuery.sort = wanted
        message = sortMessage(server: true)
        return beginListLoad(replacing: true)
    }

    private func sortMessage(server: Bool) -> StatusMessage? {
        guard let column = sort.column else { return StatusMessage("Server order") }
        let direction = sort.descending ? "descending" : "ascending"
        if server { return StatusMessage("Sorting by \(column.rawValue), \(direction), on the server") }
        if isFullyLoaded { return StatusMessage("Sorted by \(column.rawValue), \(direction)") }
        return StatusMessage("Sorted the \(trunks.count) loaded trunks by \(column.rawValue) (the server cannot sort by it); the rest fall in as they load")
    }
}

extension ListColumn {
    /// The `sort=` field the server accepts for this column, if any (the API sorts by name and created_at only).
    public var serverField: String? {
        switch self {
        case .name: return "name"
        case .created: return "created_at"
        default: return nil
        }
    }
}
