import FakeDidww
import Foundation
import ScreenKit
import Testing
import TrunkModel
@testable import TrunkUI

/// `--read-only`: whatever keys are pressed, no mutating request reaches the fake.
@Suite("Read-only mode")
struct ReadOnlyTests {
    /// Every key the key map knows, plus typing that would confirm dialogs.
    static let alphabet: [Key] = {
        var keys = Keymap.standard.bindings.flatMap(\.keys).filter { ![.char("q"), .ctrl("z"), .ctrl("c")].contains($0) }
        keys += "yblockBerlin Office0123456789 ,.-".map(Key.char)
        keys += [.enter, .enter, .escape, .tab, .backspace, .ctrl("s"), .ctrl("u"), .left, .right]
        return keys
    }()

    @Test("No mutating request reaches the fake, whatever keys are pressed")
    func noMutationWhateverTheKeys() async throws {
        try await RunnerHarness.with(readOnly: true) { harness in
            let count = Int(ProcessInfo.processInfo.environment["TRUNKS_READONLY_KEYS"] ?? "") ?? 500
            var random = SystemRandomNumberGenerator()
            var pressed = 0
            var sawBadge = false
            while pressed < count {
                let batch = (0..<50).map { _ in Self.alphabet.randomElement(using: &random)! }
                let state = try await harness.press(batch)
                pressed += batch.count
                #expect(!state.quitting)
                #expect(state.form == nil, "no form opens in read-only mode")
                #expect(state.review == nil, "no change is ever up for review")
                sawBadge = sawBadge || harness.screen.contains("READ-ONLY")
            }
            let mutating = harness.server.requests().filter { $0.method != "GET" }
            #expect(mutating.isEmpty, "mutating requests: \(mutating.map { "\($0.method) \($0.path)" })")
            #expect(harness.server.requests().contains { $0.method == "GET" }, "reads still work")
            #expect(sawBadge, "the read-only badge is shown")
            #expect(AuditLog(file: harness.paths.auditFile).entries().isEmpty, "no change was even attempted")
        }
    }

    @Test(":readonly reaches the client through the service: it refuses every change from then on")
    func readonlyCommandReachesTheClient() async throws {
        try await RunnerHarness.with(readOnly: false) { harness in
            #expect(!harness.client.readOnly)
            try await harness.type(":readonly")
            let state = try await harness.press([.enter])
            #expect(state.readOnly && harness.client.readOnly)
            #expect(harness.screen.contains("READ-ONLY"))
            try await harness.press([.char("b"), .char("e"), .char("D")])
            #expect(harness.server.requests().allSatisfy { $0.method == "GET" })
        }
    }

    @Test("The hints and the header say read-only; e, b, p, n, c, D, R are refused with a reason")
    func hiddenAndRefused() {
        var state = AppState(environmentLabel: "demo")
        state.readOnly = true
        _ = state.answerPage(TrunkPage(trunks: [Trunk(id: "t1")], totalRecords: 1), number: 1)
        let hints = Screen.hints(state)
        #expect(!hints.contains("edit") && !hints.contains("block"), "\(hints)")
        for key: Character in ["e", "b", "p", "n", "c", "D"] {
            #expect(state.handle(.key(.char(key))).isEmpty)
            #expect(state.message?.text.hasPrefix("Read-only mode") == true, "\(key): \(state.message?.text ?? "")")
            #expect(state.form == nil && state.review == nil)
        }
        #expect(Screen.render(state, rows: 24, columns: 100).plainText().contains("READ-ONLY"))
    }
}
