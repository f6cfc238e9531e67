import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// While the server keeps a try waiting, the status line says so with the seconds counting up
/// (and which try, after a retry); quick answers never show it, the answer takes it away, and a
/// message that matters keeps the line. Times are injected: nothing sleeps.
@Suite struct ServerWaitNoteTests {
    static let start = Date(timeIntervalSince1970: 1_000)

    /// Tries sent (seconds after `start`, try number) and the seconds after `start` to look.
    struct Row: CustomTestStringConvertible, Sendable {
        var tries: [(at: TimeInterval, number: Int)]
        var now: TimeInterval
        var note: String?
        var testDescription: String { "\(tries.map { "try \($0.number) at \($0.at) s" }) at \(now) s → \(note ?? "no note")" }
    }

    static let rows: [Row] = [
        Row(tries: [], now: 30, note: nil),
        Row(tries: [(0, 1)], now: 0.4, note: nil),
        Row(tries: [(0, 1)], now: 1.4, note: nil),
        Row(tries: [(0, 1)], now: 1.5, note: "waiting for the server (1 s)…"),
        Row(tries: [(0, 1)], now: 8.2, note: "waiting for the server (8 s)…"),
        Row(tries: [(0, 1)], now: 14.9, note: "waiting for the server (14 s)…"),
        Row(tries: [(0, 2)], now: 0.9, note: nil),
        Row(tries: [(0, 2)], now: 1, note: "waiting for the server (1 s, try 2 of 6)…"),
        Row(tries: [(0, 3)], now: 8, note: "waiting for the server (8 s, try 3 of 6)…"),
        Row(tries: [(0, 1), (5, 1)], now: 6, note: "waiting for the server (6 s)…"),
        Row(tries: [(3, 1), (0, 2)], now: 4, note: "waiting for the server (4 s, try 2 of 6)…"),
    ]

    @Test("the note is derived from the tries in flight and the clock", arguments: rows)
    func note(row: Row) {
        var state = UIFixtures.loadedState()
        for (index, sent) in row.tries.enumerated() {
            _ = state.handle(.tryStarted(PendingTry(request: UInt64(index + 1), number: sent.number, maximum: 6,
                                                    startedAt: Self.start.addingTimeInterval(sent.at))))
        }
        _ = state.handle(.tick(Self.start.addingTimeInterval(row.now)))
        #expect(state.serverWaitNote == row.note)
        let statusLine = Screen.render(state, rows: 24, columns: 100).plainText().split(separator: "\n").last.map(String.init) ?? ""
        if let note = row.note {
            #expect(statusLine == " " + note, "\(statusLine)")
        } else {
            #expect(statusLine.contains("Enter open") && !statusLine.contains("waiting"), "key hints: \(statusLine)")
        }
    }

    @Test func theSecondsCountUpWithTheTicksAndTheAnswerTakesTheNoteAway() {
        var state = UIFixtures.loadedState()
        _ = state.handle(.tryStarted(PendingTry(request: 7, number: 1, maximum: 6, startedAt: Self.start)))
        var shown: [String?] = []
        for second in 1...4 {
            _ = state.handle(.tick(Self.start.addingTimeInterval(Double(second) + 0.05)))
            shown.append(state.serverWaitNote)
        }
        #expect(shown == [nil, "waiting for the server (2 s)…", "waiting for the server (3 s)…", "waiting for the server (4 s)…"])
        _ = state.handle(.tryEnded(request: 7))
        #expect(state.serverWaitNote == nil)
        #expect(!Screen.render(state, rows: 24, columns: 100).plainText().contains("waiting"))
    }

    @Test func aRetryThatStartsIsCountedFromItsOwnStart() {
        var state = UIFixtures.loadedState()
        _ = state.handle(.tryStarted(PendingTry(request: 3, number: 1, maximum: 6, startedAt: Self.start)))
        _ = state.handle(.tick(Self.start.addingTimeInterval(15)))
        #expect(state.serverWaitNote == "waiting for the server (15 s)…")
        _ = state.handle(.tryEnded(request: 3))
        _ = state.handle(.retrying("(try 2 of 6): The request timed out.", until: Self.start.addingTimeInterval(16)))
        _ = state.handle(.tryStarted(PendingTry(request: 3, number: 2, maximum: 6, startedAt: Self.start.addingTimeInterval(16))))
        _ = state.handle(.tick(Self.start.addingTimeInterval(16.5)))
        let retrying = Screen.render(state, rows: 24, columns: 100).plainText()
        #expect(retrying.contains("⚠ Retrying now (try 2 of 6)") && !retrying.contains("waiting"), "the retry note first")
        _ = state.handle(.tick(Self.start.addingTimeInterval(19.2)))
        let waiting = Screen.render(state, rows: 24, columns: 100).plainText()
        #expect(waiting.contains(" waiting for the server (3 s, try 2 of 6)…"), "\(waiting)")
    }

    /// What the status line shows when a message is on it while a try waits.
    @Test("a message that matters keeps the line; a progress message gains the wait", arguments: [
        (StatusMessage("The DIDWW server failed (503).", .error), " ✗ The DIDWW server failed (503)."),
        (StatusMessage("Draft not kept on disk", .warning), " ⚠ Draft not kept on disk"),
        (StatusMessage("Saved Berlin Office", .success), " ✓ Saved Berlin Office"),
        (StatusMessage("Saving…", .info), " Saving… · waiting for the server (9 s)…"),
    ])
    func messages(message: StatusMessage, line: String) {
        var state = UIFixtures.loadedState()
        _ = state.handle(.tryStarted(PendingTry(request: 1, number: 1, maximum: 6, startedAt: Self.start)))
        state.message = message
        _ = state.handle(.tick(Self.start.addingTimeInterval(9.3)))
        let statusLine = Screen.render(state, rows: 24, columns: 100).plainText().split(separator: "\n").last.map(String.init)
        #expect(statusLine == line)
    }
}
