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

    /// `/` then typing and erasing what a ticket quotes: addresses (each whole one is compared
    /// with every distinct address list's networks), networks, a SIP username, a SID, a tech
    /// prefix, a known value; each keystroke timed through `handle` (the figure, as the filter
    /// row's), and with the 120×40 frame that shows the matches with what each matched (the note).
    static func addressFilter(pages: [TrunkPage], samples: Int, outliers: Int = 0, clock: SampleClock = .wall) -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.resized(rows: 40, columns: 120))
        _ = state.handle(.key(.char("/")))
        let searches = ["198.51.100.7", "203.0.113.55", "2001:db8:10::9", "198.51.100.0/25", "ip:192.0.2.0/24",
                        "2001:db8::/32", "blocked", "ac1b5703", "77#", "user:2gg"]
        var times: [Double] = []
        var withFrames: [Double] = []
        var labels: [String] = []
        var turn = 0
        var cells = 0
        func press(_ key: Key, _ name: String) {
            let before = state.filter
            let reducer = clock.milliseconds { _ = state.handle(.key(key)) }
            times.append(reducer)
            withFrames.append(reducer + clock.milliseconds { cells &+= Screen.render(state, rows: 40, columns: 120).columns })
            if outliers > 0 { labels.append("\(name) \"\(before)\" -> \"\(state.filter)\" (\(state.visible.count) shown)") }
        }
        while times.count < samples {
            let search = searches[turn % searches.count]
            turn += 1
            for character in search { press(.char(character), "'\(character)'") }
            for _ in search { press(.backspace, "backspace") }
        }
        Outliers.report("cidr", times: times, labels: labels, count: outliers)
        let summary = SampleSummary(times)!
        let framed = SampleSummary(withFrames)!
        return BenchRow(what: "CIDR search keystroke, \(state.trunks.count) trunks (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 5 ms", passed: summary.p99 < 5,
                        note: "median \(BenchTable.milliseconds(summary.median)), max \(BenchTable.milliseconds(summary.maximum)), "
                            + "\(summary.count) keys; with the 120×40 frame and its reasons p99 \(BenchTable.milliseconds(framed.p99)), "
                            + "median \(BenchTable.milliseconds(framed.median))" + clock.note)
    }

    /// `*` over every trunk loaded, then `b` and `b` (block): the change's choice and its review
    /// of every marked trunk. Each key is timed through `handle` plus one 200×60 frame; Esc and
    /// Ctrl-\ (not timed) close the review and unmark before the next round.
    static func markAll(pages: [TrunkPage], samples: Int, clock: SampleClock = .wall) -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.resized(rows: 60, columns: 200))
        var marking: [Double] = []
        var reviewing: [Double] = []
        func timed(_ key: Key) -> Double {
            clock.milliseconds {
                _ = state.handle(.key(key))
                _ = Screen.render(state, rows: 60, columns: 200)
            }
        }
        for _ in 0..<samples {
            marking.append(timed(.char("*")))
            precondition(state.marks.count == state.trunks.count, "* marked every trunk")
            reviewing.append(timed(.char("b")))
            reviewing.append(timed(.char("b")))
            precondition(state.bulkChange?.change != nil, "b b opened the review of the marked trunks")
            _ = state.handle(.key(.escape))
            _ = state.handle(.key(.ctrl("\\")))
        }
        let all = SampleSummary(marking + reviewing)!
        let mark = SampleSummary(marking)!
        let review = SampleSummary(reviewing)!
        return BenchRow(what: "mark all (*) and open the bulk review (b b) at \(state.trunks.count) (p99 per key)",
                        figure: BenchTable.milliseconds(all.p99), budget: "< 50 ms", passed: all.p99 < 50,
                        note: "reducer + 200×60 frame; * p99 \(BenchTable.milliseconds(mark.p99)), median \(BenchTable.milliseconds(mark.median)); "
                            + "b/b p99 \(BenchTable.milliseconds(review.p99)), median \(BenchTable.milliseconds(review.median)); \(all.count) keys" + clock.note)
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

extension KeystrokeBenchmarks {
    /// `:check` on every loaded trunk, then a call typed field by field and erased (source IP,
    /// user, CLI, number; Space switching the emergency call); each key that changes what is
    /// typed timed as the reducer answering for every trunk plus a 200×60 frame.
    static func allTrunksCallCheck(pages: [TrunkPage], samples: Int, outliers: Int = 0,
                                   clock: SampleClock = .wall) throws -> BenchRow {
        var state = loadedState(pages)
        _ = state.handle(.resized(rows: 60, columns: 200))
        for key in [Key.char(":")] + "check".map(Key.char) + [.enter] { _ = state.handle(.key(key)) }
        guard state.callCheck?.allTrunks == true else { throw BenchError(":check did not open the all-trunks check") }
        let typed: [CallCheckField: String] = [.sourceIP: "203.0.113.10", .user: "alice", .cli: "+49 30 111",
                                               .number: "+49 30 1234567"]
        var times: [Double] = []
        var labels: [String] = []
        func timed(_ key: Key, _ name: String) {
            times.append(clock.milliseconds {
                _ = state.handle(.key(key))
                _ = Screen.render(state, rows: 60, columns: 200)
            })
            if outliers > 0 { labels.append("\(name) on \(state.callCheck.map { "\($0.field)" } ?? "?")") }
        }
        while times.count < samples {
            guard let field = state.callCheck?.field else { throw BenchError("the call check closed") }
            if let text = typed[field] {
                for character in text { timed(.char(character), "'\(character)'") }
                for _ in text { timed(.backspace, "backspace") }
            } else if field == .emergency {
                timed(.char(" "), "space")
            }
            _ = state.handle(.key(.tab))
        }
        Outliers.report("call check", times: times, labels: labels, count: outliers)
        let summary = SampleSummary(times)!
        return BenchRow(what: "all-trunks call check, \(state.trunks.count) trunks (p99)", figure: BenchTable.milliseconds(summary.p99),
                        budget: "< 50 ms per input change", passed: summary.p99 < 50,
                        note: "reducer + 200×60 frame; median \(BenchTable.milliseconds(summary.median)), "
                            + "max \(BenchTable.milliseconds(summary.maximum)), \(summary.count) keys" + clock.note)
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
