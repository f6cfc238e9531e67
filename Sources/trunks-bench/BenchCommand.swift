import ArgumentParser
import BenchSupport
import Foundation

/// `trunks-bench`: measures `trunks` against its performance budgets (BENCHMARKS.md) on a fake account and prints
/// a table (figure, budget, pass/fail, and the ratio against the `curl` tool for loading).
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trunks-bench",
        abstract: "Measure trunks against its performance budgets (scripts/bench builds both in release mode).")

    @Option(help: "Trunks on the fake account.")
    var trunks = 10_000
    @Option(help: "Latency the fake adds to every answer, in milliseconds.")
    var latencyMs = 40
    @Option(help: "Keystrokes or frames timed per in-process row.")
    var samples = 2_000
    @Option(help: "Prefixes of the trunk used for the prefix-editor row.")
    var prefixes = 5_000
    @Option(help: "The trunks binary to run under a pty (default: beside this executable).")
    var trunksBinary: String?
    @Flag(help: "Skip the rows that run the real binary in a pseudo-terminal.")
    var skipTerminal = false
    @Flag(help: "Only the rows that run the real binary (no in-process rows).")
    var terminalOnly = false
    @Option(help: "Print the N slowest filter keystrokes and frames, with what was being done, on standard error.")
    var outliers = 0
    @Flag(help: "Print the bytes trunks writes for the last cursor moves at each size, escaped, on standard error.")
    var dumpMoves = false
    @Option(help: "Only this in-process row (filter, sort, pages, render, marks, prefix or callcheck), e.g. under a profiler; implies --skip-terminal.")
    var only: String?
    @Flag(help: "Time the in-process rows by the measuring thread's CPU clock (for comparing runs on a busy machine).")
    var cpuClock = false
    @Option(help: "Pass --page-size N to trunks (default: the program's own default).")
    var trunksPageSize: Int?

    func validate() throws {
        if let only, !["filter", "sort", "pages", "render", "marks", "prefix", "callcheck"].contains(only) {
            throw ValidationError("--only takes filter, sort, pages, render, marks, prefix or callcheck")
        }
    }

    func run() async throws {
        #if DEBUG
        print("warning: this is a debug build; figures mean nothing. Use scripts/bench.")
        #endif
        var rows: [BenchRow] = []
        Progress.say("seeding \(trunks) trunks and starting the fake API")
        let fixture = try await BenchFixture.start(trunks: trunks, latencyMilliseconds: latencyMs)
        defer { fixture.stop() }

        if !skipTerminal && only == nil {
            let binary = trunksBinary ?? BenchFixture.siblingExecutable("trunks")
            let extra = trunksPageSize.map { ["--page-size", String($0)] } ?? []
            var terminal = TerminalBenchmarks(fixture: fixture, binary: binary, trunkCount: trunks, extraArguments: extra)
            terminal.dumpMoves = dumpMoves
            Progress.say("running \(binary) in a pseudo-terminal")
            rows += try await terminal.run()
        }
        if terminalOnly { return print("\n" + BenchTable.markdown(rows)) }
        Progress.say("in-process rows: filter, sort, page arrival, render, mark all, prefix editor")
        let loaded = try await fixture.loadAllTrunks()
        let clock: SampleClock = cpuClock ? .threadCPU : .wall
        if only == nil || only == "filter" {
            rows.append(try KeystrokeBenchmarks.filter(pages: loaded, samples: samples, outliers: outliers, clock: clock))
        }
        if only == nil || only == "filter" {
            rows.append(KeystrokeBenchmarks.addressFilter(pages: loaded, samples: samples, outliers: outliers, clock: clock))
        }
        if only == nil || only == "sort" {
            rows.append(SortBenchmarks.sort(pages: loaded, clock: clock))
        }
        if only == nil || only == "pages" {
            rows.append(PageArrivalBenchmarks.pageArrival(pages: loaded, clock: clock, outliers: outliers))
        }
        if only == nil || only == "render" {
            rows.append(KeystrokeBenchmarks.render(pages: loaded, samples: samples, outliers: outliers, clock: clock))
        }
        if only == nil || only == "marks" {
            rows.append(KeystrokeBenchmarks.markAll(pages: loaded, samples: min(samples, 200), clock: clock))
        }
        if only == nil || only == "prefix" {
            rows.append(try await KeystrokeBenchmarks.prefixEditor(fixture: fixture, prefixes: prefixes, samples: samples, clock: clock))
        }
        if only == nil || only == "callcheck" {
            rows.append(try KeystrokeBenchmarks.allTrunksCallCheck(pages: loaded, samples: samples, outliers: outliers, clock: clock))
        }

        print("")
        print(BenchTable.markdown(rows))
        print("")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores · \(trunks) trunks · \(latencyMs) ms latency")
    }
}

/// Progress lines on standard error, so that the table on standard output stays clean.
enum Progress {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("· " + text + "\n").utf8))
    }
}
