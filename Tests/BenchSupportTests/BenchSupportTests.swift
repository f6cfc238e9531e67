import BenchSupport
import Testing

@Suite struct SampleSummaryTests {
    @Test(arguments: [
        (50.0, 5.0), (99.0, 10.0), (100.0, 10.0), (10.0, 1.0), (0.0, 1.0), (11.0, 2.0),
    ])
    func nearestRankPercentileOfOneToTen(percent: Double, expected: Double) {
        let sorted = (1...10).map(Double.init)
        #expect(SampleSummary.percentile(sorted: sorted, percent) == expected)
    }

    @Test func p99OfAThousandSamplesIgnoresOnlyTheWorstTen() {
        let samples = (1...1000).map(Double.init).shuffled()
        let summary = SampleSummary(samples)
        #expect(summary?.p99 == 990)
        #expect(summary?.median == 500)
        #expect(summary?.minimum == 1)
        #expect(summary?.maximum == 1000)
        #expect(summary?.count == 1000)
    }

    @Test func oneSampleIsEveryPercentile() {
        let summary = SampleSummary([3.5])
        #expect(summary?.median == 3.5)
        #expect(summary?.p99 == 3.5)
    }

    @Test func noSamplesGiveNoSummary() {
        #expect(SampleSummary([]) == nil)
    }
}

@Suite struct BenchTableTests {
    @Test func rowsLineUpUnderTheHeader() {
        let table = BenchTable.markdown([
            BenchRow(what: "render", figure: "1.20 ms", budget: "< 2 ms", passed: true),
            BenchRow(what: "memory after loading", figure: "70.0 MB", budget: "< 60 MB", passed: false, note: "VmRSS"),
            BenchRow(what: "bytes", figure: "—", budget: "< 500 B", passed: nil, note: "no pty"),
        ])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(Set(lines.map(\.count)).count == 1)
        #expect(lines[2].contains("| pass "))
        #expect(lines[3].contains("| FAIL "))
        #expect(lines[4].contains("| n/a "))
    }

    @Test(arguments: [(1.234, "1.23 ms"), (9.999, "10.00 ms"), (42.4, "42 ms"), (1234.6, "1235 ms")])
    func millisecondsKeepTwoDecimalsOnlyWhenSmall(value: Double, text: String) {
        #expect(BenchTable.milliseconds(value) == text)
    }
}

@Suite struct ProcessStatusTests {
    @Test func readsVmRSSInKilobytes() {
        let text = "Name:\ttrunks\nVmPeak:\t  900000 kB\nVmRSS:\t   43210 kB\nThreads:\t5\n"
        #expect(ProcessStatus.residentKilobytes(statusText: text) == 43210)
    }

    @Test func missingOrMalformedVmRSSGivesNil() {
        #expect(ProcessStatus.residentKilobytes(statusText: "Name:\tx\n") == nil)
    }

    @Test func cpuSecondsAreUserPlusSystemTicksAfterTheCommandName() {
        let stat = "4242 (trunks (x) y) S 1 4242 4242 34816 4242 4194304 1200 0 0 0 250 50 0 0 20 0 3 0 100 0 0"
        #expect(ProcessStatus.cpuSeconds(statText: stat, ticksPerSecond: 100) == 3.0)
        #expect(ProcessStatus.cpuSeconds(statText: "4242 (trunks) S 1", ticksPerSecond: 100) == nil)
        #expect(ProcessStatus.residentKilobytes(statusText: "VmRSS:\tmany kB\n") == nil)
    }

    @Test func thisProcessHasAResidentSize() {
        #expect((ProcessStatus.residentKilobytes() ?? 0) > 0)
    }
}

@Suite struct PageCoverageTests {
    @Test func contiguousPagesCoverTheTotal() {
        let queries = (1...10).map { "page%5Bnumber%5D=\($0)&page%5Bsize%5D=1000&fields%5Bvoice_out_trunks%5D=name,status" }
        let coverage = PageCoverage(queries: queries)
        #expect(coverage.covers(10_000))
        #expect(!coverage.covers(10_001))
        #expect(coverage.requestCount == 10)
        #expect(coverage.pageSizes == [1000])
    }

    @Test func aMissingPageLeavesAGap() {
        let queries = [1, 2, 4].map { "page%5Bnumber%5D=\($0)&page%5Bsize%5D=50" }
        #expect(!PageCoverage(queries: queries).covers(200))
        #expect(PageCoverage(queries: queries).ranges == [0..<100, 150..<200])
    }

    @Test func mixedPageSizesMergeAndFilteredRequestsAreIgnored() {
        let queries = ["page%5Bnumber%5D=1&page%5Bsize%5D=50", "page%5Bnumber%5D=1&page%5Bsize%5D=1000",
                       "page%5Bnumber%5D=2&page%5Bsize%5D=1000&filter%5Bstatus%5D=active"]
        let coverage = PageCoverage(queries: queries)
        #expect(coverage.covers(1000))
        #expect(!coverage.covers(1001))
        #expect(coverage.pageSizes == [50, 1000])
        #expect(coverage.requestCount == 2)
    }

    @Test func noRequestsCoverNothingButAnEmptyList() {
        #expect(PageCoverage(queries: []).covers(0))
        #expect(!PageCoverage(queries: []).covers(1))
    }
}

@Suite struct ByteSearchTests {
    @Test func findsANeedleAfterTheStart() {
        let haystack = Array("\u{1b}[5;3HBerlin Office".utf8)
        #expect(ByteSearch.contains(haystack, Array("Berlin Office".utf8)))
        #expect(!ByteSearch.contains(haystack, Array("Berlin Office".utf8), from: 10))
        #expect(!ByteSearch.contains(haystack, Array("Vienna".utf8)))
    }
}

/// Which pane a frame's bytes paint: motions count where they go, text where it is drawn.
@Suite struct TerminalRegionCounterTests {
    private static func region(_ row: Int, _ column: Int) -> String {
        row == 0 || row == 39 ? "bars" : (column < 66 ? "list" : "detail")
    }

    @Test func motionsTextAndAttributesCountWhereTheyLand() {
        let list = "\u{1B}[12;2H" + "\u{1B}(B\u{1B}[0;7m" + "▶ Madrid"
        let detail = "\u{1B}[12;88H" + "Blocked" + "\r\n" + "\u{1B}[13;70H" + "\u{1B}[0;2mx"
        let status = "\u{1B}[40;1H" + "quit"
        var counter = TerminalRegionCounter()
        let counts = counter.count(Array((list + detail + status).utf8), region: Self.region)
        // "\r\n" lands in column 0 (the list) until the next motion.
        #expect(counts["list"] == list.utf8.count + 2)
        #expect(counts["detail"] == detail.utf8.count - 2)
        #expect(counts["list", default: 0] + counts["detail", default: 0] + counts["bars", default: 0]
                == (list + detail + status).utf8.count)
        #expect(counts["bars"] == status.utf8.count)
    }

    @Test func relativeMotionsAndColumnAddressesMoveTheCursor() {
        // From the list, G jumps to column 100 (detail); C moves 3 right; d keeps the column.
        let bytes = Array("\u{1B}[5;10Hab\u{1B}[100Gcd\u{1B}[7dZ\u{1B}[1;1H\u{1B}[4Bq".utf8)
        var counter = TerminalRegionCounter()
        let counts = counter.count(bytes, region: Self.region)
        #expect(counts["list"] == "\u{1B}[5;10Hab".utf8.count + "\u{1B}[4Bq".utf8.count)
        #expect(counts["detail"] == "\u{1B}[100Gcd\u{1B}[7dZ".utf8.count)
        #expect(counts["bars"] == "\u{1B}[1;1H".utf8.count)
    }

    @Test func theCursorCarriesOverFromTheOutputBefore() {
        var counter = TerminalRegionCounter()
        _ = counter.count(Array("\u{1B}[20;100Hold frame".utf8), region: Self.region)
        #expect(counter.row == 19 && counter.column == 108)
        // Text drawn where the last frame left the cursor (the detail pane), then a CR to the list.
        let counts = counter.count(Array("ab\r".utf8), region: Self.region)
        #expect(counts == ["detail": 2, "list": 1])
    }
}
