import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// While the client waits to try again, the status line says so with the seconds left (and the
/// empty list says it is retrying, not just loading); the note goes a moment after the try starts,
/// and a message takes the line from it.
@Suite struct RetryNoteTests {
    @Test func theNoteCountsDownAndGoesAfterTheTry() {
        var state = AppState(environmentLabel: "demo", now: Date(timeIntervalSince1970: 1_000))
        _ = state.start()
        var frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("loading trunks…") && !frame.contains("retrying"))

        let detail = "(try 2 of 6): Could not connect to 127.0.0.1:9: connection refused."
        _ = state.handle(.retrying(detail, until: state.now.addingTimeInterval(4)))
        frame = Screen.render(state, rows: 24, columns: 100).plainText()
        #expect(frame.contains("⚠ Retrying in 4 s (try 2 of 6): Could not connect"), "\(frame)")
        #expect(frame.contains("loading trunks… retrying (the status line says why)"))

        _ = state.handle(.tick(state.now.addingTimeInterval(2.5)))
        #expect(Screen.render(state, rows: 24, columns: 100).plainText().contains("⚠ Retrying in 2 s (try 2 of 6)"))
        _ = state.handle(.tick(state.now.addingTimeInterval(1.5)))
        #expect(Screen.render(state, rows: 24, columns: 100).plainText().contains("⚠ Retrying now (try 2 of 6)"))

        _ = state.handle(.tick(state.now.addingTimeInterval(1)))
        frame = Screen.render(state, rows: 24, columns: 100).plainText()
        #expect(!frame.contains("Retrying"), "the note goes a moment after the try")
        #expect(frame.contains("loading trunks…") && !frame.contains("retrying"))
    }

    @Test func aMessageTakesPrecedenceOverTheNote() {
        var state = UIFixtures.loadedState()
        _ = state.handle(.retrying("(try 2 of 6): The DIDWW server failed (503).", until: state.now.addingTimeInterval(5)))
        state.message = StatusMessage("Saved Berlin Office", .success)
        let frame = Screen.render(state, rows: 24, columns: 80).plainText()
        #expect(frame.contains("✓ Saved Berlin Office") && !frame.contains("Retrying"))
    }
}
