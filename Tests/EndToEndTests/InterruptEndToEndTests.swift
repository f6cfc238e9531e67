import Foundation
import Testing

/// Ctrl-C in the real binary on a real terminal (tmux): curses runs raw, so Ctrl-C arrives as a
/// key, never as SIGINT. Typed text is given up; at the list it asks, and again it quits with 0.
@Suite(.terminalSlot) struct InterruptEndToEndTests {
    @Test func ctrlCGivesUpTheFilterThenAsksAndAgainQuitsWithZero() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
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
        #expect(await !session.programExited(), "the first Ctrl-C only asks")

        try await session.send("C-c")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        #expect(await session.exitStatus() == 0, "quitting by Ctrl-C is a normal end, not an interrupt (130)")
    }
}
