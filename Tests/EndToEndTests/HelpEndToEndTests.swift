import Foundation
import Testing

/// `?` in the real binary at the smallest terminal: every page of the help reads in full, the
/// movement keys scroll it, and any other key gives the pane back.
@Suite(.terminalSlot) struct HelpEndToEndTests {
    /// The help's rows on one page: inside the frame, trailing spaces and borders removed.
    static func helpRows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).dropLast(3)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
    }

    @Test func helpInTheFormAt80x24PagesThroughEveryKeyWithNothingCutOff() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
        try await session.waitFor(text: "42 trunks")
        try await session.send("e")
        try await session.waitFor(text: "Edit Berlin Office")
        try await session.send("?")
        var screen = try await session.waitFor(text: "Keys: Form first")
        #expect(screen.contains("│ Form (here)"))
        var seen: [String] = []
        var pages = 0
        while true {
            pages += 1
            #expect(!screen.contains("…"), "nothing is cut off: \(screen)")
            seen += Self.helpRows(screen)
            guard let footer = screen.split(separator: "\n").first(where: { $0.contains("│ lines ") }),
                  let range = footer.range(of: #"lines \d+–(\d+) of (\d+)"#, options: .regularExpression) else { break }
            let numbers = footer[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count == 3, numbers[1] == numbers[2] { break }
            try #require(pages < 14, "the help ends")
            try await session.send("PageDown")
            screen = try await session.waitFor("the next page") { !$0.contains(String(footer[range])) && $0.contains("│ lines ") }
        }
        #expect(pages > 2, "80x24 cannot hold every key: the help scrolls")
        let text = seen.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for entry in ["Ctrl-S review and save ⚠", "+ add (or just type the item; a paste adds many)",
                      "u undo the last change (field by field)", "x/Delete delete item (u undoes)",
                      "y send the PATCH ⚠", "x reveal secrets for 30 s", "D delete the trunk (type its name to confirm) ⚠",
                      ":sort COLUMN [desc] sort by name, status, auth, sip, limit, spent, used, capacity, encryption, created"] {
            #expect(text.contains(entry), "the help shows \(entry)")
        }
        try await session.send("q")
        let form = try await session.waitFor("the form again") { !$0.contains("Keys: Form") && $0.contains("Edit Berlin Office") }
        #expect(await !session.programExited(), "q closes the help; it does not quit: \(form)")
        try await session.send("Escape")
        try await session.waitFor("the list") { !$0.contains("Edit Berlin Office") }
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
