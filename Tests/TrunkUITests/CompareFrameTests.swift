import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// The comparison as drawn: at 80×23 and 60×16 every state reads by a mark, not by colour alone
/// (`›` the cursor, `≠` a difference, `✓` chosen, `-` never copied), names and values are cut with
/// an ellipsis to their columns, and secrets stay masked.
@Suite struct CompareFrameTests {
    /// Berlin Office (credentials and IP) beside Frankfurt Twilio, read with their DIDs, with
    /// External reference and Allowed RTP IPs chosen and the cursor on Method.
    static func state(rows: Int, columns: Int) -> AppState {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000_000))
        _ = state.handle(.resized(rows: rows, columns: columns))
        _ = state.start()
        _ = state.deliverPage(TrunkPage(trunks: SeededTrunks.all, totalRecords: SeededTrunks.all.count), number: 1, generation: 0)
        for name in ["Berlin Office", "Frankfurt Twilio"] {
            state.selection = state.visible.firstIndex { state.trunks[$0].name == name } ?? 0
            _ = state.press([.char(" ")])
        }
        _ = state.press([.char("=")])
        for key in [FieldKey.externalReferenceId, .authType] {
            CompareReducerTests.go(to: key, &state)
            if key == .externalReferenceId { _ = state.press([.char(" ")]) }
        }
        return state
    }

    /// The role of the first cell of `text` on the row that holds it.
    static func role(of text: String, in grid: Grid, after column: Int = 0) -> StyleRole? {
        for row in 0..<grid.rows {
            let line = grid.line(row)
            guard let range = line.range(of: text) else { continue }
            let x = DisplayWidth.of(String(line[..<range.lowerBound]))
            if x >= column { return grid[row, x].role }
        }
        return nil
    }

    @Test func at80x23() {
        let state = Self.state(rows: 23, columns: 80)
        let grid = Screen.render(state, rows: 23, columns: 80)
        SnapshotAssertion.assertFrame(grid, named: "compare-80x23-berlin-frankfurt")
        let text = grid.text
        #expect(text.contains("from Berlin Office") && text.contains("into Frankfurt Twilio"))
        #expect(text.contains("›≠  Method"), "the cursor and the difference read as marks")
        #expect(text.contains(" ≠✓ External reference"), "a chosen field reads as a mark")
        #expect(text.contains(" ≠- Created"), "a field never copied reads as a mark")
        #expect(text.contains("Method can be copied from Berlin Office into Frankfurt Twilio"))
        #expect(!text.contains(SeededTrunks.named("Berlin Office").authenticationMethod?.password ?? "?"))
    }

    @Test func at60x16NamesAndValuesAreCutWithAnEllipsis() {
        let state = Self.state(rows: 16, columns: 60)
        let grid = Screen.render(state, rows: 16, columns: 60)
        SnapshotAssertion.assertFrame(grid, named: "compare-60x16-berlin-frankfurt")
        let text = grid.text
        #expect(text.contains("into Frankfurt Twi…"), "\(text)")
        #expect(text.contains("External refe…"))
        #expect(text.contains("2024-01-27 20:01 U…"))
        #expect(text.contains("›≠  Method"))
        #expect(grid.line(15).contains("Space choose") && grid.line(15).contains("Esc close"), "the way out is named at 60 columns")
    }

    @Test func at200x60EveryFieldIsInViewAndNothingIsCut() throws {
        let state = Self.state(rows: 60, columns: 200)
        let grid = Screen.render(state, rows: 60, columns: 200)
        let view = try #require(state.compare)
        let lines = try #require(state.comparison(view)).lines(differingOnly: false)
        let dialog = CompareLayout.rect(in: Rect(row: 1, column: 0, height: 58, width: 200), lines: lines.count)
        #expect(dialog.width == CompareLayout.maximumWidth, "capped, centred")
        #expect(dialog.height == lines.count + 6, "as tall as the fields need")
        let text = SnapshotAssertion.textLines(grid, dialog.column..<dialog.right).joined(separator: "\n")
        for field in FieldTable.fields { #expect(text.contains(field.label), "\(field.label)") }
        #expect(!text.contains("…"), "\(text)")
        #expect(text.contains("Emergency DIDs"))
    }

    @Test func theDifferencesReadWithoutColour() throws {
        let state = Self.state(rows: 23, columns: 80)
        let grid = Screen.render(state, rows: 23, columns: 80)
        let difference = try #require(Self.role(of: "crm-1001", in: grid))
        #expect(difference == .warning)
        let mono = Theme.mono
        #expect(mono.style(for: .warning) != mono.style(for: .text), "bold in mono")
        #expect(mono.style(for: .selection) != mono.style(for: .text), "the cursor's row is reversed in mono")
        #expect(Self.role(of: "Method", in: grid) == .selection)
        #expect(Self.role(of: "••••••••", in: grid) == .maskedSecret)
    }
}

extension CompareFrameTests {
    @Test func theCursorStaysInViewWhenTheTerminalShrinks() {
        var state = Self.state(rows: 60, columns: 200)
        CompareReducerTests.go(to: .dstPrefixes, &state)
        _ = state.handle(.resized(rows: 16, columns: 60))
        let text = state.frame()
        #expect(text.contains("›≠  Destination p…"), "\(text)")
    }
}
