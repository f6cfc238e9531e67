import Foundation
import Testing

/// Finding a trunk from what a support ticket quotes, in the real binary on the demo account:
/// each search lists the right trunks and says what matched; `:find` opens a single match.
@Suite(.terminalSlot) struct FindEndToEndTests {
    /// The rows of the list pane (between its header row and its bottom border).
    private func listRows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.contains("Name") && $0.contains("Status") }) else { return [] }
        return lines[(header + 1)...].prefix { !$0.hasPrefix("└") }.filter { $0.count > 4 && $0.contains(where: \.isLetter) }
    }

    /// The row naming `name`, if it is listed.
    private func row(_ name: String, in screen: String) -> String? {
        listRows(screen).first { $0.contains(name) }
    }

    @Test func theSearchesATicketQuotesFindTheirTrunksAndSayWhy() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 23, columns: 80)
        try await session.waitFor(text: "42 trunks")
        try await session.send("/")

        // One search: clear the line, type it, wait until the list shows `count` rows.
        func search(_ text: String, rows count: Int) async throws -> String {
            try await session.send("C-u")
            try await session.send(text, literal: true)
            return try await session.waitFor("\(count) rows for \(text)") { screen in
                screen.contains("/\(text) (\(count))") && listRows(screen).count == min(count, 18)
            }
        }

        let user = try await search("2ggkeqnozb", rows: 1)
        #expect(row("Berlin Office", in: user)?.contains("user 2ggkeqnozb") == true, "\(user)")

        let sid = try await search("AC1b5703", rows: 1)
        #expect(row("Frankfurt Twilio", in: sid)?.contains("SID ••••••••") == true, "\(sid)")
        #expect(!sid.contains("AC1b5703d0"), "the SID is never shown whole")

        let tech = try await search("77#", rows: 1)
        #expect(row("Chicago Sales", in: tech)?.contains("tech 77#") == true, "\(tech)")

        let inside = try await search("203.0.113.55", rows: 18)
        #expect(row("Toronto NOC", in: inside)?.contains("RTP 203.0.113.52/30") == true, "\(inside)")
        #expect(row("Lisbon Any IP", in: inside)?.contains("SIP 0.0.0.0/0") == true, "\(inside)")
        #expect(row("Zürich Ost", in: inside) == nil, "203.0.113.128/25 does not hold .55")

        let address = try await search("198.51.100.7", rows: 13)
        #expect(row("Toronto NOC", in: address)?.contains("SIP 198.51.100.7/32") == true, "\(address)")
        #expect(row("Vienna", in: address)?.contains("SIP 198.51.100.0/24") == true, "\(address)")
        for other in ["Riga Any DID", "Rome Randomizer", "Chicago Sales"] {
            #expect(row(other, in: address) == nil, "\(other) allows 198.51.100.13, .14, .20: not .7")
        }

        let prefix = try await search("44", rows: 9)
        #expect(row("Toronto NOC", in: prefix)?.contains("RTP 203.0.113.44/30") == true, "\(prefix)")
        #expect(row("Dublin Support", in: prefix)?.contains("tech 4401#") == true, "\(prefix)")

        let blocked = try await search("blocked", rows: 6)
        #expect(listRows(blocked).allSatisfy { $0.contains("Blocked") && $0.contains("status blocked") }, "\(blocked)")
        #expect(blocked.contains("status:blocked narrows exactly"), "\(blocked)")

        let token = try await search("status:bl", rows: 6)
        #expect(token.contains("Enter asks the server for status:blocked"), "\(token)")

        try await session.send("Escape")
        try await session.waitFor(text: "42 trunks")
        try await session.send(":")
        try await session.send("find 2ggkeqnozb", literal: true)
        try await session.send("Enter")
        let opened = try await session.waitFor(text: "1 trunk matches \"2ggkeqnozb\": Berlin Office (user 2ggkeqnozb)")
        #expect(opened.contains("┌─ Berlin Office"), "\(opened)")
        try await session.send("q")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
