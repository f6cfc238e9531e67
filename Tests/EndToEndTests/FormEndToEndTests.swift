import Foundation
import Testing

/// The form, create, clone and delete in the real binary under tmux, checked against the demo
/// server's request log.
@Suite(.terminalSlot) struct FormEndToEndTests {
    /// A demo session with its own request log.
    final class Demo {
        let log = NSTemporaryDirectory() + "trunks-form-e2e-\(getpid())-\(Int.random(in: 0...1_000_000)).jsonl"
        let session: TmuxSession

        init(rows: Int = 30, columns: Int = 100, arguments: [String] = []) async throws {
            session = try await TmuxSession(command: [BuiltProducts.trunks, "--demo", "--demo-request-log", log] + arguments,
                                            rows: rows, columns: columns)
            try await session.waitFor("the first page") { $0.contains("Berlin Office") && $0.contains("42 trunks") }
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
        func select(_ name: String) async throws {
            try await session.send("/")
            try await session.send(name, literal: true)
            try await session.send("Enter")
            try await session.waitFor("\(name) selected") { screen in
                screen.split(separator: "\n").contains { $0.contains("▶") && $0.contains(name) }
            }
        }

        /// Bracketed paste of `text`, as a terminal delivers a clipboard paste.
        func paste(_ text: String) async throws {
            try await session.tmux(["set-buffer", "--", text])
            try await session.tmux(["paste-buffer", "-p", "-t", session.name])
        }

        /// Enter on the selected field, `text` typed (after Ctrl-U when `clearing`), Enter again.
        func fill(_ text: String, clearing: Bool = false) async throws {
            try await session.send("Enter")
            if clearing { try await session.send("C-u") }
            try await session.send(text, literal: true)
            try await session.send("Enter")
        }

        /// `/` in the form: jumps to the field whose label contains `label`.
        func jump(to label: String) async throws {
            try await session.send("/")
            try await session.send(label, literal: true)
            try await session.send("Enter")
        }

        /// Ctrl-S, waits for the review titled `title`, and returns it (nothing sent yet).
        @discardableResult
        func review(_ title: String) async throws -> String {
            try await session.send("C-s")
            // The buttons are drawn below the body: once they show, the whole dialog has arrived.
            let screen = try await session.waitFor("the review \(title)") { $0.contains(title) && $0.contains("[ Cancel ]") }
            #expect(writes().isEmpty, "nothing is sent before y")
            return screen
        }

        /// `y` in the review; waits for `outcome` and returns the screen.
        @discardableResult
        func send(expecting outcome: String) async throws -> String {
            try await session.send("y")
            return try await session.waitFor(text: outcome)
        }

        /// The one change request sent, which must be a `method`.
        func onlyWrite(_ method: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            let sent = writes()
            #expect(sent.count == 1, "one request changes data", sourceLocation: sourceLocation)
            let write = try #require(sent.first, sourceLocation: sourceLocation)
            #expect(write["method"] as? String == method, sourceLocation: sourceLocation)
            return write
        }

        func quit() async throws {
            try await session.send("q")
            try await session.waitFor("the program to exit", timeout: 10) { _ in await session.programExited() }
        }
    }

    @Test func pastingThreePrefixesSendsOnePatchWithOnlyThePrefixes() async throws {
        let demo = try await Demo()
        try await demo.select("Chicago Sales")
        try await demo.session.send("p")
        try await demo.session.waitFor(text: "Destination prefixes: 0")
        try await demo.paste("44, 4420 49")
        try await demo.session.waitFor(text: "Destination prefixes: 3")
        try await demo.session.send("Escape")
        try await demo.session.waitFor(text: "*Destination prefixes")
        let review = try await demo.review("Review changes to Chicago Sales")
        #expect(review.contains("\"4420\""))
        try await demo.send(expecting: "Saved Chicago Sales")
        let attributes = demo.attributes(try demo.onlyWrite("PATCH"))
        #expect(Array(attributes.keys) == ["dst_prefixes"], "only the prefixes are sent: \(attributes)")
        #expect(attributes["dst_prefixes"] as? [String] == ["44", "4420", "49"])
        try await demo.quit()
    }

    /// Each answer takes 400 ms: `j j j` typed right after `y`, while the trunk is read again and
    /// saved, wait for the answer and then move the selection three rows down.
    @Test func keysTypedWhileSavingTakeEffectOnceSaved() async throws {
        let demo = try await Demo(rows: 24, columns: 80, arguments: ["--demo-latency-ms", "400"])
        try await demo.session.send("e")
        try await demo.session.waitFor(text: "Edit Berlin Office")
        try await demo.fill("Berlin Office 2", clearing: true)
        try await demo.review("Review changes to Berlin Office")
        try await demo.session.send("y")
        try await demo.session.send("j", "j", "j")
        let saved = try await demo.session.waitFor("the save and the keys after it") {
            $0.contains("Saved Berlin Office 2") && $0.contains("▶ Frankfurt Twilio")
        }
        #expect(saved.contains("  Berlin Office 2"), "the list shows the saved name")
        let attributes = demo.attributes(try demo.onlyWrite("PATCH"))
        #expect(attributes["name"] as? String == "Berlin Office 2")
        try await demo.quit()
    }

    @Test func aDuplicateNameFromTheServerStandsUnderNameWithTheDraftIntact() async throws {
        let demo = try await Demo()
        try await demo.session.send("e")
        try await demo.session.waitFor(text: "Edit Berlin Office")
        try await demo.fill("Chicago Sales", clearing: true)
        try await demo.review("Review changes to Berlin Office")
        let screen = try await demo.send(expecting: "server: has already been taken")
        let lines = screen.split(separator: "\n").map(String.init)
        let name = try #require(lines.firstIndex { $0.contains("Name") && $0.contains("Chicago Sales") }, "the draft keeps the typed name")
        #expect(lines[name + 1].contains("server: has already been taken"), "the error stands under Name")
        #expect(screen.contains("Edit Berlin Office · modified"))
        #expect(demo.writes().count == 1)
        try await demo.session.send("Escape")
        try await demo.session.waitFor(text: "Discard the changes")
        try await demo.session.send("y")
        try await demo.quit()
    }

    @Test func createATwilioTrunk() async throws {
        let demo = try await Demo()
        try await demo.session.send("n")
        try await demo.session.waitFor(text: "New trunk · 2 errors")
        try await demo.fill("Night Twilio")
        try await demo.jump(to: "method")
        try await demo.session.send("Enter")
        try await demo.session.waitFor(text: "IP only (set by DIDWW support only)")
        try await demo.session.send("t", "Enter")
        try await demo.session.waitFor(text: "Twilio account SID")
        try await demo.session.send("Down")
        try await demo.fill("AC0123456789abcdef0123456789abcdef")
        let review = try await demo.review("Review new trunk Night Twilio")
        #expect(review.contains("POST /v3/voice_out_trunks") && review.contains("[ Cancel ]"))
        #expect(!review.contains("AC0123456789abcdef0123456789abcdef"), "the SID is masked")
        let list = try await demo.send(expecting: "Created Night Twilio")
        #expect(list.contains("43 trunks"))
        let attributes = demo.attributes(try demo.onlyWrite("POST"))
        let method = attributes["authentication_method"] as? [String: Any]
        #expect(method?["type"] as? String == "twilio")
        #expect(attributes["name"] as? String == "Night Twilio")
        try await demo.quit()
    }

    @Test func cloneATrunkWithoutItsCredentials() async throws {
        let demo = try await Demo()
        try await demo.session.send("c")
        try await demo.session.waitFor(text: "New trunk (clone of Berlin Office)")
        try await demo.fill("Berlin Office B")
        try await demo.review("Review new trunk Berlin Office B")
        try await demo.send(expecting: "Created Berlin Office B")
        let write = try demo.onlyWrite("POST")
        let text = write["body"] as? String ?? ""
        #expect(!text.contains("username") && !text.contains("password"), "credentials are never copied")
        let attributes = demo.attributes(write)
        #expect(attributes["dst_prefixes"] as? [String] == ["49900", "49137"], "the policy is copied")
        #expect(attributes["external_reference_id"] as? String == "crm-1001")
        try await demo.quit()
    }

    @Test func atEightyByTwentyFourTheFocusedFieldStaysVisible() async throws {
        let demo = try await Demo(rows: 24, columns: 80)
        try await demo.session.send("e")
        try await demo.session.waitFor(text: "Edit Berlin Office")
        func markedLine(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains("│▶") }.map(String.init) ?? ""
        }
        try await demo.session.send("End")
        let bottom = try await demo.session.waitFor("the last field") { markedLine($0).contains("Emergency DIDs") }
        #expect(!bottom.contains("General"), "the form scrolled")
        for _ in 0..<7 { try await demo.session.send("Up") }
        try await demo.session.waitFor("Capacity limit selected") { markedLine($0).contains("Capacity limit") }
        try await demo.session.send("Home")
        let top = try await demo.session.waitFor("the first field") { markedLine($0).contains("Name") }
        #expect(top.contains("General"))
        try await demo.session.send("Escape")
        try await demo.quit()
    }

    @Test func deleteATrunkAfterTypingItsName() async throws {
        let demo = try await Demo()
        try await demo.select("Riga Any DID")
        try await demo.session.send("D")
        try await demo.session.waitFor(text: "Type its name exactly")
        try await demo.session.send("Riga", literal: true)
        try await demo.session.send("Enter")
        try await demo.session.waitFor(text: "the name does not match")
        #expect(demo.writes().isEmpty)
        try await demo.session.send(" Any DID", literal: true)
        try await demo.session.send("Enter")
        try await demo.session.waitFor(text: "Deleted Riga Any DID")
        _ = try demo.onlyWrite("DELETE")
        let filtered = try await demo.session.waitFor(text: "41 trunks")
        #expect(filtered.contains("no trunk matches Riga Any DID"), "the list no longer has it")
        try await demo.session.send("Escape")
        let list = try await demo.session.waitFor(text: "Berlin Office")
        let rows = list.split(separator: "\n").filter { $0.hasPrefix("│") }
        #expect(!rows.contains { $0.contains("Riga Any DID") }, "no list row names the deleted trunk")
        try await demo.quit()
    }
}
