import Foundation
import Testing

/// Dialogs in the light theme as the terminal shows them: one background inside the box, never
/// stripes of the page's (the real binary, its curses pairs, tmux's 256 colours).
@Suite(.terminalSlot) struct DialogThemeEndToEndTests {
    /// The background of every character cell, row by row, from `capture-pane -e` text:
    /// "48;5;N" → "N", a basic or bright background → "aN", none → "default". tmux writes an
    /// escape only where something changes, so the state carries from cell to cell and row to row.
    static func backgroundsByRow(_ screen: String) -> [[String]] {
        var background = "default"
        var rows: [[String]] = []
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
            var cells: [String] = []
            var scalars = line.unicodeScalars[...]
            while let scalar = scalars.first {
                if scalar == "\u{1B}", scalars.dropFirst().first == "[" {
                    let body = scalars.dropFirst(2).prefix { !("@"..."~").contains($0) }
                    let final = scalars.dropFirst(2 + body.count).first
                    scalars = scalars.dropFirst(3 + body.count)
                    guard final == "m" else { continue }
                    let parameters = String(String.UnicodeScalarView(body)).split(separator: ";", omittingEmptySubsequences: false)
                        .map { Int($0) ?? 0 }
                    var index = 0
                    if parameters.isEmpty { background = "default" }
                    while index < parameters.count {
                        switch parameters[index] {
                        case 0, 49: background = "default"
                        case 48 where index + 2 < parameters.count && parameters[index + 1] == 5:
                            background = String(parameters[index + 2]); index += 2
                        case 48 where index + 4 < parameters.count && parameters[index + 1] == 2:
                            background = parameters[(index + 2)...(index + 4)].map(String.init).joined(separator: ","); index += 4
                        case 38 where index + 1 < parameters.count:
                            index += parameters[index + 1] == 5 ? 2 : 4
                        case 40...47, 100...107: background = "a\(parameters[index])"
                        default: break
                        }
                        index += 1
                    }
                    continue
                }
                cells.append(background)
                scalars = scalars.dropFirst()
            }
            rows.append(cells)
        }
        return rows
    }

    /// The most common background among `rows`.
    static func commonest(_ rows: ArraySlice<[String]>) -> String? {
        Dictionary(rows.flatMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }?.key
    }

    @Test func lightDialogsShowNoStripesOfPageColour() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--theme", "light"], rows: 40, columns: 120)
        try await session.waitFor(text: "42 trunks")
        let page = try #require(Self.commonest(Self.backgroundsByRow(await session.captureWithEscapes())[2..<30]))
        #expect(page != "default", "the light theme paints its own page")

        try await session.send("?")
        let help = try await session.waitFor(text: "Keys: List first")
        let helpRows = Self.backgroundsByRow(await session.captureWithEscapes())
        let helpBackground = try #require(Self.commonest(helpRows[2..<38]))
        #expect(helpBackground != page, "a dialog has a background of its own")
        for row in 1..<39 {
            #expect(!helpRows[row].contains(page), "help row \(row) shows the page colour: \(help.split(separator: "\n")[row])")
        }

        try await session.send("Escape")
        try await session.waitFor("the help to close") { !$0.contains("Keys: List first") }
        try await session.send("D")
        let delete = try await session.waitFor(text: "Type its name exactly")
        let lines = delete.split(separator: "\n", omittingEmptySubsequences: false)
        let top = try #require(lines.firstIndex { $0.contains("┌─ Delete trunk") })
        let bottom = try #require(lines[top...].firstIndex { $0.contains("└") && $0.contains("┘") })
        let left = try #require(lines[top].unicodeScalars.firstIndex(of: "┌").map { lines[top].unicodeScalars.distance(from: lines[top].unicodeScalars.startIndex, to: $0) })
        let deleteRows = Self.backgroundsByRow(await session.captureWithEscapes())
        for row in top...bottom {
            let box = deleteRows[row].dropFirst(left).prefix(72)
            #expect(!box.contains(page), "delete dialog row \(row) shows the page colour: \(lines[row])")
            #expect(box.contains(helpBackground), "the delete dialog has the dialog background")
        }
        try await session.send("Escape")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
