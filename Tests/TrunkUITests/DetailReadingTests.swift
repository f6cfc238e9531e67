import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// While Enter's read of a trunk is on its way, the detail says "reading…" where the DIDs will
/// be; and the raw JSON view scrolls to its very last line.
@Suite struct DetailReadingTests {
    /// Every seeded trunk listed at `rows` × `columns`, Oslo Emergency (with DIDs) selected,
    /// nothing read yet.
    static func list(rows: Int = 24, columns: Int = 80) -> (AppState, Trunk) {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        var listed = SeededTrunks.all
        for index in listed.indices { listed[index].dids = nil; listed[index].emergencyDids = nil }
        _ = state.deliverPage(TrunkPage(trunks: listed, totalRecords: listed.count), number: 1, generation: 0)
        let oslo = SeededTrunks.named("Oslo Emergency")
        state.selection = state.visible.firstIndex { state.trunks[$0].id == oslo.id } ?? 0
        return (state, oslo)
    }

    static func didRow(_ state: AppState) -> String? {
        let lines = DetailText.lines(for: state.detailTrunk!, state: state, width: 78).map { $0.pieces.map(\.text).joined() }
        return lines.first { $0.contains("CLI DIDs") }
    }

    @Test func theDetailSaysReadingUntilEntersReadArrives() throws {
        var (state, oslo) = Self.list()
        #expect(try #require(Self.didRow(state)).contains("not read yet"), "before Enter, in a preview")
        #expect(state.press([.enter]).calls == [.loadTrunk(id: oslo.id)])
        let reading = try #require(Self.didRow(state))
        #expect(reading.contains("reading…") && !reading.contains("not read yet"), "Enter was pressed: \(reading)")
        _ = state.deliverRead(oslo)
        let read = try #require(Self.didRow(state))
        #expect(!read.contains("reading…") && read.contains("DID"), "the DIDs once read: \(read)")
    }

    @Test func aFailedReadNoLongerSaysReading() throws {
        var (state, oslo) = Self.list()
        _ = state.press([.enter])
        _ = state.deliverReadFailure(id: oslo.id, "timed out")
        #expect(try #require(Self.didRow(state)).contains("not read yet"))
    }

    @Test(arguments: [(24, 80), (16, 60), (48, 160), (60, 200)])
    func theRawJSONScrollsToItsLastLine(rows: Int, columns: Int) throws {
        var state = SeededTrunks.detailState("Berlin Office", rows: rows, columns: columns)
        let id = SeededTrunks.named("Berlin Office").id
        _ = state.press([.char("J")])
        _ = state.deliver(.loadTrunkJSON(id: id), .document(.success(try #require(SeededTrunks.documents[id]))))
        let total = RawJSONText.lines(try #require(state.detailView.rawJSON), revealSecrets: false).count
        _ = state.press([.char("G")])
        var frame = state.frame()
        #expect(frame.contains("of \(total) "), "the position names every line")
        #expect(frame.contains("–\(total) of \(total) "), "G reaches the last line:\n\(frame)")
        let bottom = try #require(state.detailView.rawJSON?.scroll)
        _ = state.press([.char("j")])
        #expect(state.detailView.rawJSON?.scroll == bottom, "no further than the last line")
        _ = state.press([.char("g")] + Array(repeating: .char("j"), count: total + 5))
        frame = state.frame()
        #expect(frame.contains("–\(total) of \(total) "), "j step by step reaches the last line too")
        let lastLine = try #require(frame.split(separator: "\n").last { $0.contains("│ }") })
        #expect(lastLine.contains("│ }"), "the closing brace shows")
    }
}
