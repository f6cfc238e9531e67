import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// Every dialog is as big as what it shows (within a minimum and the screen's margins), at
/// 80×24 as at 200×60: one draft of one field is not a 160×55 box.
@Suite struct DialogSizeTests {
    /// The outer size of the box whose top border holds `title`, read from a frame's text.
    static func box(titled title: String, in frame: String) throws -> (row: Int, column: Int, height: Int, width: Int) {
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let row = try #require(lines.firstIndex { String($0).contains("─ " + title) }, "no box titled \(title):\n\(frame)")
        let top = lines[row]
        let titleAt = try #require(String(top).range(of: "─ " + title)).lowerBound
        let titleColumn = String(top).distance(from: String(top).startIndex, to: titleAt)
        let left = try #require(top[..<titleColumn].lastIndex(of: "┌"))
        let right = try #require(top[titleColumn...].firstIndex(of: "┐"))
        let bottom = try #require((row + 1..<lines.count).first { lines[$0].count > left && lines[$0][left] == "└" })
        return (row, left, bottom - row + 1, right - left + 1)
    }

    static func restoreState(_ drafts: Int) throws -> AppState {
        var state = UIFixtures.loadedState()
        var stored: [StoredDraft] = []
        for index in 0..<drafts {
            var form = FormState(trunk: UIFixtures.trunks[index % UIFixtures.trunks.count], returnPane: .list)
            form.draft.name = "Renamed \(index)"
            var draft = try #require(StoredDraft(form: form, at: Date(timeIntervalSince1970: 900 + Double(index))))
            draft.trunkID += "-\(index)"
            draft.trunkName = "Draft trunk \(index)"
            stored.append(draft)
        }
        state.offerDrafts(stored)
        return state
    }

    @Test func oneDraftOfOneFieldIsASmallDialog() throws {
        let state = try Self.restoreState(1)
        let frame = Screen.render(state, rows: 60, columns: 200).plainText()
        let box = try Self.box(titled: "Unsaved draft from an earlier session", in: frame)
        #expect(box.height == 6, "name, one change, a blank line, the keys and two borders: \(box)")
        #expect(box.width >= 44 && box.width <= 84, "as wide as the key line, not the screen: \(box)")
        #expect(box.row > 20 && box.column > 50, "centred: \(box)")
        #expect(frame.contains("Esc later"))
        let small = Screen.render(state, rows: 24, columns: 80).plainText()
        let narrow = try Self.box(titled: "Unsaved draft from an earlier session", in: small)
        #expect(narrow.height == 6 && narrow.width <= 78)
        #expect(small.contains("y restore") && small.contains("Esc later"), "the keys fit at 80 columns:\n\(small)")
    }

    @Test func manyDraftsFillTheScreenAndTheSelectedOneStaysInSight() throws {
        var state = try Self.restoreState(30)
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        let box = try Self.box(titled: "Unsaved drafts from an earlier session", in: frame)
        #expect(box.height == 20, "the body's height less a margin above and below: \(box)")
        _ = state.press(Array(repeating: .down, count: 25))
        let later = Screen.render(state, rows: 24, columns: 80).plainText()
        let selected = try #require(state.restorable[safe: 25]?.trunkName)
        #expect(later.contains("▶ " + selected), "the 26th draft is selected and shown:\n\(later)")
    }

    @Test func aOneFieldReviewIsAsTallAsItsLinesAtAnySize() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Berlin X")
        _ = state.press([.enter, .ctrl("s")])
        let wide = Screen.render(state, rows: 60, columns: 200).plainText()
        let box = try Self.box(titled: "Review changes to Berlin Office", in: wide)
        #expect(box.height <= 20 && box.width <= 100, "a one-field change is not a 160×56 box: \(box)")
        #expect(wide.contains("\"name\" : \"Berlin X\"") && wide.contains("[ y Send ]") && !wide.contains("↑↓ scroll"))
        let small = Screen.render(state, rows: 24, columns: 80).plainText()
        let narrow = try Self.box(titled: "Review changes to Berlin Office", in: small)
        #expect(narrow.width == 76 && narrow.height < 20, "\(narrow)")
    }

    @Test func aLongReviewStillTakesTheRoomThereIsAndScrolls() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("p"), .char("+")])
        _ = state.type((1...60).map { "44\($0)" }.joined(separator: " "))
        _ = state.press([.enter, .escape, .ctrl("s")])
        let small = Screen.render(state, rows: 24, columns: 80).plainText()
        let box = try Self.box(titled: "Review changes to Berlin Office", in: small)
        #expect(box.height == 20 && small.contains("↑↓ scroll"), "\(box)\n\(small)")
    }

    @Test func aOneFieldConflictIsASmallDialog() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Mine")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        var theirs = UIFixtures.trunks[0]
        theirs.name = "Theirs"
        _ = state.deliverSaveBase(theirs)
        let frame = Screen.render(state, rows: 60, columns: 200).plainText()
        let box = try Self.box(titled: "Someone else changed Berlin Office meanwhile", in: frame)
        #expect(box.height <= 10 && box.width <= 90, "\(box)")
        #expect(frame.contains("n or Esc back"))
    }

    @Test func aShortAlertIsNarrowerThanALongOne() throws {
        var state = UIFixtures.loadedState()
        state.alert = AlertState(title: "Not saved", text: "The server refused.")
        let frame = Screen.render(state, rows: 60, columns: 200).plainText()
        let box = try Self.box(titled: "Not saved", in: frame)
        #expect(box.width < 60 && box.height == 5, "\(box)")
        state.alert = AlertState(title: "Not saved", text: String(repeating: "word ", count: 60))
        let long = try Self.box(titled: "Not saved", in: Screen.render(state, rows: 60, columns: 200).plainText())
        #expect(long.width == 72, "a long text wraps at the usual 72 columns: \(long)")
    }

    @Test func anEmptyAuditTrailIsASmallBoxAndALongOneFillsTheScreenWithItsNewestLines() throws {
        var state = UIFixtures.loadedState()
        state.showAudit([])
        let frame = Screen.render(state, rows: 60, columns: 200).plainText()
        let box = try Self.box(titled: "Audit trail (newest last)", in: frame)
        #expect(box.height == 4 && box.width < 90, "\(box)")
        state.showAudit((1...100).map { AuditFixtures.line(name: "trunk \($0)", changes: []) })
        let full = Screen.render(state, rows: 24, columns: 80).plainText()
        let long = try Self.box(titled: "Audit trail (newest last)", in: full)
        #expect(long.height == 22 && long.width <= 80, "\(long)")
        #expect(full.contains("PATCH trunk 100 ") && !full.contains("PATCH trunk 1 "), "the newest lines show:\n\(full)")
    }

    @Test func manyConflictsAt80x24KeepTheFieldBeingDecidedInSight() throws {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e")])
        state.editForm { $0.draft.name = "Mine" }
        state.editForm { $0.draft.rtpTimeout = 45 }
        state.editForm { $0.draft.capacityLimit = 5 }
        state.editForm { $0.draft.externalReferenceId = "mine-ref" }
        state.editForm { $0.draft.callbackUrl = "https://mine.example/cb" }
        _ = state.press([.ctrl("s"), .char("y")])
        var theirs = UIFixtures.trunks[0]
        theirs.name = "Theirs"
        theirs.rtpTimeout = 90
        theirs.capacityLimit = 7
        theirs.externalReferenceId = "their-ref"
        theirs.callbackUrl = "https://theirs.example/cb"
        _ = state.deliverSaveBase(theirs)
        #expect(state.review?.conflicts.count == 5)
        _ = state.press(Array(repeating: .down, count: 4))
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        let box = try Self.box(titled: "Someone else changed Berlin Office meanwhile", in: frame)
        #expect(box.height == 20, "\(box)")
        let label = FieldTable.field(state.review!.conflicts[4].key).label
        #expect(frame.contains("▶ " + label), "the fifth field, selected, is shown:\n\(frame)")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
