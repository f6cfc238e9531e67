import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The `?` overlay in several columns on a big terminal: every heading whole, and no entry cut in
/// two with its wrapped lines at the top of the next column.
@Suite struct HelpColumnsTests {
    @Test(arguments: [(60, 200), (40, 120), (48, 160)])
    func noEntryIsSplitBetweenColumnsAndEveryHeadingIsWhole(rows: Int, columns: Int) {
        for context in [KeyContext.list, .detail, .form, .didEditor] {
            var state = HelpOverlayTests.state(in: context, rows: rows, columns: columns)
            _ = state.press([.char("?")])
            let body = HelpText.body(for: state.screenSize)
            let layout = HelpText.geometry(state, in: body)
            let all = HelpText.lines(state, width: layout.columnWidth - 1)
            let tidy = HelpText.columnsKeptTidy(all, layout: layout)
            for start in stride(from: 0, to: min(tidy.count, layout.capacity), by: layout.rows) {
                #expect(!HelpText.isContinuation(tidy[start]),
                        "\(context) at \(columns)×\(rows): a column starts with the rest of an entry: \(tidy[start].pieces.map(\.text))")
            }
            for start in stride(from: layout.rows, to: min(tidy.count, layout.capacity), by: layout.rows) where tidy.count <= layout.capacity {
                #expect(tidy[start].isHeading, "\(context) at \(columns)×\(rows): every column starts with a heading: \(tidy[start].pieces.map(\.text))")
            }
            let frame = Screen.render(state, rows: rows, columns: columns).plainText()
            #expect(!frame.contains("Filter tokens") || frame.contains("Filter tokens (typed in /; Enter sends them to the server)"), "\(frame)")
        }
    }

    @Test func theDraftsCommandReadsWholeAt200x60() {
        var state = HelpOverlayTests.state(in: .list, rows: 60, columns: 200)
        _ = state.press([.char("?")])
        let lines = Screen.render(state, rows: 60, columns: 200).plainText().split(separator: "\n").map(String.init)
        let row = lines.firstIndex { $0.contains(":drafts") }
        #expect(row != nil)
        if let row {
            let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: ":drafts")!.lowerBound)
            let next = Array(lines[row + 1])
            #expect(next.count > column + 30 && String(next[column..<(column + 40)]).contains("session"),
                    "the wrapped end of :drafts stands under it:\n\(lines[row])\n\(lines[row + 1])")
        }
    }
}
