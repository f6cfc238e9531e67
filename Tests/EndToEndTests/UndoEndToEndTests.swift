import Foundation
import Testing

/// Undo in the real binary under tmux: a change of Berlin Office's prefixes, then `:audit`,
/// `Enter` on its line, the reverse reviewed and saved, and the prefixes as they were.
@Suite(.terminalSlot) struct UndoEndToEndTests {
    @Test(arguments: [(rows: 23, columns: 80), (rows: 16, columns: 60)])
    func aPrefixChangeIsUndoneFromTheAuditTrail(size: (rows: Int, columns: Int)) async throws {
        let session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo"], rows: size.rows, columns: size.columns)
        try await session.waitFor("the first page") { $0.contains("Berlin Office") && $0.contains("42 trunks") }
        try await session.send("u")
        try await session.waitFor("nothing to undo yet") { $0.contains("Nothing changed since the program started to undo") }

        try await session.send("Enter")
        let detail = try await session.waitFor("the detail") { $0.contains("Esc back") }
        let before = try await Self.prefixes(on: detail, session)
        try await session.send("Escape")
        try await session.send("p")
        try await session.waitFor("the prefix editor") { $0.contains("type to add") }
        try await session.send("a")
        try await session.send("33", literal: true)
        try await session.send("Enter")
        try await session.send("Escape")
        try await session.send("C-s")
        try await session.waitFor("the review") { $0.contains("[ Cancel ]") }
        try await session.send("y")
        try await session.waitFor("the save") { $0.contains("Saved Berlin Office") }

        try await session.send(":")
        try await session.send("audit", literal: true)
        try await session.send("Enter")
        let trail = try await session.waitFor("the audit trail") { $0.contains("Audit trail") && $0.contains("line 1 of 1") }
        #expect(trail.contains("▶ "), "the line is selected: \(trail)")
        try await session.send("Enter")
        let form = try await session.waitFor("the reverse in the form") { $0.contains("Undo of Berlin Office") }
        #expect(form.contains("Edit Berlin Office · modified"), "\(form)")
        try await session.send("C-s")
        let review = try await session.waitFor("the review of the reverse") { $0.contains("[ Cancel ]") }
        #expect(review.contains("Destination prefixes") && review.contains("33"), "the review shows the prefix going: \(review)")
        try await session.send("y")
        try await session.waitFor("the reverse saved") { $0.contains("Saved Berlin Office") && !$0.contains("Edit Berlin") }

        try await session.send("Enter")
        let after = try await session.waitFor("the detail again") { $0.contains("Esc back") }
        let now = try await Self.prefixes(on: after, session)
        #expect(now == before, "the prefixes are back: \(now) (were \(before))")
    }

    /// The prefixes the detail on `screen` shows, found with the detail's search when they are
    /// below.
    static func prefixes(on screen: String, _ session: TmuxSession) async throws -> String {
        if let shown = prefixes(in: screen) { return shown }
        try await session.send("/")
        try await session.send("Destination prefixes", literal: true)
        try await session.send("Enter")
        let scrolled = try await session.waitFor("the prefixes row") { prefixes(in: $0) != nil }
        return try #require(prefixes(in: scrolled))
    }

    /// The value of the "Destination prefixes" row on the screen, if it shows.
    static func prefixes(in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("Destination prefixes") }) else { return nil }
        let value = line.components(separatedBy: "Destination prefixes").last ?? ""
        return value.trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
    }
}
