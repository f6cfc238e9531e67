import Foundation
import Testing

/// The form, create, clone and delete in the real binary under tmux, checked against the demo
/// server's request log.
@Suite(.serialized) struct FormEndToEndTests {
    /// A demo session with its own request log.
    final class Demo {
        let log = NSTemporaryDirectory() + "trunks-form-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        let session: TmuxSession

        init(rows: Int = 30, columns: Int = 100) throws {
            session = try TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log],
                                      rows: rows, columns: columns)
            try session.waitFor("the first page") { $0.contains("Berlin Office") && $0.contains("42 trunks") }
        }

        deinit { try? FileManager.default.removeItem(atPath: log) }

        /// The requests that change something, in order.
        func writes() -> [[String: Any]] {
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }.filter { ($0["method"] as? String) != "GET" }
        }

        /// The JSON body of a logged request.
        func body(_ request: [String: Any]) -> [String: Any] {
            let text = request["body"] as? String ?? ""
            return (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        }

        /// `data.attributes` of a logged request's body.
        func attributes(_ request: [String: Any]) -> [String: Any] {
            ((body(request)["data"] as? [String: Any])?["attributes"] as? [String: Any]) ?? [:]
        }

        /// Selects the trunk called `name` through the list filter.
        func select(_ name: String) throws {
            try session.send("/")
            try session.send(name, literal: true)
            try session.send("Enter")
            try session.waitFor("\(name) selected") { screen in
                screen.split(separator: "\n").contains { $0.contains("▶") && $0.contains(name) }
            }
        }

        /// Bracketed paste of `text`, as a terminal delivers a clipboard paste.
        func paste(_ text: String) throws {
            try session.tmux(["set-buffer", "--", text])
            try session.tmux(["paste-buffer", "-p", "-t", session.name])
        }

        /// Enter on the selected field, `text` typed (after Ctrl-U when `clearing`), Enter again.
        func fill(_ text: String, clearing: Bool = false) throws {
            try session.send("Enter")
            if clearing { try session.send("C-u") }
            try session.send(text, literal: true)
            try session.send("Enter")
        }

        /// `/` in the form: jumps to the field whose label contains `label`.
        func jump(to label: String) throws {
            try session.send("/")
            try session.send(label, literal: true)
            try session.send("Enter")
        }

        /// Ctrl-S, waits for the review titled `title`, and returns it (nothing sent yet).
        @discardableResult
        func review(_ title: String) throws -> String {
            try session.send("C-s")
            // The buttons are drawn below the body: once they show, the whole dialog has arrived.
            let screen = try session.waitFor("the review \(title)") { $0.contains(title) && $0.contains("[ Cancel ]") }
            #expect(writes().isEmpty, "nothing is sent before y")
            return screen
        }

        /// `y` in the review; waits for `outcome` and returns the screen.
        @discardableResult
        func send(expecting outcome: String) throws -> String {
            try session.send("y")
            return try session.waitFor(text: outcome)
        }

        /// The one change request sent, which must be a `method`.
        func onlyWrite(_ method: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            let sent = writes()
            #expect(sent.count == 1, "one request changes data", sourceLocation: sourceLocation)
            let write = try #require(sent.first, sourceLocation: sourceLocation)
            #expect(write["method"] as? String == method, sourceLocation: sourceLocation)
            return write
        }

        func quit() throws {
            try session.send("q")
            try session.waitFor("the program to exit", timeout: 10) { _ in session.programExited() }
        }
    }

    @Test func pastingThreePrefixesSendsOnePatchWithOnlyThePrefixes() throws {
        let demo = try Demo()
        try demo.select("Chicago Sales")
        try demo.session.send("p")
        try demo.session.waitFor(text: "Destination prefixes: 0")
        try demo.paste("44, 4420 49")
        try demo.session.waitFor(text: "Destination prefixes: 3")
        try demo.session.send("Escape")
        try demo.session.waitFor(text: "*Destination prefixes")
        let review = try demo.review("Review changes to Chicago Sales")
        #expect(review.contains("\"4420\""))
        try demo.send(expecting: "Saved Chicago Sales")
        let attributes = demo.attributes(try demo.onlyWrite("PATCH"))
        #expect(Array(attributes.keys) == ["dst_prefixes"], "only the prefixes are sent: \(attributes)")
        #expect(attributes["dst_prefixes"] as? [String] == ["44", "4420", "49"])
        try demo.quit()
    }

    @Test func aDuplicateNameFromTheServerStandsUnderNameWithTheDraftIntact() throws {
        let demo = try Demo()
        try demo.session.send("e")
        try demo.session.waitFor(text: "Edit Berlin Office")
        try demo.fill("Chicago Sales", clearing: true)
        try demo.review("Review changes to Berlin Office")
        let screen = try demo.send(expecting: "server: has already been taken")
        let lines = screen.split(separator: "\n").map(String.init)
        let name = try #require(lines.firstIndex { $0.contains("Name") && $0.contains("Chicago Sales") }, "the draft keeps the typed name")
        #expect(lines[name + 1].contains("server: has already been taken"), "the error stands under Name")
        #expect(screen.contains("Edit Berlin Office · modified"))
        #expect(demo.writes().count == 1)
        try demo.session.send("Escape")
        try demo.session.waitFor(text: "Discard the changes")
        try demo.session.send("y")
        try demo.quit()
    }

    @Test func createATwilioTrunk() throws {
        let demo = try Demo()
        try demo.session.send("n")
        try demo.session.waitFor(text: "New trunk · 2 errors")
        try demo.fill("Night Twilio")
        try demo.jump(to: "method")
        try demo.session.send("Enter")
        try demo.session.waitFor(text: "IP only (set by DIDWW support only)")
        try demo.session.send("t", "Enter")
        try demo.session.waitFor(text: "Twilio account SID")
        try demo.session.send("Down")
        try demo.fill("AC0123456789abcdef0123456789abcdef")
        let review = try demo.review("Review new trunk Night Twilio")
        #expect(review.contains("POST /v3/voice_out_trunks") && review.contains("[ Cancel ]"))
        #expect(!review.contains("AC0123456789abcdef0123456789abcdef"), "the SID is masked")
        let list = try demo.send(expecting: "Created Night Twilio")
        #expect(list.contains("43 trunks"))
        let attributes = demo.attributes(try demo.onlyWrite("POST"))
        let method = attributes["authentication_method"] as? [String: Any]
        #expect(method?["type"] as? String == "twilio")
        #expect(attributes["name"] as? String == "Night Twilio")
        try demo.quit()
    }

    @Test func cloneATrunkWithoutItsCredentials() throws {
        let demo = try Demo()
        try demo.session.send("c")
        try demo.session.waitFor(text: "New trunk (clone of Berlin Office)")
        try demo.fill("Berlin Office B")
        try demo.review("Review new trunk Berlin Office B")
        try demo.send(expecting: "Created Berlin Office B")
        let write = try demo.onlyWrite("POST")
        let text = write["body"] as? String ?? ""
        #expect(!text.contains("username") && !text.contains("password"), "credentials are never copied")
        let attributes = demo.attributes(write)
        #expect(attributes["dst_prefixes"] as? [String] == ["49900", "49137"], "the policy is copied")
        #expect(attributes["external_reference_id"] as? String == "crm-1001")
        try demo.quit()
    }

    @Test func atEightyByTwentyFourTheFocusedFieldStaysVisible() throws {
        let demo = try Demo(rows: 24, columns: 80)
        try demo.session.send("e")
        try demo.session.waitFor(text: "Edit Berlin Office")
        func markedLine(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains("│▶") }.map(String.init) ?? ""
        }
        try demo.session.send("End")
        let bottom = try demo.session.waitFor("the last field") { markedLine($0).contains("Emergency DIDs") }
        #expect(!bottom.contains("General"), "the form scrolled")
        for _ in 0..<7 { try demo.session.send("Up") }
        try demo.session.waitFor("Capacity limit selected") { markedLine($0).contains("Capacity limit") }
        try demo.session.send("Home")
        let top = try demo.session.waitFor("the first field") { markedLine($0).contains("Name") }
        #expect(top.contains("General"))
        try demo.session.send("Escape")
        try demo.quit()
    }

    @Test func deleteATrunkAfterTypingItsName() throws {
        let demo = try Demo()
        try demo.select("Riga Any DID")
        try demo.session.send("D")
        try demo.session.waitFor(text: "Type its name exactly")
        try demo.session.send("Riga", literal: true)
        try demo.session.send("Enter")
        try demo.session.waitFor(text: "the name does not match")
        #expect(demo.writes().isEmpty)
        try demo.session.send(" Any DID", literal: true)
        try demo.session.send("Enter")
        try demo.session.waitFor(text: "Deleted Riga Any DID")
        _ = try demo.onlyWrite("DELETE")
        let filtered = try demo.session.waitFor(text: "41 trunks")
        #expect(filtered.contains("no trunk matches Riga Any DID"), "the list no longer has it")
        try demo.session.send("Escape")
        let list = try demo.session.waitFor(text: "Berlin Office")
        let rows = list.split(separator: "\n").filter { $0.hasPrefix("│") }
        #expect(!rows.contains { $0.contains("Riga Any DID") }, "no list row names the deleted trunk")
        try demo.quit()
    }
}
