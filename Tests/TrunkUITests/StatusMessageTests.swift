import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// A status message that does not fit the line ends in "…", what happened first; `:messages`
/// shows this run's messages whole, newest first, with their times, and keeps a few hundred.
@Suite struct StatusMessageTests {
    static let saved = "Saved Berlin Office: Status Active → Blocked (the save got no answer, but reading the trunk again shows it was applied)"

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var columns: Int
        var shown: String
        var testDescription: String { "\(columns) columns: \(shown)" }
    }

    static let table: [Case] = [
        Case(text: "Secrets masked", columns: 80, shown: " Secrets masked"),
        Case(text: saved, columns: 80, shown: " Saved Berlin Office: Status Active → Blocked (the save got no answer, but…"),
        Case(text: saved, columns: 100,
             shown: " Saved Berlin Office: Status Active → Blocked (the save got no answer, but reading the trunk again…"),
        Case(text: "x" + String(repeating: "y", count: 100), columns: 80,
             shown: " x" + String(repeating: "y", count: 77) + "…"),
    ]

    @Test(arguments: table)
    func aMessageThatDoesNotFitEndsInAnEllipsis(_ row: Case) {
        var state = UIFixtures.loadedState()
        _ = state.handle(.resized(rows: 24, columns: row.columns))
        state.message = StatusMessage(row.text)
        let status = ModalHintTests.statusLine(state, columns: row.columns)
        #expect(status == row.shown)
        #expect(DisplayWidth.of(status) <= row.columns)
    }

    /// The messages that named their outcome late would lose it to the "…": each says what
    /// happened first.
    @Test func theOutcomeComesFirst() {
        var state = UIFixtures.loadedState()
        _ = state.press([.char("e"), .enter, .ctrl("u")])
        _ = state.type("Berlin X")
        _ = state.press([.enter, .ctrl("s"), .char("y")])
        _ = state.deliverSaveBaseFailure("the DIDWW server failed (503) after 3 tries in 2 s")
        #expect(ModalHintTests.statusLine(state).hasPrefix(" ✗ Nothing was sent (y tries again)"))
        _ = state.press([.char("y")])
        _ = state.deliverSaveBaseUnchanged()
        _ = state.deliverSaveFailure("no answer within 15 s", outcomeUnknown: true)
        #expect(ModalHintTests.statusLine(state).contains("Not known whether the save was applied: reading"))
        _ = state.deliver(where: { if case .verifySave = $0 { true } else { false } },
                          .trunk(.failure(RequestFailure("timed out"))), what: "the read after saving")
        #expect(ModalHintTests.statusLine(state).contains("The save got no answer: it may or may not be saved"))
    }

    static func withMessages(_ count: Int, rows: Int = 24, columns: Int = 80) -> AppState {
        var state = UIFixtures.loadedState()
        _ = state.handle(.resized(rows: rows, columns: columns))
        for number in 1...count {
            state.now = Date(timeIntervalSince1970: 1_000 + Double(number))
            state.message = StatusMessage(number == count ? saved : "Message \(number)", number % 2 == 0 ? .warning : .info)
        }
        return state
    }

    static func open(_ state: inout AppState) {
        _ = state.press([.char(":")])
        _ = state.type("messages")
        _ = state.press([.enter])
    }

    @Test func messagesShowsEveryMessageWholeNewestFirstWithItsTime() throws {
        var state = Self.withMessages(3, rows: 24, columns: 80)
        Self.open(&state)
        #expect(state.modals.top?.kind == .messages && state.keyContext == .messages)
        let frame = state.frame()
        let utc = TimeZone(identifier: "UTC")!
        let lines = MessagesText.lines(state.messageLog, width: 40, timeZone: utc).map { $0.pieces.map(\.text).joined() }
        #expect(lines.first?.contains("Saved Berlin Office:") == true, "newest first: \(lines)")
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            .contains("but reading the trunk again shows it was applied)"), "whole, wrapped: \(lines)")
        #expect(lines.contains { $0.hasPrefix(" 00:16:41 ") && $0.hasSuffix("Message 1") }, "with its time: \(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(frame.contains("Messages (newest first)") && frame.contains("shows it was applied)"), "\(frame)")
        #expect(Screen.hints(state).contains("any other key closes"))
        _ = state.press([.char("x")])
        #expect(state.modals.isEmpty, "any other key closes it")
    }

    @Test func messagesScrollsAndStopsAtTheOldest() {
        var state = Self.withMessages(60)
        Self.open(&state)
        let last = MessagesText.maxScroll(state.messageLog, size: state.screenSize)
        #expect(last > 0)
        _ = state.press([.char("j"), .char("j")])
        #expect(state.messagesScroll == 2)
        _ = state.press([.char("G")])
        #expect(state.messagesScroll == last)
        #expect(state.frame().contains("Message 1\n") || state.frame().contains("Message 1 "), "the oldest at the bottom")
        _ = state.press([.char("j"), .pageDown])
        #expect(state.messagesScroll == last, "never past the oldest")
        _ = state.press([.char("g")])
        #expect(state.messagesScroll == 0)
    }

    @Test func theLogKeepsAFewHundredAndSkipsARepeat() {
        var state = UIFixtures.loadedState()
        for number in 1...(MessageLog.limit + 50) { state.message = StatusMessage("Message \(number)") }
        #expect(state.messageLog.entries.count == MessageLog.limit)
        #expect(state.messageLog.entries.first?.message.text == "Message 51")
        state.message = StatusMessage("Message \(MessageLog.limit + 50)")
        #expect(state.messageLog.entries.count == MessageLog.limit, "the same message shown again is not a new one")
        state.message = nil
        state.message = StatusMessage("Message \(MessageLog.limit + 50)")
        #expect(state.messageLog.entries.last?.message.text == "Message \(MessageLog.limit + 50)")
        #expect(state.messageLog.entries.count == MessageLog.limit)
    }

    @Test func anEmptyLogSaysSo() {
        var state = UIFixtures.loadedState()
        Self.open(&state)
        #expect(state.frame().contains("No messages yet in this run."))
    }
}
