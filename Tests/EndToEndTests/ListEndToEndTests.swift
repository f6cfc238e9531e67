import Foundation
import Testing

/// The list pane in the real binary: filter by text and by a server token, sort by name both
/// ways, and `:trunk` with Tab completion.
@Suite(.terminalSlot) struct ListEndToEndTests {
    private func logPath() -> String {
        NSTemporaryDirectory() + "trunks-list-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
    }

    /// The decoded query strings of the list requests in the demo's request log.
    private func listQueries(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  (object["method"] as? String) == "GET", (object["path"] as? String)?.hasSuffix("/voice_out_trunks") == true
            else { return nil }
            return ((object["query"] as? String) ?? "").removingPercentEncoding
        }
    }

    /// The rows of the list pane (between its header row and its bottom border).
    private func listRows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.contains("Name") && $0.contains("Status") }) else { return [] }
        return lines[(header + 1)...].prefix { !$0.hasPrefix("└") }.filter { $0.count > 4 && $0.contains(where: \.isLetter) }
    }

    /// The name cell of a list row: after "│▶ " or "│  ", up to the status column.
    private func name(_ row: String) -> String {
        let body = row.dropFirst(3)
        let cut = body.range(of: "  Active") ?? body.range(of: "  Blocked") ?? body.range(of: " Active") ?? body.range(of: " Blocked")
        return String(cut.map { body[..<$0.lowerBound] } ?? body).trimmingCharacters(in: .whitespaces)
    }

    @Test func filterByTextThenByStatusBlocked() async throws {
        let log = logPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log], rows: 24, columns: 80)
        try await session.waitFor(text: "42 trunks")

        try await session.send("/")
        try await session.send("zür", literal: true)
        let narrowed = try await session.waitFor("only Zürich") { listRows($0).count == 1 }
        #expect(listRows(narrowed).first?.contains("Zürich Ost") == true)
        #expect(narrowed.contains("1 match"))
        try await session.send("Escape")
        try await session.waitFor("all rows again") { listRows($0).count > 10 }

        try await session.send("/")
        try await session.send("status:blocked", literal: true)
        try await session.waitFor(text: "Enter asks the server for status:blocked")
        try await session.send("Enter")
        let blocked = try await session.waitFor("the server's blocked trunks") { screen in
            listQueries(log).contains { $0.contains("filter[status]=blocked") } && !screen.contains("42 trunks")
                && screen.contains(" trunks ·")
        }
        let rows = listRows(blocked)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("Blocked") }, "every row is blocked: \(rows)")
        #expect(blocked.contains("\(rows.count) trunks"), "the header counts what the server matched")

        // `/` opens on the kept filter, selected: End keeps it to add to.
        try await session.send("/")
        try await session.send("End")
        try await session.send(" nomatch", literal: true)
        try await session.send("Enter")
        try await session.waitFor(text: "no trunk matches status:blocked nomatch — Esc clears the filter")
        try await session.send("Escape")
        try await session.waitFor(text: "42 trunks")
        #expect(listQueries(log).last?.contains("filter[") == false, "Esc reloads without the server filter")

        try await session.send("/")
        try await session.send("colour:red", literal: true)
        try await session.waitFor(text: "colour: is not a filter")
        try await session.send("Enter")
        try await session.waitFor(text: "Not sent: colour: is not a filter")
        #expect(!listQueries(log).contains { $0.contains("colour") }, "an unknown token is never sent")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func sortByNameBothWays() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 30, columns: 100)
        try await session.waitFor(text: "42 trunks")
        try await session.send("s")
        // A capture can land between the header and the rows of one frame: wait for a whole frame.
        func names(_ screen: String) -> [String] {
            listRows(screen).map(name).filter { !$0.hasSuffix("…") }.map { $0.lowercased() }
        }
        let ascending = try await session.waitFor("the list sorted by name ▲") { screen in
            screen.contains("sort Name ▲") && names(screen).count > 5 && names(screen) == names(screen).sorted()
        }
        let up = listRows(ascending).map(name).filter { !$0.hasSuffix("…") }
        #expect(up.count > 5)
        #expect(up.map { $0.lowercased() } == up.map { $0.lowercased() }.sorted(), "ascending: \(up)")
        try await session.send("S")
        let descending = try await session.waitFor("the list sorted by name ▼") { screen in
            screen.contains("sort Name ▼") && names(screen) == names(screen).sorted(by: >)
        }
        let down = listRows(descending).map(name).filter { !$0.hasSuffix("…") }
        #expect(down.map { $0.lowercased() } == down.map { $0.lowercased() }.sorted(by: >), "descending: \(down)")
        #expect(down.first != up.first)
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func colonTrunkCompletesAndJumps() async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: 24, columns: 80)
        try await session.waitFor(text: "42 trunks")
        try await session.send(":")
        try await session.send("tru", literal: true)
        try await session.send("Tab")
        try await session.waitFor(text: "NAME-OR-ID — jump to a trunk")
        try await session.send("Zür", literal: true)
        try await session.send("Tab")
        try await session.waitFor(text: ":trunk Zürich Ost")
        try await session.send("Enter")
        let detail = try await session.waitFor("the detail of Zürich Ost") { $0.contains("Zürich Ost") && $0.contains("General") }
        #expect(detail.contains("Jumped to Zürich Ost") || detail.contains("Zürich Ost"))
        try await session.send("Escape")
        let list = try await session.waitFor("the list with Zürich Ost selected") { $0.contains("▶ Zürich Ost") }
        #expect(list.contains("Name"))
        try await session.send(":")
        try await session.send("q", literal: true)
        try await session.send("Enter")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }

    @Test func firstPageShowsWhileTheRestLoadAndRefreshKeepsTheSelection() async throws {
        let log = logPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        // Each answer takes 2 s: the list stays partly loaded for seconds, long enough for a capture
        // to see it however slowly a loaded machine polls.
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--page-size", "5", "--demo-latency-ms", "2000",
                                                      "--demo-request-log", log], rows: 24, columns: 80)
        let partial = try await session.waitFor("a partly loaded list") { $0.contains("of 42…") && $0.contains("Berlin Office") }
        #expect(partial.contains("loaded "))
        try await session.waitFor(text: "42 trunks")
        let pages = listQueries(log).compactMap { query -> Int? in
            query.split(separator: "&").first { $0.hasPrefix("page[number]=") }.flatMap { Int($0.dropFirst(13)) }
        }
        #expect(pages.sorted() == Array(1...9), "each of the 9 pages is asked for once: \(pages)")

        try await session.send("j", "j")
        try await session.waitFor(text: "▶ Dublin Support")
        try await session.send("r")
        try await session.waitFor("the refresh to start") { $0.contains("of 42…") || listQueries(log).count > 9 }
        let after = try await session.waitFor("the refresh to finish") { listQueries(log).count >= 18 && $0.contains("42 trunks") }
        #expect(after.contains("▶ Dublin Support"), "the selection survives the refresh")
        try await session.send("q")
        try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
    }
}
