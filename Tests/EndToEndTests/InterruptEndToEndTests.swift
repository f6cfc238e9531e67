import Foundation
import Testing

/// Ctrl-C in the real binary on a real terminal (tmux): curses runs raw, so Ctrl-C arrives as a
/// key, never as SIGINT. Typed text is given up; at the list it asks, and again it quits with 0.
@Suite(.terminalSlot) struct InterruptEndToEndTests {
    @Test func ctrlCGivesUpTheFilterThenAsksAndAgainQuitsWithZero() async throws {
        // A shell runs trunks and says how it ended: tmux does not always collect the exit status
        // of a program that ends at once, while its parent shell always does.
        let session = try await TmuxSession(command: ["/bin/sh", "-c", "\"$0\" --demo; echo \"trunks exit status $?\"; sleep 30",
                                                      BuiltProducts.trunks], rows: 24, columns: 80)
        try await session.waitFor(text: "42 trunks")

        try await session.send("/")
        try await session.send("zür", literal: true)
        try await session.waitFor(text: "1 match")
        try await session.send("C-c")
        let list = try await session.waitFor("the whole list, the line given up") { screen in
            screen.contains("Chicago Sales") && screen.contains("Enter open")
        }
        #expect(!list.contains("Quit?"), "Ctrl-C on a line gives the text up; it does not ask to quit")

        try await session.send("C-c")
        let asked = try await session.waitFor(text: "Quit trunks? Nothing is unsaved.")
        #expect(asked.contains("y/Ctrl-C quits · any other key goes back"))
        #expect(!asked.contains("trunks exit status"), "the first Ctrl-C only asks")

        try await session.send("C-c")
        let ended = try await session.waitFor(text: "trunks exit status")
        #expect(ended.contains("trunks exit status 0"), "quitting by Ctrl-C is a normal end, not an interrupt (130): \(ended)")
    }
}
