import BenchSupport
import Foundation
import TrunkModel
import TrunkUI

/// Pages arriving while the list is shown: each `handle(.pageLoaded)` timed, as the loop thread
/// runs it between keystrokes, with the list sorted by a column and a filter typed (the work that
/// follows the trunks: index, sort order, filter answer).
enum PageArrivalBenchmarks {
    /// The slowest page applied, pages of `pageSize` out of `pages`, arriving in order.
    static func pageArrival(pages: [TrunkPage], pageSize: Int = 500, clock: SampleClock = .wall, outliers: Int = 0) -> BenchRow {
        let trunks = pages.flatMap(\.trunks)
        let total = trunks.count
        var state = AppState(environmentLabel: "bench", pageSize: pageSize)
        _ = state.start()
        // Sorted by SIP IPs (which the server cannot sort by) and filtered before the first page.
        for key in "ssss/a" { _ = state.handle(.key(.char(key))) }
        var times: [Double] = []
        var number = 1
        var offset = 0
        while offset < total || number == 1 {
            let slice = Array(trunks[offset..<min(offset + pageSize, total)])
            let page = TrunkPage(trunks: slice, totalRecords: total, nextLink: offset + pageSize < total ? "next" : nil)
            let current = number
            var asked = true
            times.append(clock.milliseconds { asked = state.answerPage(page, number: current) != nil })
            precondition(asked, "page \(current) was not asked for")
            number += 1
            offset += pageSize

        }
        Outliers.report("pages", times: times, labels: times.indices.map { "page \($0 + 1)" }, count: outliers)
        let summary = SampleSummary(times)!
        guard state.trunks.count == total, state.sort.column == .sipIps, state.filter == "a" else {
            return BenchRow(what: "apply one page of \(pageSize), \(total) trunks", figure: "—", budget: "< 16 ms", passed: nil,
                            note: "the pages were not all taken in (\(state.trunks.count) loaded), or the sort or filter was lost")
        }
        return BenchRow(what: "apply one page of \(pageSize) while sorted and filtered, up to \(total) trunks (max)",
                        figure: BenchTable.milliseconds(summary.maximum), budget: "< 16 ms",
                        passed: summary.maximum < 16,
                        note: "median \(BenchTable.milliseconds(summary.median)), \(summary.count) pages; "
                            + "the loop thread's work per page, between keystrokes" + clock.note)
    }
}
