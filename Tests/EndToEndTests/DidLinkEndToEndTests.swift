import Foundation
import Testing

/// Linking a DID to a trunk and unlinking it in the real binary under tmux (demo mode, 80×24),
/// checked against the demo server's request log.
@Suite(.terminalSlot) struct DidLinkEndToEndTests {
    /// `data.relationships` of a logged request's body.
    func relationships(_ demo: FormEndToEndTests.Demo, _ request: [String: Any]) -> [String: Any] {
        ((demo.body(request)["data"] as? [String: Any])?["relationships"] as? [String: Any]) ?? [:]
    }

    /// The ids of `relationships[name].data`.
    func linkedIDs(_ relationships: [String: Any], _ name: String) -> [String]? {
        ((relationships[name] as? [String: Any])?["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    }

    @Test func linkADidReviewSaveSeeItInTheDetailThenUnlinkIt() async throws {
        let demo = try await FormEndToEndTests.Demo(rows: 24, columns: 80)
        try await demo.select("Rome Randomizer")
        try await demo.session.send("e")
        try await demo.session.waitFor(text: "Edit Rome Randomizer")
        try await demo.session.send("L")
        try await demo.session.waitFor("the DID editor with the account's DIDs") {
            $0.contains("CLI DIDs: 0 linked") && $0.contains("on the account")
        }
        try await demo.session.send("a")
        let adding = try await demo.session.waitFor(text: "matches · ↑↓ pick")
        let number = try #require(adding.split(separator: "\n").lazy.compactMap { line -> String? in
            guard let arrow = line.range(of: "→ +") else { return nil }
            return String(line[arrow.upperBound...].prefix { $0.isNumber })
        }.first, "a highlighted completion: \(adding)")
        try await demo.session.send(number, literal: true)
        try await demo.session.waitFor(text: "1 match · ↑↓ pick")
        try await demo.session.send("Enter")
        try await demo.session.waitFor(text: "CLI DIDs: 1 linked (+1 −0)")
        try await demo.session.send("Escape")
        try await demo.session.send("Escape")
        try await demo.session.waitFor(text: "*CLI DIDs")
        try await demo.session.send("C-s")
        let review = try await demo.session.waitFor(text: "Review changes to Rome Randomizer")
        #expect(review.contains("CLI DIDs: 0 → 1 linked (1 added, 0 removed)"))
        #expect(review.contains("link   +\(number)"))
        #expect(review.contains("\"relationships\""), "the exact PATCH body is shown")
        #expect(demo.writes().isEmpty, "nothing is sent before y")
        try await demo.session.send("y")
        try await demo.session.waitFor(text: "Saved Rome Randomizer: CLI DIDs: linked +\(number)")
        let link = try #require(demo.writes().first)
        #expect(link["method"] as? String == "PATCH")
        #expect(demo.attributes(link).isEmpty, "only the relationship is sent")
        let linkedID = try #require(linkedIDs(relationships(demo, link), "dids")?.first)
        #expect(relationships(demo, link).keys.sorted() == ["dids"])

        try await demo.session.send("Enter")
        try await demo.session.waitFor(text: "Rome Randomizer")
        try await demo.session.send("G")
        try await demo.session.waitFor("the detail showing the linked DID by number") {
            $0.contains("+\(number)") && $0.contains("1 DID") && !$0.contains(linkedID)
        }

        try await demo.session.send("e")
        try await demo.session.send("L")
        try await demo.session.waitFor(text: "CLI DIDs: 1 linked")
        try await demo.session.send("d")
        try await demo.session.waitFor(text: "CLI DIDs: 0 linked (+0 −1)")
        try await demo.session.send("Escape")
        try await demo.session.send("C-s")
        let unlinkReview = try await demo.session.waitFor(text: "unlink +\(number)")
        #expect(unlinkReview.contains("CLI DIDs: 1 → 0 linked (0 added, 1 removed)"))
        try await demo.session.send("y")
        try await demo.session.waitFor(text: "Saved Rome Randomizer: CLI DIDs: unlinked +\(number)")
        let writes = demo.writes()
        #expect(writes.count == 2)
        #expect(linkedIDs(relationships(demo, writes[1]), "dids") == [], "{\"data\": []} clears the set")
        try await demo.session.send("Enter")
        try await demo.session.send("G")
        try await demo.session.waitFor("the detail without the DID") { screen in
            screen.contains("CLI DIDs") && !screen.contains("+\(number)")
        }
        try await demo.session.send("q")
        try await demo.session.waitFor("q back to the list") { $0.contains("Enter open") }
        try await demo.quit()
    }
}
