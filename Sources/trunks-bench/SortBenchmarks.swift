import BenchSupport
import Foundation
import ScreenKit
import TrunkModel
import TrunkUI

/// The sort keys over everything loaded: `s` through every column and back to server order, `S`
/// on each, three rounds; each keystroke timed through `handle`. The first round sorts each
/// column for the first time; later ones may reuse what was kept.
enum SortBenchmarks {
    /// The slowest `s`/`S` keystroke, with the slowest of the first round in the note.
    static func sort(pages: [TrunkPage], clock: SampleClock = .wall) -> BenchRow {
        var state = KeystrokeBenchmarks.loadedState(pages)
        var times: [Double] = []
        var slowest = (time: 0.0, label: "")
        var firstRound: [Double] = []
        for round in 0..<3 {
            for _ in 0...ListColumn.allCases.count {
                for key in ["s", "S"] {
                    let time = clock.milliseconds { _ = state.handle(.key(.char(Character(key)))) }
                    times.append(time)
                    if round == 0 { firstRound.append(time) }
                    if time > slowest.time {
                        let column = state.sort.column?.rawValue ?? "server order"
                        slowest = (time, "`\(key)` → \(column)\(state.sort.descending ? " ▼" : "")")
                    }
                }
            }
        }
        let summary = SampleSummary(times)!
        return BenchRow(what: "sort key (s/S), \(state.trunks.count) trunks (max)", figure: BenchTable.milliseconds(summary.maximum),
                        budget: "< 100 ms", passed: summary.maximum < 100,
                        note: "slowest \(slowest.label); first sort of each column up to "
                            + "\(BenchTable.milliseconds(firstRound.max() ?? 0)); median \(BenchTable.milliseconds(summary.median)), "
                            + "\(summary.count) keys" + clock.note)
    }
}
