import BenchSupport
import Foundation
import ScreenKit
import TrunkModel
import TrunkUI

/// The in-process rows: the real reducer (`AppState.handle`) and renderer (`Screen.render`) over
/// trunks decoded by the real client from the fake account.
enum KeystrokeBenchmarks {
    /// A state with every page applied through the reducer, as the program receives them.
    static func loadedState(_ pages: [TrunkPage]) -> AppState {
        var state = AppState(environmentLabel: "bench", pageSize: pages.first?.trunks.count ?? 50)
        _ = state.start()
        for (index, page) in pages.enumerated() where state.answerPage(page, number: index + 1) == nil {
            preconditionFailure("page \(index + 1) was not asked for")
        }
        return state
    }

    /// `/` then typing and erasing typical searches; each keystroke timed through `handle`. The
    /// first key after loading counts among the samples and is also judged on its own.
    static func filter(pages: [TrunkPage], samples: Int, outliers: Int = 0, clock: SampleClock = .wall) throws -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.key(.char("/")))
        let searches = ["berlin", "10.0.", "4930", "vienna wh", "zzz", "1", "a"]
        var times: [Double] = []
        var labels: [String] = []
        var turn = 0
        func press(_ key: Key, _ name: String) {
            let before = state.filter
            times.append(clock.milliseconds { _ = state.handle(.key(key)) })
            if outliers > 0 { labels.append("\(name) \"\(before)\" -> \"\(state.filter)\" (\(state.visible.count) shown)") }
        }
        while times.count < samples {
            let search = searches[turn % searches.count]
            turn += 1
            for character in search { press(.char(character), "'\(character)'") }
            for _ in search { press(.backspace, "backspace") }
        }
        Outliers.report("filter", times: times, labels: labels, count: outliers)
        let summary = SampleSummary(times)!
        let first = times[0]
        return BenchRow(what: "filter keystroke, \(state.trunks.count) trunks (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 5 ms, the first key too", passed: summary.p99 < 5 && first < 5,
                        note: "first key \(BenchTable.milliseconds(first)), median \(BenchTable.milliseconds(summary.median)), "
                            + "max \(BenchTable.milliseconds(summary.maximum)), \(summary.count) keys" + clock.note)
    }

    /// `*` over every trunk loaded, each press timed through `handle` plus one 200×60 frame of the
    /// list showing the marks; Ctrl-\ (not timed) unmarks them again before the next.
    static func markAll(pages: [TrunkPage], samples: Int, clock: SampleClock = .wall) -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.resized(rows: 60, columns: 200))
        var times: [Double] = []
        for _ in 0..<samples {
            times.append(clock.milliseconds {
                _ = state.handle(.key(.char("*")))
                _ = Screen.render(state, rows: 60, columns: 200)
            })
            precondition(state.marks.count == state.trunks.count, "* marked every trunk")
            _ = state.handle(.key(.ctrl("\\")))
        }
        let summary = SampleSummary(times)!
        return BenchRow(what: "mark all (*) at \(state.trunks.count) (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 50 ms", passed: summary.p99 < 50,
                        note: "reducer + 200×60 frame; median \(BenchTable.milliseconds(summary.median)), \(summary.count) keys" + clock.note)
    }

    /// One 200×60 frame of the list with the split detail pane, moving the selection between frames.
    static func render(pages: [TrunkPage], samples: Int, outliers: Int = 0, clock: SampleClock = .wall) -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.resized(rows: 60, columns: 200))
        var times: [Double] = []
        var labels: [String] = []
        var cells = 0
        for index in 0..<samples {
            _ = state.handle(.key(index % 400 < 200 ? .char("j") : .char("k")))
            times.append(clock.milliseconds { cells &+= Screen.render(state, rows: 60, columns: 200).columns })
            if outliers > 0 { labels.append("frame \(index), selection \(state.selection)") }
        }
        Outliers.report("render", times: times, labels: labels, count: outliers)
        let summary = SampleSummary(times)!
        return BenchRow(what: "render one 200×60 frame (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 2 ms", passed: summary.p99 < 2,
                        note: "median \(BenchTable.milliseconds(summary.median)), \(summary.count) frames" + clock.note)
    }

    /// The prefix editor (`p`) of a trunk the fake holds with `prefixes` destination prefixes:
    /// moving, adding, deleting; each keystroke timed as reducer plus a 120×40 frame.
    static func prefixEditor(fixture: BenchFixture, prefixes: Int, samples: Int, clock: SampleClock = .wall) async throws -> BenchRow {
        guard let id = fixture.server.trunkIDs().first else { throw BenchError("the fake has no trunks") }
        let items = (0..<prefixes).map { String(4_900_000 + $0 * 3) }
        guard fixture.server.mutateTrunk(id: id, attribute: "dst_prefixes", value: items) else {
            throw BenchError("the fake refused the prefix list")
        }
        let trunk = try await fixture.client.get(id: id)
        guard trunk.dstPrefixes?.count == prefixes else { throw BenchError("the trunk came back without its prefixes") }
        var state = AppState(environmentLabel: "bench")
        _ = state.start()
        guard state.answerPage(TrunkPage(trunks: [trunk], totalRecords: 1), number: 1) != nil else {
            throw BenchError("the first page was not asked for")
        }
        _ = state.handle(.key(.char("p")))
        guard case .list? = state.form?.editor else { throw BenchError("p did not open the prefix editor") }
        var script: [Key] = []
        var added = 0
        while script.count < samples {
            script += Array(repeating: .char("j"), count: 20) + Array(repeating: .char("k"), count: 5)
            script += [.char("a")] + "8\(added)".map { Key.char($0) } + [.enter]
            added += 1
            script += [.char("k"), .char("d")]
        }
        var times: [Double] = []
        for key in script.prefix(samples) {
            times.append(clock.milliseconds {
                _ = state.handle(.key(key))
                _ = Screen.render(state, rows: 40, columns: 120)
            })
        }
        let summary = SampleSummary(times)!
        return BenchRow(what: "prefix editor keystroke, \(prefixes) prefixes (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 5 ms", passed: summary.p99 < 5,
                        note: "reducer + 120×40 frame; median \(BenchTable.milliseconds(summary.median))" + clock.note)
    }
}

/// The slowest samples of a row with what was being done, on standard error (`--outliers N`).
enum Outliers {
    static func report(_ row: String, times: [Double], labels: [String], count: Int) {
        guard count > 0, labels.count == times.count else { return }
        Progress.say("\(row): \(times.count) samples, total \(BenchTable.milliseconds(times.reduce(0, +)))")
        for index in times.indices.sorted(by: { times[$0] > times[$1] }).prefix(count) {
            Progress.say("\(row) outlier #\(index): \(BenchTable.milliseconds(times[index])) \(labels[index])")
        }
    }
}

/// Times a closure on the monotonic clock.
enum Stopwatch {
    /// Milliseconds `work` took.
    static func milliseconds(_ work: () -> Void) -> Double {
        milliseconds(ContinuousClock().measure(work))
    }

    /// `duration` in milliseconds.
    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

/// A benchmark that could not be set up.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
